"""Every .ts is complete against a fresh lupdate of its area's source: nothing unfinished, nothing missing,
plurals with Danish's two forms, placeholders kept, accelerators not doubled on one screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deskapp.ui.i18n import TRANSLATIONS_DIR
from tests.translation_checks import AREA_SOURCES, fresh_extract, messages

CATALOGUES = sorted(TRANSLATIONS_DIR.glob("*_da.ts"))
_PLACEHOLDER = re.compile(r"%\d|%n|%s|\{\w*\}")
_ACCEL = re.compile(r"&([^&\s])")


def test_there_is_a_danish_catalogue_for_the_app_area() -> None:
    assert TRANSLATIONS_DIR / "app_da.ts" in CATALOGUES


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    problems = []
    for context, source, translation in messages(ts):
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms or [translation.text or ""]
        if forms and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs 2 Danish plural forms, has {len(forms)}")
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} is empty")
            elif sorted(set(_PLACEHOLDER.findall(text))) != sorted(set(_PLACEHOLDER.findall(source))) and \
                    not (forms and "%n" in source):
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_the_catalogue_holds_every_text_a_fresh_lupdate_finds(ts: Path, tmp_path: Path) -> None:
    area = ts.stem.removesuffix("_da")
    assert area in AREA_SOURCES
    fresh = {(c, s) for c, s, _t in messages(fresh_extract(area, tmp_path / ts.name))}
    committed = {(c, s) for c, s, t in messages(ts) if t.get("type") not in ("vanished", "obsolete")}
    assert sorted(fresh - committed) == [], "run: python3 dev.py translations, then translate"
    assert sorted(committed - fresh) == [], "texts no longer in the source: run python3 dev.py translations"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_accelerators_are_unique_within_each_screen(ts: Path) -> None:
    keys: dict[str, dict[str, list[str]]] = {}
    for context, source, translation in messages(ts):
        if not _ACCEL.search(source):  # "Staff & settings" is an ampersand, not an accelerator
            continue
        match = _ACCEL.search(translation.text or "")
        assert match, f"{context}: {translation.text!r} lost the & of {source!r}"
        # One control's two states ("&Training" and "&Training (2 due)") are one text here, not a clash.
        label = (translation.text or "").split(" (")[0]
        keys.setdefault(context, {}).setdefault(match.group(1).lower(), []).append(label)
    doubled = {c: {k: sorted(set(v)) for k, v in by_key.items() if len(set(v)) > 1} for c, by_key in keys.items()}
    assert {c: d for c, d in doubled.items() if d} == {}
