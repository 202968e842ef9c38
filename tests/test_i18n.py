"""The interface language: Danish installs per-area translators, Qt's own words and Danish formats; English
removes them again; the language comes from the person, then the PC, then the system."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from deskapp.ui import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context><name>Probe</name>
<message><source>Save</source><translation>Gem</translation></message>
</context>
</TS>
"""


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs, the next test starts in English."""
    yield qapp
    i18n.install_language(qapp, "en")


def test_danish_installs_every_area_that_has_a_catalogue_and_qt_own_words(english_after: QApplication,
                                                                          tmp_path: Path) -> None:
    installed = i18n.install_language(english_after, "da", out_dir=tmp_path)
    assert installed.code == "da" and i18n.current_language() == "da"
    assert "app" in installed.areas
    assert installed.missing == []
    assert installed.qt_catalogues == ["qtbase_da"]
    # Qt's own buttons speak Danish (qtbase_da), and dates and numbers follow Denmark.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert list(tmp_path.glob("*/app_da.qm"))  # compiled into the cache folder given, not the source tree


def test_english_removes_every_translator_again(english_after: QApplication, tmp_path: Path) -> None:
    i18n.install_language(english_after, "da", out_dir=tmp_path)
    back = i18n.install_language(english_after, "en", out_dir=tmp_path)
    assert back.code == "en" and back.areas == [] and back.translators == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_switching_twice_installs_one_set_not_two(english_after: QApplication, tmp_path: Path) -> None:
    first = i18n.install_language(english_after, "da", out_dir=tmp_path)
    second = i18n.install_language(english_after, "da", out_dir=tmp_path)
    assert len(second.translators) == len(first.translators)
    i18n.install_language(english_after, "en", out_dir=tmp_path)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_catalogue_is_compiled_once_per_content_of_its_source(tmp_path: Path) -> None:
    ts = tmp_path / "probe_da.ts"
    ts.write_text(TS, encoding="utf-8")
    out = tmp_path / "cache"
    qm = i18n.compile_catalogue(ts, out)
    built = qm.stat().st_mtime_ns
    assert qm.name == "probe_da.qm"  # the name the frozen build ships it under
    assert i18n.compile_catalogue(ts, out) == qm and qm.stat().st_mtime_ns == built
    ts.write_text(TS.replace("Gem", "Gem nu"), encoding="utf-8")
    changed = i18n.compile_catalogue(ts, out)
    assert changed != qm and changed.read_bytes() != qm.read_bytes()


def test_two_checkouts_sharing_one_cache_never_load_each_others_catalogue(tmp_path: Path) -> None:
    """The second checkout's .ts is older than the first one's .qm, and still gets its own words: the
    cache is keyed by what the source says, not by when it was written."""
    first, second, cache = tmp_path / "one", tmp_path / "two", tmp_path / "cache"
    first.mkdir()
    second.mkdir()
    (first / "probe_da.ts").write_text(TS, encoding="utf-8")
    (second / "probe_da.ts").write_text(TS.replace("Gem", "Gem nu"), encoding="utf-8")
    os.utime(second / "probe_da.ts", ns=(10**9, 10**9))  # long before the first checkout compiles
    from PySide6.QtCore import QTranslator

    loaded = []
    for checkout in (first, second):
        translator = QTranslator()
        assert translator.load(str(i18n.compile_catalogue(checkout / "probe_da.ts", cache)))
        loaded.append(translator.translate("Probe", "Save"))
    assert loaded == ["Gem", "Gem nu"]


def test_a_broken_catalogue_is_named_and_the_rest_still_installs(english_after: QApplication,
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "src"
    broken.mkdir()
    (broken / "app_da.ts").write_text("<TS><context><name>", encoding="utf-8")  # cut off mid-file
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", broken)
    installed = i18n.install_language(english_after, "da", out_dir=tmp_path / "cache")
    assert installed.code == "da"
    assert "app_da" in installed.missing and "app" not in installed.areas
    assert installed.qt_catalogues == ["qtbase_da"]  # the desk still gets Qt's own Danish


@pytest.mark.parametrize(("person", "pc", "env", "expected"), [
    ("da", "en", {"LANG": "en_GB.UTF-8"}, "da"),
    ("", "da", {"LANG": "en_GB.UTF-8"}, "da"),
    (None, "", {"LANG": "da_DK.UTF-8"}, "da"),
    (None, None, {"LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),
    (None, None, {"LANG": "fr_FR.UTF-8"}, "en"),  # not offered: English
    ("en", "da", {}, "en"),
])
def test_language_comes_from_the_person_then_the_pc_then_the_system(person: str | None, pc: str | None,
                                                                    env: dict[str, str], expected: str) -> None:
    assert i18n.choose_language(person, pc, env) == expected


def test_codes_are_read_the_way_systems_write_them() -> None:
    assert [i18n.normalise(c) for c in ("da_DK.UTF-8", "da-DK", "DA", "en", "de", "", None)] == \
        ["da", "da", "da", "en", "", "", ""]


def test_the_domain_speaks_the_language_the_screens_were_switched_to(english_after: QApplication,
                                                                     tmp_path: Path) -> None:
    """A refusal from the domain (here: a desk without a name) reads in the signed-in person's language."""
    from deskapp.platform import i18n as domain_i18n
    from deskapp.platform.desks import DeskNameError, clean_desk_name

    i18n.install_language(english_after, "da", out_dir=tmp_path)
    assert domain_i18n.current_language() == "da"
    with pytest.raises(DeskNameError, match="Giv denne skranke et navn"):
        clean_desk_name("  ")
    i18n.install_language(english_after, "en", out_dir=tmp_path)
    with pytest.raises(DeskNameError, match="Give this desk a name"):
        clean_desk_name("  ")
