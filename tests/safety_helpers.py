"""Shared by the data-safety tests: a staff member, a desk and enquiries, inserted the plain way.

The crash and concurrency harnesses run in child processes, so this module imports nothing Qt and opens
no database at import time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import Category, Channel, Desk, Enquiry, Outcome, Staff
from deskapp.platform.localtime import local_fields


def ensure_staff_and_desk(session: Session, initials: str = "TS", desk: str = "Test desk") -> tuple[int, int]:
    person = session.scalars(select(Staff).where(Staff.initials == initials)).one_or_none()
    if person is None:
        person = Staff(name=f"Tester {initials}", initials=initials, role="staff")
        session.add(person)
    place = session.scalars(select(Desk).where(Desk.name == desk)).one_or_none()
    if place is None:
        place = Desk(name=desk)
        session.add(place)
    session.flush()
    return person.id, place.id


def coded_ids(session: Session) -> tuple[int, int, int]:
    """(category, channel, outcome) usable for any enquiry."""
    category = session.scalars(select(Category.id).where(Category.pickable).order_by(Category.id)).first()
    channel = session.scalars(select(Channel.id).order_by(Channel.id)).first()
    outcome = session.scalars(select(Outcome.id).where(~Outcome.needs_target).order_by(Outcome.id)).first()
    assert category and channel and outcome
    return category, channel, outcome


def insert_enquiry(session: Session, staff_id: int, desk_id: int, codes: tuple[int, int, int], *,
                   asked_at: datetime | None = None, notes: str = "", import_key: str | None = None) -> int:
    """One enquiry row as the desk form would store it (used where the domain function is beside the point)."""
    asked = asked_at or datetime.now(UTC)
    local_date, hour = local_fields(asked)
    row = Enquiry(asked_at=asked, asked_local_date=local_date, asked_hour_of_week=hour, staff_id=staff_id,
                  desk_id=desk_id, category_id=codes[0], channel_id=codes[1], outcome_id=codes[2], notes=notes,
                  import_key=import_key)
    session.add(row)
    session.flush()
    return row.id
