"""The Danish catalogue of the domain's and the CLI's messages is complete: every message a fresh extraction
of the source finds is in deskapp.po, translated (both plural forms), not fuzzy, with the same placeholders."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from babel.messages.pofile import read_po

from deskapp.platform import i18n

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\w*)")


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("domain_messages", ROOT / "scripts" / "domain_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_extracted_message_is_translated_into_danish() -> None:
    problems = _tool().problems()
    assert problems == []


def test_the_extraction_finds_the_domains_messages() -> None:
    ids = {m.id for m in _tool().extract() if m.id}
    assert "Choose a category." in ids
    assert ("{n} row written to {out}.", "{n} rows written to {out}.") in ids
    assert len(ids) > 300


def test_translations_keep_the_placeholders() -> None:
    with i18n.po_path("da").open("rb") as source:
        catalog = read_po(source, locale="da")
    wrong = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        wrong += [ids[0] for s in strings if sorted(PLACEHOLDER.findall(s)) != expected]
    assert wrong == []


def test_danish_messages_and_plurals_come_from_the_catalogue() -> None:
    i18n.set_language("da")
    assert i18n._("Choose a category.") == "Vælg en kategori."
    assert i18n.ngettext("{n} row written to {out}.", "{n} rows written to {out}.", 1).format(
        n=1, out="x.csv") == "1 række skrevet til x.csv."
    assert i18n.ngettext("{n} row written to {out}.", "{n} rows written to {out}.", 3).format(
        n=3, out="x.csv") == "3 rækker skrevet til x.csv."
