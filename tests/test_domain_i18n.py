"""The domain's language: chosen from the environment or by the app, English by default, Danish from the
committed catalogue (compiled on first use, cached by content), numbers and dates the language's way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from deskapp.platform import i18n


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("code", "language"), [
    ("da", "da"), ("da_DK.UTF-8", "da"), ("da-DK", "da"), ("Danish_Denmark", "da"), ("DA_dk", "da"),
    ("en_GB.UTF-8", "en"), ("C", "en"), ("POSIX", "en"), ("C.UTF-8", "en"), ("", "en"), (None, "en"),
    ("de_DE", "en"), ("dan", "en"),
])
def test_language_codes_become_english_or_danish(code: str | None, language: str) -> None:
    assert i18n.normalise_language(code) == language


def test_the_environment_is_read_in_posix_order(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert i18n.system_language() == "da"
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    assert i18n.system_language() == "da"


def test_set_language_switches_and_normalises() -> None:
    i18n.set_language("da_DK")
    assert i18n.current_language() == "da"
    i18n.set_language("en")
    assert i18n.current_language() == "en"


def test_english_is_the_source_text_and_plurals_follow_the_count() -> None:
    i18n.set_language("en")
    assert i18n._("No such enquiry") == "No such enquiry"
    assert i18n.ngettext("{n} enquiry", "{n} enquiries", 1).format(n=1) == "1 enquiry"
    assert i18n.ngettext("{n} enquiry", "{n} enquiries", 2).format(n=2) == "2 enquiries"
    assert i18n.N_("a label") == "a label"


def test_the_catalogue_is_compiled_once_per_content_into_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = i18n.compiled_catalogue("da")
    assert first is not None and first[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")  # a .mo's magic
    cached = list((tmp_path / "deskapp" / "locale" / "da").glob("deskapp-*.mo"))
    assert len(cached) == 1
    assert i18n.compiled_catalogue("da") == first
    assert list((tmp_path / "deskapp" / "locale" / "da").glob("*")) == cached


def test_a_read_only_cache_still_gives_the_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert i18n.compiled_catalogue("da") is not None


def test_numbers_and_percentages_are_written_the_languages_way() -> None:
    i18n.set_language("en")
    assert i18n.format_number(1234567) == "1,234,567"
    assert i18n.format_number(1234.5, decimals=1) == "1,234.5"
    assert i18n.format_percent(0.256) == "26%"
    assert i18n.format_percent(0.256, decimals=1) == "25.6%"
    i18n.set_language("da")
    assert i18n.format_number(1234567) == "1.234.567"
    assert i18n.format_number(1234.5, decimals=1) == "1.234,5"
    assert i18n.format_percent(0.256) == "26\xa0%"
    assert i18n.format_percent(0.256, decimals=1) == "25,6\xa0%"


def test_dates_and_times_are_written_the_languages_way() -> None:
    i18n.set_language("en")
    assert i18n.format_date(date(2026, 12, 3)) == "3 Dec 2026"
    assert i18n.format_date(date(2026, 12, 3), "short") == "03/12/2026"
    assert "14:05" in i18n.format_datetime(datetime(2026, 12, 3, 14, 5))
    i18n.set_language("da")
    assert i18n.format_date(date(2026, 12, 3)) == "3. dec. 2026"
    assert i18n.format_date(date(2026, 12, 3), "short") == "03.12.2026"
    assert "14.05" in i18n.format_datetime(datetime(2026, 12, 3, 14, 5))


def test_an_aware_moment_is_shown_on_this_pcs_clock() -> None:
    moment = datetime(2026, 12, 3, 13, 5, tzinfo=UTC)
    local = moment.astimezone().replace(tzinfo=None)
    i18n.set_language("en")
    assert i18n.format_datetime(moment) == i18n.format_datetime(local)


def test_a_figure_with_decimals_leaves_later_whole_numbers_whole() -> None:
    from deskapp.platform.i18n import format_number, format_percent

    assert format_number(2.5, decimals=1) == "2.5"
    assert format_percent(0.125, decimals=1) == "12.5%"
    assert format_number(3) == "3"
    assert format_percent(0.5) == "50%"
