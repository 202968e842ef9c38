"""Extract the domain's and the CLI's messages (babel.cfg) into deskapp/locale/deskapp.pot and merge them into
every deskapp/locale/<lang>/LC_MESSAGES/deskapp.po (translations kept; new messages arrive untranslated,
messages no longer in the source are dropped).

    python scripts/domain_messages.py          extract and update
    python scripts/domain_messages.py --check  exit 1 if a catalogue lacks or leaves untranslated a message
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "deskapp" / "locale"
FIXED_DATE = datetime(2026, 11, 1, tzinfo=UTC)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    """A fresh catalogue of every marked message in the source (the .pot's content)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    # A fixed creation date: a date that changed with every extraction would make any two changes that add
    # messages conflict in the catalogues' headers.
    catalog = Catalog(project="deskapp", domain="deskapp", charset="utf-8", creation_date=FIXED_DATE)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def po_files() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/deskapp.po"))


def update() -> None:
    template = extract()
    with (LOCALE / "deskapp.pot").open("wb") as out:
        write_po(out, template, width=120, omit_header=False, sort_output=True, no_location=True)
    for po in po_files():
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        # No fuzzy matching: a guessed translation of a new message reads as if it were checked.
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        with po.open("wb") as out:
            write_po(out, catalog, width=120, sort_output=True, include_previous=False, no_location=True)
        print(f"updated {po.relative_to(ROOT)}")


def problems() -> list[str]:
    """Every message of a fresh extraction missing from, untranslated or fuzzy in a catalogue."""
    template = extract()
    found: list[str] = []
    for po in po_files():
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        for message in template:
            if not message.id:
                continue
            entry = catalog.get(message.id, context=message.context)
            key = message.id if isinstance(message.id, str) else message.id[0]
            if entry is None:
                found.append(f"{po.parent.parent.name}: missing {key!r}")
            elif entry.fuzzy:
                found.append(f"{po.parent.parent.name}: fuzzy {key!r}")
            elif not entry.string or (isinstance(entry.string, tuple) and not all(entry.string)):
                found.append(f"{po.parent.parent.name}: untranslated {key!r}")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        listed = problems()
        for line in listed:
            print(line)
        return 1 if listed else 0
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
