"""Column and value mappings: which column of a file holds which enquiry field, and what its values mean.

A mapping is a small TOML file, so a library can save one for its own export and reuse it. The built-in
ones (Gimlet, Libstats, deskapp's own export) live in resources/import_mappings/ and are examples too.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from deskapp.importing.errors import ImportFileError
from deskapp.platform.i18n import _
from deskapp.platform.paths import resource_path

# Every field a column can feed. A role maps to one column, or to several (joined) for desk and notes.
ROLES = (
    "asked_at", "date", "time", "entered_at", "updated_at", "asked_local_date", "asked_hour_of_week",
    "initials", "staff_name", "desk", "category", "read_level", "duration", "channel", "patron_type",
    "outcome", "referral_target", "skills", "guides", "notes", "notes_purged_at", "import_key", "weekday",
    "source_id", "source_instance",
)
# Roles that only help read the others (the weekday settles a date's day/month order): never "left at default".
HELPER_ROLES = ("weekday", "source_instance")
MULTI_COLUMN_ROLES = ("desk", "notes", "source_instance")
# Fields whose values go through a value map and the reference tables.
VALUE_FIELDS = ("category", "read_level", "duration", "channel", "patron_type", "outcome", "referral_target",
                "skills", "desk")
DEFAULT_DATE_FORMATS = ("iso", "%Y-%m-%d %I:%M:%S %p", "%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M:%S",
                        "%Y-%m-%d %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S",
                        "%m/%d/%Y %H:%M")
BUILTIN_DIR = ("import_mappings",)
DATE_ORDERS = ("dmy", "mdy")


@lru_cache(maxsize=65_536)  # the same few values recur on every row of a big file
def normalise(value: str) -> str:
    """How headers and values are compared: case, surrounding and repeated spaces do not matter."""
    return " ".join(value.split()).casefold()


@dataclass(frozen=True)
class Mapping:
    name: str
    source: str
    columns: dict[str, tuple[str, ...]]
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    date_formats: tuple[str, ...] = DEFAULT_DATE_FORMATS
    skills_separator: str = ";"
    skills_from_category: bool = False
    import_notes: bool = False
    unescape_formulas: bool = False
    redact_notes: bool = True
    default_channel: str = "in-person"
    default_outcome: str = "resolved"
    date_order: str | None = None  # "dmy" or "mdy" when the mapping says; None: read it from the file
    path: str = ""

    def column(self, role: str) -> tuple[str, ...]:
        return self.columns.get(role, ())

    def with_date_order(self, order: str | None) -> Mapping:
        return replace(self, date_order=order)

    def with_notes(self, import_notes: bool) -> Mapping:
        return replace(self, import_notes=import_notes)


def _problem(where: str, text: str) -> ImportFileError:
    return ImportFileError(f"The mapping {where} {text}")


def parse_mapping(data: dict[str, Any], where: str = "") -> Mapping:
    """Check and build a Mapping from parsed TOML; every mistake is a plain sentence."""
    where = where or "file"
    columns_raw = data.get("columns")
    if not isinstance(columns_raw, dict) or not columns_raw:
        raise _problem(where, "has no [columns] table saying which column holds which field.")
    columns: dict[str, tuple[str, ...]] = {}
    for role, value in columns_raw.items():
        if role not in ROLES:
            raise _problem(where, f"names an unknown field '{role}' in [columns]; known fields: {', '.join(ROLES)}.")
        names = (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else None
        if not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise _problem(where, f"gives '{role}' no column name (use a header name, or a list of them).")
        if len(names) > 1 and role not in MULTI_COLUMN_ROLES:
            raise _problem(where, f"gives '{role}' several columns; only desk, notes and source_instance may "
                                  "join columns.")
        columns[role] = tuple(n.strip() for n in names)
    if "asked_at" not in columns and "date" not in columns:
        raise _problem(where, "must say which column holds when the enquiry was asked (asked_at, or date + time).")
    # No initials column is allowed (a public extract has none): those rows go to one "unknown staff".
    values: dict[str, dict[str, Any]] = {}
    for name, table in (data.get("values") or {}).items():
        if name not in VALUE_FIELDS or not isinstance(table, dict):
            raise _problem(where, f"has a [values.{name}] table, but only {', '.join(VALUE_FIELDS)} take values.")
        values[name] = {normalise(str(k)): v for k, v in table.items()}
    for raw, level in values.get("read_level", {}).items():
        if not isinstance(level, int) or not 1 <= level <= 6:
            raise _problem(where, f"maps read_level '{raw}' to {level!r}; READ levels are whole numbers 1 to 6.")
    options = data.get("options") or {}
    formats = options.get("date_formats", DEFAULT_DATE_FORMATS)
    if isinstance(formats, str):
        formats = [formats]
    order = options.get("date_order")
    if order is not None and order not in DATE_ORDERS:
        raise _problem(where, f"sets date_order = {order!r}; use \"dmy\" (day first) or \"mdy\" (month first), "
                              "or leave it out to read the order from each file.")
    source = str(data.get("source") or "csv")
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,31}", source):
        raise _problem(where, f"has source '{source}'; use up to 32 lower-case letters, digits, '-', '.', '_'.")
    return Mapping(
        name=str(data.get("name") or source),
        source=source,
        columns=columns,
        values=values,
        date_formats=tuple(str(f) for f in formats),
        skills_separator=str(options.get("skills_separator", ";")),
        skills_from_category=bool(options.get("skills_from_category", False)),
        import_notes=bool(options.get("import_notes", False)),
        unescape_formulas=bool(options.get("unescape_formulas", False)),
        redact_notes=bool(options.get("redact_notes", True)),
        default_channel=str(options.get("default_channel", "in-person")),
        default_outcome=str(options.get("default_outcome", "resolved")),
        date_order=order,
    )


def load_mapping(path: str | Path) -> Mapping:
    """A mapping file, or the name of a built-in one ("gimlet-api", "libstats", "deskapp-export", ...)."""
    candidate = Path(path)
    if not candidate.exists() and candidate.suffix == "" and str(path) in builtin_mapping_names():
        candidate = resource_path(*BUILTIN_DIR, f"{path}.toml")
    if not candidate.exists():
        known = ", ".join(builtin_mapping_names())
        raise ImportFileError(_("No mapping file '{path}' (built-in mappings: {known}).").format(
                path=path,
                known=known))
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ImportFileError(_("The mapping file {name} is not valid TOML: {error}.").format(
                name=candidate.name,
                error=error)) from None
    return replace(parse_mapping(data, candidate.name), path=str(candidate))


def builtin_mapping_names() -> list[str]:
    folder = resource_path(*BUILTIN_DIR)
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def builtin_mapping(name: str) -> Mapping:
    return load_mapping(resource_path(*BUILTIN_DIR, f"{name}.toml"))


def detect_mapping(header: list[str], candidates: list[str]) -> Mapping:
    """The first built-in mapping (of `candidates`) whose date columns the header has (initials may be
    missing: an anonymised extract leaves them out)."""
    present = {normalise(h) for h in header}
    for name in candidates:
        mapping = builtin_mapping(name)
        needed = {normalise(c) for role in ("asked_at", "date") for c in mapping.column(role)}
        if needed <= present:
            return mapping
    names = " or ".join(builtin_mapping(n).name for n in candidates)
    shown = ", ".join(header[:8]) + (", ..." if len(header) > 8 else "")
    raise ImportFileError(_("This file's header ({shown}) does not look like {names}.").format(
            shown=shown,
            names=names))
