"""The language of a site's content (reference data, checklists, starter guides) and its resources.

resources/ holds the English content and its structure (which skills a category uses, an outcome's kind,
a checklist item's role...). resources/<lang>/ holds only the words of another language, by the same
stable keys: a TOML file there has the same name and tables as the English one, each row its identity
(`key`, or `level` for READ levels) and its words (label, description, aliases, title, text). Seeding
lays those words over the English rows, so the structure lives in one place and a translation can never
map a category to other skills than the English file does. Guides are whole Markdown files in
resources/<lang>/guides/ (same key and links, checked by tests); a key without one stays English.

The site's language is the app setting `content.language`: chosen from the system locale when the
database is created, kept for ever after, changed only on purpose (`deskapp reference language da`).
"""

from __future__ import annotations

import locale
import os
import tomllib
from pathlib import Path
from typing import Any

SETTING_KEY = "content.language"
LANGUAGES = ("en", "da")
DEFAULT = "en"
IDENTITY = ("key", "level")  # how a row of a reference table is matched across languages


def language_of_locale(name: str | None) -> str | None:
    """"da_DK.UTF-8" -> "da"; None for a locale we have no content for (or "C"/"POSIX")."""
    if not name:
        return None
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The content language a new database gets: the first of LC_ALL, LC_MESSAGES, LANG that is set
    decides (as gettext reads them), else the system locale; English when it is none of ours."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_of_locale(value) or DEFAULT
    try:
        found = locale.getlocale()[0]
    except ValueError:  # an unparsable locale setting is no reason to refuse to start
        found = None
    return language_of_locale(found) or DEFAULT


def check_language(code: str) -> str:
    code = (code or "").strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"There is no content in the language '{code}'; choose one of: {', '.join(LANGUAGES)}.")
    return code


def _identity(row: dict[str, Any]) -> Any:
    for name in IDENTITY:
        if name in row:
            return row[name]
    return None


def overlay(base: dict[str, Any], words: dict[str, Any], source: str = "") -> dict[str, Any]:
    """`base` with the values of `words` laid over it: top-level values replaced, lists of tables matched
    row by row on their identity. A translated row whose key the English file lacks is an error (a typo
    there would otherwise leave the English label in place without a word)."""
    merged = dict(base)
    for name, value in words.items():
        if isinstance(value, list) and isinstance(base.get(name), list):
            rows = {_identity(row): row for row in value}
            unknown = [key for key in rows if key not in {_identity(row) for row in base[name]}]
            if unknown:
                raise ValueError(f"{source}: [[{name}]] '{unknown[0]}' is not in the English file.")
            merged[name] = [{**row, **rows.get(_identity(row), {})} for row in base[name]]
        else:
            merged[name] = value
    return merged


def load_localised(root: Path, relative: str, language: str) -> dict[str, Any]:
    """The TOML file `relative` under `root`, in `language` (its resources/<lang>/ words laid over it)."""
    with (root / relative).open("rb") as handle:
        data = tomllib.load(handle)
    translated = root / language / relative
    if language == DEFAULT or not translated.is_file():
        return data
    with translated.open("rb") as handle:
        words = tomllib.load(handle)
    return overlay(data, words, f"{language}/{relative}")


def guide_folders(root: Path, language: str) -> list[Path]:
    """Where the starter guides of `language` are, best first (a key found in an earlier folder wins)."""
    folders = [root / language / "guides"] if language != DEFAULT else []
    return [folder for folder in [*folders, root / "guides"] if folder.is_dir()]
