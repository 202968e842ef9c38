"""A small hand-built desk history for the report tests: every number the reports should show is
countable by hand from the calls in each test."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db import rollup
from deskapp.db.models import (
    Category,
    Channel,
    Desk,
    Enquiry,
    EnquirySkill,
    Outcome,
    PatronType,
    Skill,
    Staff,
    StaffSkill,
)


def staff(session: Session, name: str, initials: str, role: str = "staff") -> int:
    person = Staff(name=name, initials=initials, role=role)
    session.add(person)
    session.flush()
    return person.id


def desk(session: Session, name: str) -> int:
    row = Desk(name=name)
    session.add(row)
    session.flush()
    return row.id


def skill_id(session: Session, key: str) -> int:
    return session.scalars(select(Skill.id).where(Skill.key == key)).one()


def set_level(session: Session, staff_id: int, skill_key: str, level: int) -> None:
    session.merge(StaffSkill(staff_id=staff_id, skill_id=skill_id(session, skill_key), confirmed_level=level,
                             confirmed_at=datetime.now(UTC)))
    session.flush()


def _id(session: Session, model: type, key: str) -> int:
    return session.scalars(select(model.id).where(model.key == key)).one()


def enquiry(session: Session, *, day: date, hour: int, staff_id: int, desk_id: int, category: str = "it-wifi",
            outcome: str = "resolved", read: int | None = 1, skills: tuple[str, ...] = ("eduroam-android",),
            channel: str = "in-person", patron: str | None = "undergraduate", count_in: bool = True) -> int:
    """One enquiry asked at `hour`:00 desk time on `day` (the tests' desk clock runs on UTC)."""
    row = Enquiry(asked_at=datetime(day.year, day.month, day.day, hour, tzinfo=UTC), asked_local_date=day,
                  asked_hour_of_week=day.weekday() * 24 + hour, staff_id=staff_id, desk_id=desk_id,
                  category_id=_id(session, Category, category), channel_id=_id(session, Channel, channel),
                  patron_type_id=_id(session, PatronType, patron) if patron else None, read_level=read,
                  outcome_id=_id(session, Outcome, outcome))
    session.add(row)
    session.flush()
    for key in skills:
        session.add(EnquirySkill(enquiry_id=row.id, skill_id=skill_id(session, key)))
    session.flush()
    if count_in:
        rollup.add_enquiries(session, [row.id])
    return row.id


def logged(session: Session, *, day: date, hour: int, staff_id: int, desk_id: int, category: str, outcome: str,
           read: int, skills: tuple[str, ...], role: str = "staff") -> int:
    """One enquiry logged the way the desk logs it (deskapp.desk.enquiries.log_enquiry keeps the rollups)."""
    from datetime import timedelta

    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
    from deskapp.platform.actor import Actor

    asked = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    draft = EnquiryDraft(category_id=_id(session, Category, category), channel_id=_id(session, Channel, "in-person"),
                         outcome_id=_id(session, Outcome, outcome),
                         patron_type_id=_id(session, PatronType, "undergraduate"), read_level=read,
                         skill_ids=tuple(skill_id(session, key) for key in skills), asked_at=asked)
    return log_enquiry(session, Actor.staff_member(staff_id, role), desk_id, draft, now=asked + timedelta(minutes=1),
                       zone=UTC)


def session_at_desk(session: Session, staff_id: int, desk_id: int, start: datetime, hours: int) -> None:
    from datetime import timedelta

    from deskapp.db.models import DeskSession

    end = start + timedelta(hours=hours)
    session.add(DeskSession(staff_id=staff_id, desk_id=desk_id, signed_in_at=start, last_seen_at=end,
                            signed_out_at=end))
    session.flush()
