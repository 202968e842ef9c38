"""Dates, numbers and percentages on the skills, reports, admin and import screens, in the screen's locale
(QLocale(): the language chosen at sign-in sets the default locale). A Danish screen reads "03.12.2026",
"1.234" and "14 %", an English one "2026-12-03", "1,234" and "14%".

English screens keep the ISO dates they have always shown (no month/day doubt between British and American
readers); other languages get their locale's short date with a four-digit year (two-digit years read badly
in a list of training expiry dates). The C locale (a bare test or service account) is read as English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def _date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.English:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # Qt's short formats use yy in some locales; a table of dates needs the century.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def short_date(value: date) -> str:
    locale = _locale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def short_datetime(value: datetime, *, seconds: bool = False) -> str:
    locale = _locale()
    time = QTime(value.hour, value.minute, value.second if seconds else 0)
    clock = locale.toString(time, "HH:mm:ss" if seconds else "HH:mm")
    return short_date(value.date()) + " " + clock


def number(value: int | float, decimals: int | None = None) -> str:
    """An integer with the locale's group separator; a float with up to two decimals (none for whole ones)."""
    locale = _locale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        text = locale.toString(float(value), "f", 2)
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text
    return locale.toString(float(value), "f", decimals)


def percent(fraction: float) -> str:
    """A fraction 0..1 as a whole percentage, with the locale's sign and spacing ("14 %" in Danish)."""
    locale = _locale()
    whole = locale.toString(round(fraction * 100))
    if locale.language() in (QLocale.Language.Danish, QLocale.Language.NorwegianBokmal, QLocale.Language.Swedish,
                             QLocale.Language.German, QLocale.Language.French):
        return whole + "\u00a0" + locale.percent()
    return whole + locale.percent()


def day_name(iso_weekday: int) -> str:
    """Monday = 1 ... Sunday = 7, in the locale's words."""
    return _locale().dayName(iso_weekday, QLocale.FormatType.LongFormat)


def month_label(value: datetime | date) -> str:
    return _locale().toString(QDateTime(QDate(value.year, value.month, value.day), QTime()), "MMMM yyyy")


def date_edit_format() -> str:
    """The display format of a date field: the same as the dates shown in tables (ISO in English)."""
    return _date_format(_locale())


def medium_date(value: date) -> str:
    """A date in a sentence: "24 Mar 2021" in English (as it has always read), the short date elsewhere."""
    locale = _locale()
    if locale.language() == QLocale.Language.English:
        return locale.toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")
    return short_date(value)


def plural(n: int, one: str, many: str) -> str:
    """`one` (already translated, for n == 1) or `many` with %1 as the number in the locale.

    English and Danish both have exactly these two forms, and with two literal sources the English screen
    needs no catalogue of its own to say "1 enquiry" but "2 enquiries"."""
    return one.replace("%1", number(n)) if n == 1 else many.replace("%1", number(n))
