"""Turn one row of text cells into an enquiry draft, through the mapping; count what could not be mapped."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from deskapp.importing.date_order import ORDER_WORDS, example, format_order, formats_in_order
from deskapp.importing.dates import parser_for
from deskapp.importing.errors import Problem, UnmappedValue
from deskapp.importing.lookups import UNMAPPED_CATEGORY, Lookups
from deskapp.importing.mapping import HELPER_ROLES, Mapping, normalise
from deskapp.platform.i18n import _
from deskapp.platform.localtime import local_fields

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
MAX_INITIALS = 8
OUTCOME_TAG = "outcome:"  # [values.skills] "referral" = "outcome:referred-specialist": a tag that sets the outcome
UNKNOWN_INITIALS = "?"  # rows that name nobody (or a file without initials) go to this one inactive person
UNKNOWN_STAFF_NAME = "Unknown staff (imported)"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORDS = re.compile(r"[^\W\d_]+")


def unescape_formula(value: str) -> str:
    """Undo the export's guard against spreadsheet formulas: one leading apostrophe before = + - @ tab CR '."""
    if value[:1] == "'" and value[1:2] in FORMULA_STARTS and value[1:2] != "":
        return value[1:]
    return value


@dataclass(slots=True)
class Draft:
    line: int
    import_key: str
    asked_at: datetime
    entered_at: datetime | None
    updated_at: datetime | None
    asked_local_date: date
    asked_hour_of_week: int
    initials: str
    staff_name: str
    desk: str
    category_id: int
    channel_id: int
    patron_type_id: int | None
    read_level: int | None
    duration_band_id: int | None
    outcome_id: int
    referral_target_id: int | None
    notes: str
    notes_purged_at: datetime | None
    skill_ids: tuple[int, ...]
    guides: tuple[tuple[int, bool | None], ...]
    digest: str = ""  # the source row's content: a later dump with another digest was edited at the source
    legacy_key: str | None = None  # the cell-hash key rows had before keys were scoped by source id
    source_id: str = ""  # the source's own id of the row, when the mapping names one


class RowError(ValueError):
    """One cell makes its row unreadable."""


class Converter:
    def __init__(self, mapping: Mapping, lookups: Lookups, header: tuple[str, ...], zone: tzinfo,
                 desk_override: str | None, redact: Callable[[str], str] | None,
                 source_instance: str | None = None) -> None:
        self.mapping = mapping
        self.source_instance = source_instance
        self.lookups = lookups
        self.zone = zone
        self.desk_override = desk_override
        self.redact = redact
        self.header = header
        positions: dict[str, int] = {}
        for index, name in enumerate(header):
            positions.setdefault(normalise(name), index)
        self.positions = positions
        self.index: dict[str, tuple[int, ...]] = {}
        self.missing: list[str] = []
        for role, names in mapping.columns.items():
            found = tuple(positions[normalise(n)] for n in names if normalise(n) in positions)
            if found:
                self.index[role] = found
            elif role not in HELPER_ROLES:
                self.missing.append(f"{role} ({', '.join(names)})")
        self.set_date_order(None)
        self.first = {role: found[0] for role, found in self.index.items()}
        self.unescape = mapping.unescape_formulas
        # A row's duplicate key reads its cells in header-name order: a later export with the columns in
        # another order still recognises rows imported before.
        order = sorted(range(len(header)), key=lambda i: (normalise(header[i]), i))
        self.key_order = order
        self.key_header = "\x1f".join(normalise(header[i]) for i in order)
        self.unmapped: dict[tuple[str, str], list[Any]] = {}  # (field, value) -> [count, first line, became]
        self.seen_rows: dict[str, int] = {}
        self.notes_left_out = 0
        self.notes_redacted = 0
        self.line = 0
        self._content_of: tuple[str, ...] | None = None  # the row _content_text was joined from
        self._content_text = ""
        self.tag_outcome: int | None = None  # the outcome a tag of the row being converted names
        self.banded: dict[str, list[Any]] = {}  # duration value -> [count, first line, minutes, band id]
        self.initials_of_name: dict[str, str] = {}  # normalised staff name -> initials (file, then database)
        self.name_of_initials: dict[str, str] = {}  # casefolded initials -> normalised name
        self.dst: dict[str, list[Any]] = {}  # "gap" / "overlap" -> [count, first line, its text, read as]
        self.unmapped_category = lookups.tables["category"].by_key[UNMAPPED_CATEGORY]
        self.default_channel = lookups.tables["channel"].by_key[mapping.default_channel]
        self.default_outcome = lookups.tables["outcome"].by_key[mapping.default_outcome]

    # -- cells ----------------------------------------------------------------------------------------
    def _cells(self, cells: tuple[str, ...], role: str) -> list[str]:
        out = []
        for i in self.index.get(role, ()):
            value = cells[i].strip()
            if self.mapping.unescape_formulas:
                value = unescape_formula(value)
            out.append(value)
        return out

    def _cell(self, cells: tuple[str, ...], role: str) -> str:
        index = self.first.get(role)  # the hot path of a big import: no lists, one lookup
        if index is None:
            return ""
        value = cells[index].strip()
        return unescape_formula(value) if self.unescape else value

    def _raw(self, cells: tuple[str, ...], role: str) -> str:
        """A cell without stripping spaces (notes keep their shape)."""
        for i in self.index.get(role, ()):
            value = cells[i]
            return unescape_formula(value) if self.mapping.unescape_formulas else value
        return ""

    def _count(self, field_name: str, value: str, became: str, line: int) -> None:
        entry = self.unmapped.get((field_name, value))
        if entry is None:
            self.unmapped[(field_name, value)] = [1, line, became]
        else:
            entry[0] += 1

    def unmapped_values(self) -> tuple[UnmappedValue, ...]:
        items = [UnmappedValue(f, v or "(empty)", c, became, line)
                 for (f, v), (c, line, became) in self.unmapped.items()]
        return tuple(sorted(items, key=lambda u: (u.field, -u.count, u.value)))

    def set_date_order(self, order: str | None) -> None:
        """Read dates day first or month first (whichever way the mapping writes its styles), or as written."""
        formats = formats_in_order(self.mapping.date_formats, order)
        self.parsers = [parser_for(fmt) for fmt in formats]
        # The hint shows the mapping's own first style (in the file's order when one was chosen), so it
        # matches what the mapping asks for rather than a fixed Gimlet-like example.
        ordered = [fmt for fmt in formats if order is not None and format_order(fmt) == order]
        shown = (ordered or list(formats) or ["iso"])[0]
        self.date_hint = f"expected a date and time like {example(shown)}"
        if order is not None:
            self.date_hint += f", {ORDER_WORDS[order]} as for the whole file"

    def date_texts(self, cells: tuple[str, ...]) -> list[tuple[str, bool]]:
        """Every date and time text of a row, each with whether it is the moment asked (its weekday column
        is about that one), for deciding the file's day/month order before any row is converted."""
        texts = [(self._asked_text(cells), True)]
        texts += [(self._cell(cells, role), False) for role in ("entered_at", "updated_at", "notes_purged_at")]
        return [(text, asked) for text, asked in texts if text]

    def weekday(self, cells: tuple[str, ...]) -> str:
        return self._cell(cells, "weekday")

    def roles_of_columns(self) -> dict[int, list[str]]:
        """Column position -> the mapping roles it feeds (for the unquoted-row repair)."""
        out: dict[int, list[str]] = {}
        for role, positions in self.index.items():
            for position in positions:
                out.setdefault(position, []).append(role)
        return out

    def knows(self, role: str, value: str, exactly: bool = False) -> bool:
        """Whether a coded value means something here, uncounted. `exactly`: only as mapped or as one of our
        keys or labels, not by the numbers in it ("x,difficulty 1" must not pass as READ level 1)."""
        if role == "read_level":
            mapped = self.mapping.values.get("read_level", {}).get(normalise(value))
            numbers = _NUMBER.findall(value)
            if mapped is None and not exactly and len(numbers) == 1 and numbers[0].isdigit():
                mapped = int(numbers[0])
            return mapped in self.lookups.read_levels
        if self._coded(role, value) is not None:
            return True
        return (role == "duration" and not exactly
                and self.lookups.band_for_minutes(_representative_minutes(value)) is not None)

    # -- values ---------------------------------------------------------------------------------------
    def _moment(self, text: str, what: str) -> datetime:
        for position, parse in enumerate(self.parsers):
            try:
                moment = parse(text)
            except ValueError:
                continue
            if position:  # try the style that worked first next time: files use one style throughout
                self.parsers.insert(0, self.parsers.pop(position))
            if moment.tzinfo is None:
                naive = moment
                moment = moment.replace(tzinfo=self.zone)
                # fold=0 and fold=1 disagree only in a daylight-saving gap or overlap: note which, and the
                # rule Python applies (the offset from before the change), so the summary can say it.
                if moment.utcoffset() != naive.replace(fold=1, tzinfo=self.zone).utcoffset():
                    self._note_dst(naive, moment, text)
            return moment.astimezone(UTC)
        raise RowError(_("cannot read {what} '{text}' ({date_hint}).").format(
                what=what,
                text=text,
                date_hint=self.date_hint))

    def _note_dst(self, naive: datetime, moment: datetime, text: str) -> None:
        gap = moment.astimezone(UTC).astimezone(self.zone).replace(tzinfo=None) != naive
        kind = "gap" if gap else "overlap"
        entry = self.dst.get(kind)
        if entry is None:
            read_as = moment.astimezone(UTC).astimezone(self.zone)
            self.dst[kind] = [1, self.line, text, f"{read_as:%H:%M} {read_as.tzname()}"]
        else:
            entry[0] += 1

    def dst_notes(self) -> tuple[str, ...]:
        """Daylight-saving gaps and overlaps met, each with the rule applied (none: empty)."""
        out = []
        if "gap" in self.dst:
            count, line, text, read_as = self.dst["gap"]
            out.append(f"{_times(count)} in the hour skipped when the clocks went forward (first: line "
                       f"{line}, '{text}'): read as if the clocks had not yet changed, so that one is {read_as}.")
        if "overlap" in self.dst:
            count, line, text, read_as = self.dst["overlap"]
            out.append(f"{_times(count)} in the hour that happens twice when the clocks went back (first: "
                       f"line {line}, '{text}'): read as the first of the two, {read_as}.")
        return tuple(out)

    def _optional_moment(self, cells: tuple[str, ...], role: str) -> datetime | None:
        text = self._cell(cells, role)
        return self._moment(text, role.replace("_", " ")) if text else None

    def _coded(self, field_name: str, value: str) -> int | None:
        mapped = self.mapping.values.get(field_name, {}).get(normalise(value))
        coded = self.lookups.tables[field_name]
        if isinstance(mapped, str):
            return coded.by_key.get(mapped)
        found = coded.by_text.get(normalise(value))
        return found[1] if found else None

    def _required(self, cells: tuple[str, ...], field_name: str, default_id: int, default_label: str, line: int) -> int:
        if field_name not in self.index:
            return default_id
        value = self._cell(cells, field_name)
        found = self._coded(field_name, value) if value else None
        if found is None:
            self._count(field_name, value, default_label, line)
            return default_id
        return found

    def _optional(self, cells: tuple[str, ...], field_name: str, line: int) -> int | None:
        value = self._cell(cells, field_name)
        if not value:
            return None
        found = self._coded(field_name, value)
        if found is None:
            self._count(field_name, value, "empty", line)
        return found

    def _read_level(self, value: str, line: int) -> int | None:
        if not value:
            return None
        mapped = self.mapping.values.get("read_level", {}).get(normalise(value))
        if mapped is None:
            numbers = _NUMBER.findall(value)
            if len(numbers) == 1 and numbers[0].isdigit():
                mapped = int(numbers[0])
        if mapped not in self.lookups.read_levels:
            self._count("read_level", value, "empty", line)
            return None
        return mapped

    def _duration(self, value: str, line: int) -> int | None:
        if not value:
            return None
        found = self._coded("duration", value)
        if found is None:
            minutes = _representative_minutes(value)
            found = self.lookups.band_for_minutes(minutes)
            if found is not None:  # banded by its numbers: the summary shows which band each value took
                entry = self.banded.get(value)
                if entry is None:
                    self.banded[value] = [1, line, minutes, found]
                else:
                    entry[0] += 1
        if found is None:
            self._count("duration", value, "empty", line)
        return found

    def banded_durations(self) -> tuple[str, ...]:
        """One sentence per duration value put in a band by its minutes (a range by its midpoint)."""
        labels = self.lookups.tables["duration"].labels
        out = []
        for value, (count, line, minutes, band) in sorted(self.banded.items(), key=lambda kv: kv[1][1]):
            rows = "1 row" if count == 1 else f"{count:,} rows"
            how = f"its midpoint, {minutes:g} minutes" if len(_NUMBER.findall(value)) >= 2 else f"{minutes:g} minutes"
            out.append(f"Duration '{value}' read as {labels[band]} (by {how}): {rows}, first on line {line}.")
        return tuple(out)

    def _skills(self, cells: tuple[str, ...], category_id: int, line: int) -> tuple[int, ...]:
        """The row's skills; a tag that sets the outcome leaves it in self.tag_outcome (None when none does)."""
        self.tag_outcome = None
        chosen: list[int] = []
        text = self._cell(cells, "skills")
        separator = self.mapping.skills_separator
        parts = text.split(separator) if separator.strip() else text.split()
        value_map = self.mapping.values.get("skills", {})
        ignored = False
        for part in (p.strip() for p in parts):
            if not part:
                continue
            mapped = value_map.get(normalise(part))
            if mapped in ("", False):
                ignored = True
                continue
            if isinstance(mapped, str) and mapped.startswith(OUTCOME_TAG):
                # A tag such as "referral" says how the enquiry ended, not which skill it took.
                self.tag_outcome = self.lookups.tables["outcome"].by_key[mapped[len(OUTCOME_TAG):]]
                ignored = True
                continue
            found = self._coded("skills", part)
            if found is None:
                self._count("skills", part, "no skill", line)
            elif found not in chosen:
                chosen.append(found)
        # A tag ignored on purpose says "no skill from this row", not "fill in the category's usual ones".
        if not chosen and not ignored and self.mapping.skills_from_category:
            chosen = list(self.lookups.category_skills.get(category_id, ()))
        return tuple(sorted(chosen))

    def _guides(self, cells: tuple[str, ...], line: int) -> tuple[tuple[int, bool | None], ...]:
        out: dict[int, bool | None] = {}
        for part in (p.strip() for p in self._cell(cells, "guides").split(";")):
            if not part:
                continue
            key, _, verdict = part.partition(":")
            guide_id = self.lookups.guides.by_key.get(key.strip())
            if guide_id is None:
                self._count("guides", key, "not linked", line)
                continue
            helped = {"helped": True, "not-helped": False}.get(verdict.strip())
            out[guide_id] = helped
        return tuple(sorted(out.items()))

    def know_staff(self, people: list[tuple[str, str]]) -> None:
        """The staff already in the database, as (initials, name): a name in a file without initials finds
        its person, and made-up initials never take someone else's."""
        for initials, name in people:
            self.initials_of_name.setdefault(normalise(name), initials)
            self.name_of_initials[initials.casefold()] = normalise(name)

    def _initials_for_name(self, name: str, line: int) -> str:
        """Initials for a file that names its staff but gives no initials (LibAnswers' "Entered By"):
        the known person's, else the first letters of the name, numbered if those belong to someone else."""
        key = normalise(name)
        known = self.initials_of_name.get(key)
        if known is not None:
            return known
        letters = "".join(word[0] for word in _WORDS.findall(name)).upper()[:MAX_INITIALS - 1] or "X"
        candidate, number = letters, 1
        while self.name_of_initials.get(candidate.casefold(), key) != key:
            number += 1
            candidate = f"{letters}{number}"
        self.initials_of_name[key] = candidate
        self.name_of_initials[candidate.casefold()] = key
        self._count("initials", f"(from the name) {name}", candidate, line)
        return candidate

    def _initials(self, cells: tuple[str, ...], line: int) -> str:
        initials = self._cell(cells, "initials")
        if not initials and "initials" not in self.index and self._cell(cells, "staff_name"):
            return self._initials_for_name(self._cell(cells, "staff_name")[:120], line)
        if not initials:
            self._count("initials", "", f"{UNKNOWN_STAFF_NAME} ({UNKNOWN_INITIALS})", line)
            return UNKNOWN_INITIALS
        if len(initials) > MAX_INITIALS:
            short = initials[:MAX_INITIALS].strip()
            self._count("initials", initials, short, line)
            return short
        return initials

    def _desk(self, cells: tuple[str, ...]) -> str:
        if self.desk_override:
            return self.desk_override
        parts = [p for p in self._cells(cells, "desk") if p]
        name = " – ".join(parts)
        mapped = self.mapping.values.get("desk", {}).get(normalise(name))
        return " ".join(str(mapped if mapped else name).split())[:120]

    def _notes(self, cells: tuple[str, ...]) -> str:
        if "notes" not in self.index:
            return ""
        if len(self.index["notes"]) == 1:
            text = self._raw(cells, "notes")  # kept exactly as written
        else:
            text = "\n".join(p for p in self._cells(cells, "notes") if p)
        if not text:
            return ""
        if not self.mapping.import_notes:
            if text.strip():
                self.notes_left_out += 1
            return ""
        if self.redact is not None:
            redacted = self.redact(text)
            if redacted != text:
                self.notes_redacted += 1
            text = redacted
        return text

    def _content(self, cells: tuple[str, ...]) -> str:
        """The row's cells in header-name order (a later export with its columns moved reads the same)."""
        if cells is not self._content_of:
            self._content_of, self._content_text = cells, "\x1f".join([cells[i].strip() for i in self.key_order])
        return self._content_text

    def _cell_hash_key(self, cells: tuple[str, ...]) -> str:
        # The source, the row's cells by header, and which repeat of an identical row this is (two identical
        # rows in one file are two enquiries; the same file again adds none).
        normalised = self._content(cells)
        occurrence = self.seen_rows.get(normalised, 0)
        self.seen_rows[normalised] = occurrence + 1
        digest = hashlib.sha256(
            f"{self.mapping.source}\x1d{self.key_header}\x1d{normalised}\x1d{occurrence}".encode())
        return digest.hexdigest()

    def _digest(self, cells: tuple[str, ...]) -> str:
        """What the source row says, by header name: equal digests, unchanged row."""
        return hashlib.sha256(f"{self.key_header}\x1d{self._content(cells)}".encode()).hexdigest()

    def instance(self, cells: tuple[str, ...]) -> str:
        """Which copy of the source tool the row comes from (a Libstats library, a Gimlet account and site)."""
        if self.source_instance is not None:
            return self.source_instance
        return " – ".join(p for p in self._cells(cells, "source_instance") if p)

    def _keys(self, cells: tuple[str, ...]) -> tuple[str, str | None, str]:
        """(import key, the cell-hash key it replaces or None, the source's own id or "")."""
        given = self._cell(cells, "import_key")
        if given:
            if len(given) > 80:
                raise RowError(_("the import key is longer than 80 characters."))
            return given, None, ""
        legacy = self._cell_hash_key(cells)  # stable across re-imports of an unchanged row
        source_id = self._cell(cells, "source_id")
        if not source_id:
            return legacy, None, ""
        # Known by (format, source instance, the source's own id): an edited row keeps its identity, and a
        # second library's question 1 is not the first library's question 1.
        scoped = hashlib.sha256(
            f"{self.mapping.source}\x1d{normalise(self.instance(cells))}\x1d{source_id}".encode()).hexdigest()
        return f"id:{scoped[:61]}", legacy, source_id

    # -- the row --------------------------------------------------------------------------------------
    def convert(self, line: int, cells: tuple[str, ...]) -> Draft | Problem:
        self.line = line
        if len(cells) != len(self.header):
            return Problem(line, f"the row has {len(cells)} fields but the header has {len(self.header)} "
                                 "(a comma or quote inside a value may be unescaped).")
        try:
            return self._convert(line, cells)
        except RowError as error:
            return Problem(line, str(error))

    def _asked_text(self, cells: tuple[str, ...]) -> str:
        """asked_at, or else date and time joined: the text the moment asked is read from."""
        text = self._cell(cells, "asked_at")
        if text:
            return text
        return " ".join(p for p in (self._cell(cells, "date"), self._cell(cells, "time")) if p)

    def _asked_at(self, cells: tuple[str, ...]) -> datetime:
        text = self._asked_text(cells)
        if text:
            return self._moment(text, "the date asked")
        raise RowError(_("the date asked is empty."))

    def _local(self, cells: tuple[str, ...], asked_at: datetime) -> tuple[date, int]:
        local_date_text = self._cell(cells, "asked_local_date")
        hour_text = self._cell(cells, "asked_hour_of_week")
        if not local_date_text and not hour_text:
            return local_fields(asked_at, self.zone)
        try:
            local_date = date.fromisoformat(local_date_text)
            hour = int(hour_text)
        except ValueError:
            raise RowError(_("cannot read the local date '{local_date_text}' and hour of week '{hour_text}'.").format(
                    local_date_text=local_date_text,
                    hour_text=hour_text)) from None
        if not 0 <= hour <= 167:
            raise RowError(_("the hour of week {hour} is outside 0-167.").format(hour=hour))
        return local_date, hour

    def _convert(self, line: int, cells: tuple[str, ...]) -> Draft:
        asked_at = self._asked_at(cells)
        local_date, hour = self._local(cells, asked_at)
        category_id = self._required(cells, "category", self.unmapped_category, "Imported / unmapped", line)
        if "category" not in self.index:
            self._count("category", "", "Imported / unmapped", line)
        key, legacy_key, source_id = self._keys(cells)
        skill_ids = self._skills(cells, category_id, line)
        outcome_id = self._required(cells, "outcome", self.default_outcome,
                                    self.lookups.tables["outcome"].labels[self.default_outcome], line)
        if self.tag_outcome is not None and (outcome_id == self.default_outcome and not self._cell(cells, "outcome")):
            outcome_id = self.tag_outcome  # the file's own outcome column, when it has a value, wins
        return Draft(
            line=line,
            import_key=key,
            legacy_key=legacy_key,
            source_id=source_id,
            digest=self._digest(cells),
            asked_at=asked_at,
            entered_at=self._optional_moment(cells, "entered_at"),
            updated_at=self._optional_moment(cells, "updated_at"),
            asked_local_date=local_date,
            asked_hour_of_week=hour,
            initials=self._initials(cells, line),
            staff_name=self._cell(cells, "staff_name")[:120],
            desk=self._desk(cells),
            category_id=category_id,
            channel_id=self._required(cells, "channel", self.default_channel,
                                      self.lookups.tables["channel"].labels[self.default_channel], line),
            patron_type_id=self._optional(cells, "patron_type", line),
            read_level=self._read_level(self._cell(cells, "read_level"), line),
            duration_band_id=self._duration(self._cell(cells, "duration"), line),
            outcome_id=outcome_id,
            referral_target_id=self._optional(cells, "referral_target", line),
            notes=self._notes(cells),
            notes_purged_at=self._optional_moment(cells, "notes_purged_at"),
            skill_ids=skill_ids,
            guides=self._guides(cells, line),
        )


def _times(count: int) -> str:
    return "1 time falls" if count == 1 else f"{count:,} times fall"


def _representative_minutes(value: str) -> float:
    """The minutes that stand for a duration cell, or -1 when it holds no number.

    A range ("0-9 minutes", "10-20 minutes") stands for its midpoint: its lower bound would put
    Libstats' stock "0-9 minutes" in 0-5 and every "5-10" half-way case in the wrong band. A single
    number or an open range ("10+ minutes") stands for that number, the only value it states.
    """
    numbers = _NUMBER.findall(value)
    if not numbers:
        return -1.0
    if len(numbers) >= 2:
        return (float(numbers[0]) + float(numbers[1])) / 2
    return float(numbers[0])
