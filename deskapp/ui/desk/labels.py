"""Words and formats the desk, the log, guides and checklists share on screen.

The domain keeps its own English labels (deskapp.desk.reference.DOMAIN_LABELS) for exports and the CLI; here
each is marked for lupdate under one context so every screen shows the same translated word. Moments and
numbers go through QLocale, so the language installed for the person decides the month names and separators
(never strftime's C-locale "%d %b" or Python's "1,000").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

DOMAIN_NAMES = {"library": QT_TRANSLATE_NOOP("Domains", "Library"), "it": QT_TRANSLATE_NOOP("Domains", "IT"),
                "other": QT_TRANSLATE_NOOP("Domains", "Other")}


def domain_label(key: str) -> str:
    """The screen's word for a domain key ("library" -> "Library" / "Bibliotek")."""
    name = DOMAIN_NAMES.get(key)
    return QCoreApplication.translate("Domains", name) if name else key


def _locale() -> QLocale:
    """The language's locale; the bare "C" locale (a PC or test with no locale set) reads as the app's English."""
    locale = QLocale()
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) \
        if locale.language() == QLocale.Language.C else locale


def number_text(value: int) -> str:
    """A count with the language's thousands separator (1,000 / 1.000)."""
    return _locale().toString(value)


def _qt(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def time_text(moment: datetime) -> str:
    """The local time of day, 24-hour: "14:05"."""
    return _locale().toString(_qt(moment).time(), "HH:mm")


def day_time_text(moment: datetime) -> str:
    """Day, month and time: "24 Nov 14:05" / "24. nov. 14:05", with the year when it is not this year."""
    local = moment.astimezone()
    pattern = QCoreApplication.translate("Moments", "d MMM HH:mm") if local.year == datetime.now().year \
        else QCoreApplication.translate("Moments", "d MMM yyyy HH:mm")
    return _locale().toString(_qt(moment), pattern)


def date_text(day: date) -> str:
    """A date on its own, in the language's short form (24/11/2026, 24.11.2026)."""
    return _locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def recent_text(moment: datetime, now: datetime | None = None) -> str:
    """A moment near now: "14:05", "yesterday 16:00", "Fri 20 Nov 14:05" (the desk's Today list)."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    if local.date() == today:
        return time_text(moment)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("Moments", "yesterday %1").replace("%1", time_text(moment))
    return _locale().toString(_qt(moment), QCoreApplication.translate("Moments", "ddd d MMM HH:mm"))
