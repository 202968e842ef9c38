"""Dates, times, numbers and percentages on screen, in the interface language's conventions.

Everything goes through QLocale() (its default is set by deskapp/ui/i18n.py when the language is installed):
Danish gets "3. dec. 2026", "14.05", "1.234" and "12,5 %"; English (United Kingdom) "3 Dec 2026", "14:05",
"1,234" and "12.5%". Both use the 24-hour clock a desk reads at a glance; weeks start on Monday in both.
Never strftime("%d %b") or f"{n:,}": those are English whatever the language.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime


def _locale() -> QLocale:
    return QLocale()


def _24_hour(text: str) -> str:
    """A QLocale time format forced to the 24-hour clock (en_GB is already; this guards other locales)."""
    return text.replace("h", "H").replace("AP", "").replace("ap", "").replace("a", "").strip()


def time_format() -> str:
    return _24_hour(_locale().timeFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date, *, long: bool = False) -> str:
    """3. dec. 2026 / 3 Dec 2026 (long=True: the weekday and month in words)."""
    qdate = QDate(value.year, value.month, value.day)
    if long:
        return _locale().toString(qdate, QLocale.FormatType.LongFormat)
    return _locale().toString(qdate, "d MMM yyyy" if _locale().language() != QLocale.Language.Danish
                              else "d. MMM yyyy")


def format_short_date(value: date) -> str:
    """03.12.2026 / 03/12/2026: the numeric date a form field shows."""
    return _locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_time(value: time | datetime) -> str:
    """14:05, never 2:05 PM."""
    return _locale().toString(QTime(value.hour, value.minute), time_format())


def format_datetime(value: datetime) -> str:
    """3. dec. 2026 14:05 / 3 Dec 2026 14:05 (in the time zone the value carries; pass local time)."""
    return f"{format_date(value.date())} {format_time(value)}"


def format_day_and_time(value: datetime) -> str:
    """A compact "3. dec. 14:05" / "3 Dec 14:05" for lists where the year is obvious."""
    day = QDate(value.year, value.month, value.day)
    pattern = "d. MMM" if _locale().language() == QLocale.Language.Danish else "d MMM"
    return f"{_locale().toString(day, pattern)} {format_time(value)}"


def format_number(value: int | float, decimals: int = 0) -> str:
    """1.234 / 1,234 (with `decimals`: 1.234,5 / 1,234.5)."""
    if decimals == 0:
        return _locale().toString(round(value))
    return _locale().toString(float(value), "f", decimals)


def format_percent(fraction: float, decimals: int = 0) -> str:
    """A fraction (0.125) as 12,5 % in Danish (a space before the sign), 12.5% in English."""
    number = format_number(fraction * 100, decimals)
    sign = _locale().percent()
    return f"{number}\N{NO-BREAK SPACE}{sign}" if _locale().language() == QLocale.Language.Danish else \
        f"{number}{sign}"


def first_day_of_week() -> Qt.DayOfWeek:
    """Monday in Denmark (and for deskapp's English, United Kingdom): calendars and week reports start here."""
    return _locale().firstDayOfWeek()


def qdatetime(value: datetime) -> QDateTime:
    """A Python datetime as a QDateTime, for widgets that take one (QDateTimeEdit)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
