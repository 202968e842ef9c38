"""Training records: who learned which skill, how (course, workshop, mentoring, peer session, from a
colleague, checklist), when, with whom, and until when it holds. Leaders record them; staff see their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import Skill, Staff, TrainingRecord
from deskapp.db.models.skills import TRAINING_KINDS
from deskapp.platform import audit
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.i18n import N_, _

KIND_LABELS = {"course": "Course", "workshop": "Workshop", "mentoring": "Mentoring", "peer-session": "Peer session",
               "from-colleague": "Learned from a colleague", "checklist": "Checklist"}


class TrainingError(ValueError):
    """A training record that cannot be saved; the message says why."""


@dataclass(frozen=True)
class TrainingView:
    id: int
    staff_id: int
    staff: str
    skill_id: int
    skill: str
    kind: str
    title: str
    trained_on: date
    expires_on: date | None
    mentor: str | None
    notes: str

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today


def add_training(session: Session, actor: Actor, *, staff_id: int, skill_id: int, kind: str, trained_on: date,
                 title: str = "", expires_on: date | None = None, mentor_id: int | None = None,
                 notes: str = "") -> int:
    actor.require("leader", N_("record training"))
    if kind not in TRAINING_KINDS:
        raise TrainingError(_("Training kind must be one of: {value}.").format(value=', '.join(TRAINING_KINDS)))
    if session.get(Staff, staff_id) is None:
        raise TrainingError(_("There is no staff member with id {staff_id}.").format(staff_id=staff_id))
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise TrainingError(_("There is no skill with id {skill_id}.").format(skill_id=skill_id))
    if skill.retired_at is not None:
        raise TrainingError(_("{label!r} is retired: record the training against a current skill.").format(
                label=skill.label))
    if expires_on is not None and expires_on < trained_on:
        raise TrainingError(_("The training cannot expire before the date it took place."))
    if mentor_id is not None:
        if mentor_id == staff_id:
            raise TrainingError(_("A person cannot be their own mentor."))
        if session.get(Staff, mentor_id) is None:
            raise TrainingError(_("There is no staff member with id {mentor_id} to be the mentor.").format(
                    mentor_id=mentor_id))
    record = TrainingRecord(staff_id=staff_id, skill_id=skill_id, kind=kind, title=title.strip()[:200],
                            trained_on=trained_on, expires_on=expires_on, mentor_id=mentor_id, notes=notes,
                            recorded_by_id=actor.staff_id)
    session.add(record)
    session.flush()
    audit.record(session, actor, "create", "training_record", record.id,
                 {"staff_id": staff_id, "skill_id": skill_id, "kind": kind, "trained_on": trained_on.isoformat(),
                  "expires_on": expires_on.isoformat() if expires_on else None, "mentor_id": mentor_id})
    return record.id


def delete_training(session: Session, actor: Actor, record_id: int) -> None:
    actor.require("leader", N_("delete a training record"))
    record = session.get(TrainingRecord, record_id)
    if record is None:
        raise TrainingError(_("There is no training record with id {record_id}.").format(record_id=record_id))
    audit.record(session, actor, "delete", "training_record", record_id,
                 {"staff_id": record.staff_id, "skill_id": record.skill_id, "kind": record.kind,
                  "trained_on": record.trained_on.isoformat()})
    session.delete(record)
    session.flush()


def list_training(session: Session, actor: Actor, staff_id: int | None = None) -> list[TrainingView]:
    """Leaders see everyone's records (or one person's); staff only their own."""
    if not actor.is_leader:
        if staff_id not in (None, actor.staff_id) or actor.staff_id is None:
            raise PermissionDenied(_("Staff can see only their own training records."))
        staff_id = actor.staff_id
    mentor = aliased(Staff)
    query = (select(TrainingRecord, Staff.name, Skill.label, mentor.name)
             .join(Staff, Staff.id == TrainingRecord.staff_id).join(Skill, Skill.id == TrainingRecord.skill_id)
             .outerjoin(mentor, mentor.id == TrainingRecord.mentor_id)
             .order_by(TrainingRecord.trained_on.desc(), TrainingRecord.id.desc()))
    if staff_id is not None:
        query = query.where(TrainingRecord.staff_id == staff_id)
    return [TrainingView(r.id, r.staff_id, name, r.skill_id, skill, r.kind, r.title, r.trained_on, r.expires_on,
                         mentor_name, r.notes) for r, name, skill, mentor_name in session.execute(query)]


DUE_WITHIN_DAYS = 30  # warn a month ahead: time to book a renewal course


@dataclass(frozen=True)
class DueTraining:
    """A person's training in a skill that has expired or expires soon."""

    staff_id: int
    staff: str
    skill_id: int
    skill: str
    holds_until: date  # the latest expiry among their records in this skill
    expired: bool


def training_due(session: Session, actor: Actor, *, today: date | None = None, within_days: int = DUE_WITHIN_DAYS,
                 staff_id: int | None = None) -> list[DueTraining]:
    """Training that has expired or expires within `within_days`, soonest first. Leaders see everyone's (or
    one person's); staff only their own.

    A person holds a skill's training until the latest expiry among their records in it, so a renewal
    (a newer record with a later expiry) ends the warning; a record without an expiry renews nothing (a
    mentoring session is not a certificate). Records of a skill merged into another count as that skill's;
    retired skills and deactivated staff are left out: nobody needs to renew them.
    """
    if within_days < 0:
        raise TrainingError(_("The warning period cannot be negative."))
    if not actor.is_leader:
        if staff_id not in (None, actor.staff_id) or actor.staff_id is None:
            raise PermissionDenied(_("Staff can see only their own training records."))
        staff_id = actor.staff_id
    today = today or date.today()
    logged = aliased(Skill)
    effective = func.coalesce(logged.merged_into_id, logged.id).label("skill_id")
    holds = (select(TrainingRecord.staff_id, effective, func.max(TrainingRecord.expires_on).label("until"))
             .join(logged, logged.id == TrainingRecord.skill_id)
             .where(TrainingRecord.expires_on.is_not(None))
             .group_by(TrainingRecord.staff_id, effective))
    if staff_id is not None:
        holds = holds.where(TrainingRecord.staff_id == staff_id)
    held = holds.subquery()
    rows = session.execute(
        select(held.c.staff_id, Staff.name, held.c.skill_id, Skill.label, held.c.until)
        .join(Staff, Staff.id == held.c.staff_id).join(Skill, Skill.id == held.c.skill_id)
        .where(Staff.active, Skill.retired_at.is_(None), held.c.until <= today + timedelta(days=within_days))
        .order_by(held.c.until, Staff.name, Skill.label))
    return [DueTraining(sid, name, skill_id, label, until, until < today)
            for sid, name, skill_id, label, until in rows]
