"""Times are stored in UTC; a naive datetime is refused rather than silently reinterpreted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from deskapp.db.base import NaiveDatetimeError
from deskapp.db.models import Desk, DeskSession, Staff


def add_session(db, signed_in: datetime) -> int:
    with db.write() as session:
        staff = Staff(name="Kai Moreno", initials="KM", role="staff")
        desk = Desk(name="Help point")
        session.add_all([staff, desk])
        session.flush()
        row = DeskSession(staff_id=staff.id, desk_id=desk.id, signed_in_at=signed_in, last_seen_at=signed_in)
        session.add(row)
        session.flush()
        return row.id


def test_a_naive_datetime_is_refused(any_db):
    with pytest.raises(StatementError) as caught:
        add_session(any_db, datetime(2026, 5, 1, 9, 0))
    assert isinstance(caught.value.orig, NaiveDatetimeError)


def test_an_aware_datetime_comes_back_as_the_same_instant_in_utc(any_db):
    copenhagen_summer = timezone(timedelta(hours=2))
    row_id = add_session(any_db, datetime(2026, 5, 1, 9, 0, tzinfo=copenhagen_summer))
    with any_db.read() as session:
        stored = session.scalar(select(DeskSession.signed_in_at).where(DeskSession.id == row_id))
    assert stored == datetime(2026, 5, 1, 7, 0, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)
