"""Read the "asked at" field of the desk form: late entries are common, so staff back-date in plain words.

Accepted (case does not matter):  "" or "now" · "15 min ago", "15m", "2 h ago", "1 hour 10 min ago" ·
"10:30", "10.30", "9" (today; yesterday when still to come today and at most 12 h ago) ·
"yesterday 16:00", "today 9:15", "mon 14:00" (the last Monday) ·
"2026-11-20 14:05", "20/11 14:05", "20/11/2026 14:05".
In Danish too: "nu", "15 min siden", "for 2 timer siden", "1 time og 10 min siden", "kl. 10.30",
"i går 16:00", "i dag kl. 9.15", "i forgårs 14", "man 14:00" / "mandag kl. 14", "20.11.2026 14:05", "20.11. 14.05".
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from deskapp.platform.localtime import local_zone


class WhenError(ValueError):
    """Text that is not a time the enquiry could have been asked."""


MAX_BACK = timedelta(days=366)
BARE_TIME_BACK = timedelta(hours=12)
_AGO = re.compile(r"^(?:(\d+)\s*(h|hr|hrs|hour|hours))?\s*(?:(\d+)\s*(m|min|mins|minute|minutes))?\s*(?:ago)?$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?$")
_DMY_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(?:(\d{2,4}))?$|^(\d{1,2})\.(\d{1,2})$")
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_DANISH_WEEKDAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"]  # mandag, tirsdag, ... søndag
# Danish words rewritten to the English ones the parser reads, whole words only, longest first.
_DANISH_WORDS = [
    (re.compile(r"^(?:lige )?nu$"), "now"),
    (re.compile(r"\bi forgårs\b"), "daybeforeyesterday"),
    (re.compile(r"\bi går\b"), "yesterday"),
    (re.compile(r"\bi dag\b"), "today"),
    (re.compile(r"\bkl\.?\s*"), ""),
    (re.compile(r"^for (.*\bsiden)$"), r"\1"),
    (re.compile(r"\bsiden$"), "ago"),
    (re.compile(r"(\d)\s*(?:timer|time|t)\b"), r"\1 h"),
    (re.compile(r"(\d)\s*(?:minutter|minut)\b"), r"\1 min"),
    (re.compile(r"\s+og\s+"), " "),
]
EXAMPLES = "“15 min ago”, “10:30”, “yesterday 16:00” or “2026-11-20 14:05”"


def _time_of_day(text: str) -> time:
    match = _TIME.match(text)
    if not match:
        raise WhenError(f"“{text}” is not a time of day; write it like 14:05.")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(3)
    if suffix:
        if not 1 <= hour <= 12:
            raise WhenError(f"“{text}”: with am/pm the hour runs from 1 to 12.")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        raise WhenError(f"“{text}” is not a time of day; hours run 0-23 and minutes 0-59.")
    return time(hour, minute)


def _day(text: str, today: date) -> date | None:
    """The day named by `text`, or None when `text` names no day."""
    if text == "today":
        return today
    if text == "yesterday":
        return today - timedelta(days=1)
    if text == "daybeforeyesterday":
        return today - timedelta(days=2)
    for names in (_WEEKDAYS, _DANISH_WEEKDAYS):
        if text[:3] in names and text.isalpha():
            back = (today.weekday() - names.index(text[:3])) % 7
            return today - timedelta(days=back)
    try:
        if match := _DMY_DOTS.match(text):  # Danish 20.11.2026, 20.11. or (before a time) 20.11
            day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
                (match.group(4), match.group(5), None)
            full_year = today.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
            return date(full_year, int(month), int(day))
        if match := _ISO.match(text):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _DMY.match(text):
            year = match.group(3)
            full_year = today.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
            return date(full_year, int(match.group(2)), int(match.group(1)))
    except ValueError as error:
        raise WhenError(f"“{text}” is not a real date.") from error
    return None


def parse_when(text: str, now: datetime | None = None, zone: tzinfo | None = None) -> datetime:
    """The UTC moment `text` means, relative to `now` in the desk's time zone. Refuses future times."""
    zone = zone or local_zone()
    now = (now or datetime.now(UTC)).astimezone(zone)
    cleaned = _from_danish(" ".join(text.casefold().split()))
    if cleaned in ("", "now", "just now"):
        return now.astimezone(UTC)
    moment = _parse(cleaned, now, zone)
    if moment > now + timedelta(minutes=1):
        raise WhenError(f"{moment:%H:%M on %d %b} is still to come; give a time that has passed.")
    if now - moment > MAX_BACK:
        raise WhenError("That is more than a year ago; check the date.")
    return moment.astimezone(UTC)


def _from_danish(text: str) -> str:
    """Danish back-dating in the words the parser reads ("i går kl. 16" -> "yesterday 16")."""
    for pattern, replacement in _DANISH_WORDS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _parse(text: str, now: datetime, zone: tzinfo) -> datetime:
    match = _AGO.match(text)
    if match and (match.group(1) or match.group(3)):
        hours, minutes = int(match.group(1) or 0), int(match.group(3) or 0)
        return (now - timedelta(hours=hours, minutes=minutes)).replace(second=0, microsecond=0)
    parts = text.split(" ")
    if len(parts) == 1:
        if _TIME.match(parts[0]):
            moment = datetime.combine(now.date(), _time_of_day(parts[0]), zone)
            # Just after midnight, "23:30" is last night: a bare time still to come today means yesterday
            # when that was at most 12 hours ago (the form shows "yesterday 23:30" before saving).
            if moment > now + timedelta(minutes=1) and now - (moment - timedelta(days=1)) <= BARE_TIME_BACK:
                return datetime.combine(now.date() - timedelta(days=1), _time_of_day(parts[0]), zone)
            return moment
        day = _day(parts[0], now.date())
        if day is not None:
            raise WhenError(f"Add a time to the day, for example “{parts[0]} 14:05”.")
    elif len(parts) in (2, 3):
        day = _day(parts[0], now.date())
        if day is not None:
            return datetime.combine(day, _time_of_day(" ".join(parts[1:])), zone)
    raise WhenError(f"“{text}” is not a time this form understands; try {EXAMPLES}.")


def describe(moment: datetime, now: datetime | None = None, zone: tzinfo | None = None) -> str:
    """A short local rendering of a moment: "14:05", "yesterday 16:00", "Fri 20 Nov 14:05"."""
    zone = zone or local_zone()
    local = moment.astimezone(zone)
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    if local.date() == today:
        return f"{local:%H:%M}"
    if local.date() == today - timedelta(days=1):
        return f"yesterday {local:%H:%M}"
    return f"{local:%a %d %b %H:%M}"
