"""Back-dating the "asked at" field in plain words."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from deskapp.desk.when import WhenError, describe, parse_when

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # Tuesday 15:00 in London (GMT)


@pytest.mark.parametrize(("text", "expected"), [
    ("", datetime(2026, 11, 24, 15, 0)),
    ("now", datetime(2026, 11, 24, 15, 0)),
    ("15 min ago", datetime(2026, 11, 24, 14, 45)),
    ("15m", datetime(2026, 11, 24, 14, 45)),
    ("2 h ago", datetime(2026, 11, 24, 13, 0)),
    ("1 hour 10 min ago", datetime(2026, 11, 24, 13, 50)),
    ("10:30", datetime(2026, 11, 24, 10, 30)),
    ("10.30", datetime(2026, 11, 24, 10, 30)),
    ("2pm", datetime(2026, 11, 24, 14, 0)),
    ("yesterday 16:00", datetime(2026, 11, 23, 16, 0)),
    ("Today 9:15", datetime(2026, 11, 24, 9, 15)),
    ("mon 14:00", datetime(2026, 11, 23, 14, 0)),
    ("2026-11-20 14:05", datetime(2026, 11, 20, 14, 5)),
    ("20/11 14:05", datetime(2026, 11, 20, 14, 5)),
    ("20/11/2026 14:05", datetime(2026, 11, 20, 14, 5)),
])
def test_back_dating_phrases_mean_the_expected_moment(text: str, expected: datetime) -> None:
    assert parse_when(text, NOW, ZONE) == expected.replace(tzinfo=UTC)


def test_local_time_is_converted_to_utc_in_summer() -> None:
    summer_now = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)  # 13:00 BST
    assert parse_when("12:30", summer_now, ZONE) == datetime(2026, 7, 1, 11, 30, tzinfo=UTC)


@pytest.mark.parametrize(("text", "message"), [
    ("16:00", "still to come"),
    ("2026-12-01 10:00", "still to come"),
    ("25:00", "hours run 0-23"),
    ("2026-02-30 10:00", "not a real date"),
    ("yesterday", "Add a time to the day"),
    ("tomorrow", "not a time this form understands"),
    ("2024-01-01 10:00", "more than a year ago"),
    ("13pm", "1 to 12"),
])
def test_times_that_cannot_be_used_are_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        parse_when(text, NOW, ZONE)


def test_describe_names_today_yesterday_and_older_days() -> None:
    assert describe(datetime(2026, 11, 24, 9, 5, tzinfo=UTC), NOW, ZONE) == "09:05"
    assert describe(datetime(2026, 11, 23, 16, 0, tzinfo=UTC), NOW, ZONE) == "yesterday 16:00"
    assert describe(datetime(2026, 11, 20, 14, 5, tzinfo=UTC), NOW, ZONE) == "Fri 20 Nov 14:05"


def test_just_after_midnight_a_bare_evening_time_means_last_night() -> None:
    """At 00:55 "23:30" was refused as the future; it can only mean yesterday."""
    night = datetime(2026, 11, 25, 0, 55, tzinfo=UTC)
    assert parse_when("23:30", night, ZONE) == datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert describe(parse_when("23:30", night, ZONE), night, ZONE) == "yesterday 23:30"
    with pytest.raises(WhenError, match="still to come"):  # at 15:00 "16:00" is still refused (23 h back)
        parse_when("16:00", NOW, ZONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("nu", datetime(2026, 11, 24, 15, 0)),
    ("lige nu", datetime(2026, 11, 24, 15, 0)),
    ("15 min siden", datetime(2026, 11, 24, 14, 45)),
    ("for 15 minutter siden", datetime(2026, 11, 24, 14, 45)),
    ("2 timer siden", datetime(2026, 11, 24, 13, 0)),
    ("for 1 time og 10 min siden", datetime(2026, 11, 24, 13, 50)),
    ("kl. 10.30", datetime(2026, 11, 24, 10, 30)),
    ("Kl 9", datetime(2026, 11, 24, 9, 0)),
    ("i går 16:00", datetime(2026, 11, 23, 16, 0)),
    ("I går kl. 16", datetime(2026, 11, 23, 16, 0)),
    ("i dag kl. 9.15", datetime(2026, 11, 24, 9, 15)),
    ("i forgårs 14.00", datetime(2026, 11, 22, 14, 0)),
    ("man 14:00", datetime(2026, 11, 23, 14, 0)),
    ("fredag kl. 8.45", datetime(2026, 11, 20, 8, 45)),
    ("lørdag 10", datetime(2026, 11, 21, 10, 0)),
    ("20.11.2026 14:05", datetime(2026, 11, 20, 14, 5)),
    ("20.11. 14.05", datetime(2026, 11, 20, 14, 5)),
    ("20.11 kl. 14.05", datetime(2026, 11, 20, 14, 5)),
])
def test_danish_back_dating_phrases_mean_the_expected_moment(text: str, expected: datetime) -> None:
    assert parse_when(text, NOW, ZONE) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize("text", ["i morgen 10:00", "32.11.2026 14:05", "for lang tid siden", "søndag"])
def test_danish_phrases_that_name_no_usable_time_are_refused(text: str) -> None:
    with pytest.raises(WhenError):
        parse_when(text, NOW, ZONE)
