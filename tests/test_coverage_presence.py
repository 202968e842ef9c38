"""The coverage report's "who was signed in when" is one SQL query; it must give exactly what the earlier
walk over desk sessions gave (kept here as the reference), on SQLite and PostgreSQL, in a zone with clock
changes, for sessions clipped by the period, ragged at minutes and seconds, and at several desks."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from deskapp.db.models import DeskSession
from deskapp.reports.common import ReportFilter, make_filter
from deskapp.reports.coverage import presence_by_hour
from tests import report_data as rd

LONDON = ZoneInfo("Europe/London")
KOLKATA = ZoneInfo("Asia/Kolkata")  # a half-hour offset


def reference(sessions: list[tuple[int, int, datetime, datetime]], flt: ReportFilter,
              zone: tzinfo) -> dict[tuple[int, int], set[int]]:
    """The former Python loop, verbatim in its arithmetic, now kept per desk: (desk id, hour of week)."""
    start = datetime.combine(flt.start, time(0), zone).astimezone(UTC)
    end = datetime.combine(flt.end + timedelta(days=1), time(0), zone).astimezone(UTC)
    present: dict[tuple[int, int], set[int]] = {}
    for staff_id, desk_id, signed_in, signed_out in sessions:
        if not (signed_in < end and signed_out > start) or (flt.desk_ids and desk_id not in flt.desk_ids):
            continue
        first = max(signed_in, start).astimezone(zone)
        hours = math.ceil((min(signed_out, end) - max(signed_in, start)).total_seconds() / 3600 + first.minute / 60)
        base = first.weekday() * 24 + first.hour
        for step in range(max(0, hours)):
            present.setdefault((desk_id, (base + step) % 168), set()).add(staff_id)
    return present


@pytest.fixture
def shifts(any_db):
    sessions = []
    with any_db.write() as session:
        ann = rd.staff(session, "Ann Archer", "AA")
        bob = rd.staff(session, "Bob Baker", "BB")
        front, back = rd.desk(session, "Front desk"), rd.desk(session, "Back desk")
        utc = lambda *a: datetime(*a, tzinfo=UTC)  # noqa: E731
        plan = [
            (ann, front, utc(2026, 3, 2, 8, 0), timedelta(hours=4)),  # whole hours
            (ann, front, utc(2026, 3, 3, 16, 45, 10, 250), timedelta(hours=1, minutes=20)),  # ragged
            (bob, back, utc(2026, 3, 3, 17, 59, 59), timedelta(seconds=2)),  # across an hour by 2 seconds
            (bob, front, utc(2026, 2, 28, 22, 0), timedelta(hours=5)),  # starts before the period
            (ann, back, utc(2026, 3, 29, 0, 30), timedelta(hours=3)),  # across London's clock change
            (bob, front, utc(2026, 3, 31, 21, 0), timedelta(hours=6)),  # runs past the period
            (ann, front, utc(2026, 3, 10, 9, 0), timedelta(days=9)),  # forgot to sign out for days
            (bob, back, utc(2026, 4, 5, 9, 0), timedelta(hours=2)),  # outside the period
        ]
        for staff_id, desk_id, start, length in plan:
            session.add(DeskSession(staff_id=staff_id, desk_id=desk_id, signed_in_at=start,
                                    last_seen_at=start + length, signed_out_at=start + length))
            sessions.append((staff_id, desk_id, start, start + length))
        session.flush()
    return any_db, sessions, front


@pytest.mark.parametrize("zone", [UTC, LONDON, KOLKATA], ids=["utc", "london", "kolkata"])
@pytest.mark.parametrize("period", [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 3, 3), date(2026, 3, 3)),
                                    (date(2025, 1, 1), date(2027, 12, 31))], ids=["march", "one-day", "years"])
def test_presence_from_sql_matches_the_walk_over_sessions(shifts, zone, period):
    db, sessions, _front = shifts
    with db.read() as session:
        flt = make_filter(session, *period, ())
        assert presence_by_hour(session, flt, zone) == reference(sessions, flt, zone)


def test_presence_keeps_to_the_chosen_desk(shifts):
    db, sessions, _front = shifts
    with db.read() as session:
        flt = make_filter(session, date(2026, 3, 1), date(2026, 3, 31), ("Front desk",))
        present = presence_by_hour(session, flt, LONDON)
        assert present == reference(sessions, flt, LONDON)
        # Tuesday 16:45 GMT: Ann at the front desk, not Bob at the back
        assert present[(sessions[1][1], 24 + 16)] == {sessions[1][0]}
