"""Dates, times, numbers and percentages on screen follow the interface language: Danish conventions in
Danish (weeks from Monday, 24-hour clock, "1.234,5", "12,5 %"), British ones in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskapp.ui import i18n, locale_format

AFTERNOON = datetime(2026, 12, 3, 14, 5)


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.install_language(qapp, "da", out_dir=tmp_path)
    yield
    i18n.install_language(qapp, "en", out_dir=tmp_path)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.install_language(qapp, "en", out_dir=tmp_path)
    yield


def test_danish_dates_times_and_numbers(danish: None) -> None:
    assert locale_format.format_date(date(2026, 12, 3)) == "3. dec. 2026"
    assert locale_format.format_short_date(date(2026, 12, 3)) == "03.12.2026"
    assert locale_format.format_time(AFTERNOON) == "14.05"  # the Danish standard writes the clock with a dot
    assert locale_format.format_datetime(AFTERNOON) == "3. dec. 2026 14.05"
    assert locale_format.format_number(1234) == "1.234"
    assert locale_format.format_number(1234.5, 1) == "1.234,5"
    assert locale_format.format_percent(0.125, 1) == "12,5\N{NO-BREAK SPACE}%"
    assert locale_format.first_day_of_week() == Qt.DayOfWeek.Monday
    assert "december" in locale_format.format_date(date(2026, 12, 3), long=True)


def test_english_uses_the_24_hour_clock_and_british_order(english: None) -> None:
    assert locale_format.format_date(date(2026, 12, 3)) == "3 Dec 2026"
    assert locale_format.format_time(AFTERNOON) == "14:05"
    assert locale_format.format_day_and_time(AFTERNOON) == "3 Dec 14:05"
    assert locale_format.format_number(1234567) == "1,234,567"
    assert locale_format.format_percent(0.5) == "50%"
    assert locale_format.first_day_of_week() == Qt.DayOfWeek.Monday
