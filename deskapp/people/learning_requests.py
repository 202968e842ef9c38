"""“I'd like to learn this” (issue 19, point 2): after an enquiry they had to refer or escalate, a staff member
asks with one key to learn its skills; team leaders see the open requests as a queue with counts per skill and
person, and answer them (planned, done, declined, with a note); each person sees their own and the answers in
My record. Every request and answer is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from deskapp.db.models import Enquiry, EnquirySkill, LearningRequest, Outcome, Skill, Staff
from deskapp.db.models.skills import LEARNING_REQUEST_STATUSES
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import N_, _


class LearningRequestError(ValueError):
    """A request or an answer that cannot be saved; the message says why in plain words."""


def ask_to_learn(session: Session, actor: Actor, enquiry_id: int, *, now: datetime | None = None) -> list[str]:
    """Ask to learn the skills of one's own referred or escalated enquiry; returns their labels. Asking again
    for the same enquiry changes nothing."""
    if actor.staff_id is None:
        raise LearningRequestError(_("Only a signed-in person can ask to learn a skill."))
    row = session.execute(select(Enquiry.staff_id, Outcome.kind).join(Outcome, Outcome.id == Enquiry.outcome_id)
                          .where(Enquiry.id == enquiry_id)).one_or_none()
    if row is None:
        raise LearningRequestError(_("That enquiry is no longer in the log."))
    staff_id, kind = row
    if staff_id != actor.staff_id:
        raise LearningRequestError(_("You can ask to learn only from an enquiry you logged yourself."))
    if kind not in ("referred", "escalated"):
        raise LearningRequestError(_("Only an enquiry you referred or escalated leads to a learning request."))
    # The skill as it counts now: a merged skill's request goes to the one it was merged into.
    skills = session.execute(
        select(func.coalesce(Skill.merged_into_id, Skill.id)).select_from(EnquirySkill)
        .join(Skill, Skill.id == EnquirySkill.skill_id).where(EnquirySkill.enquiry_id == enquiry_id)).scalars()
    skill_ids = sorted(set(skills))
    if not skill_ids:
        raise LearningRequestError(_("This enquiry records no skill, so there is nothing to ask to learn: add the "
                                     "skill on the Log page first."))
    asked = set(session.scalars(select(LearningRequest.skill_id).where(
        LearningRequest.staff_id == actor.staff_id, LearningRequest.enquiry_id == enquiry_id)))
    labels = dict(session.execute(select(Skill.id, Skill.label).where(Skill.id.in_(skill_ids))).all())
    for skill_id in skill_ids:
        if skill_id in asked:
            continue
        request = LearningRequest(staff_id=actor.staff_id, skill_id=skill_id, enquiry_id=enquiry_id,
                                  requested_at=now or datetime.now(UTC))
        session.add(request)
        session.flush()
        record(session, actor, "create", "learning_request", request.id,
               {"skill": labels[skill_id], "enquiry_id": enquiry_id})
    return [labels[s] for s in skill_ids]


@dataclass(frozen=True)
class QueueRow:
    skill_id: int
    skill: str
    staff_id: int
    person: str
    initials: str
    asks: int  # open requests of this person for this skill (one per enquiry)
    skill_asks: int  # open requests for this skill, everyone
    skill_people: int  # how many people asked for it
    first_asked: datetime
    last_asked: datetime


def learning_queue(session: Session, actor: Actor) -> list[QueueRow]:
    """The open requests for team leaders: per skill and person, the skill most asked for first."""
    actor.require("leader", N_("see the learning requests"))
    per_person = (select(LearningRequest.skill_id, LearningRequest.staff_id, func.count().label("asks"),
                         func.min(LearningRequest.requested_at).label("first"),
                         func.max(LearningRequest.requested_at).label("last"))
                  .where(LearningRequest.status == "open")
                  .group_by(LearningRequest.skill_id, LearningRequest.staff_id).subquery())
    per_skill = (select(LearningRequest.skill_id, func.count().label("asks"),
                        func.count(func.distinct(LearningRequest.staff_id)).label("people"))
                 .where(LearningRequest.status == "open").group_by(LearningRequest.skill_id).subquery())
    rows = session.execute(
        select(per_person.c.skill_id, Skill.label, per_person.c.staff_id, Staff.name, Staff.initials,
               per_person.c.asks, per_skill.c.asks, per_skill.c.people, per_person.c.first, per_person.c.last)
        .join(Skill, Skill.id == per_person.c.skill_id).join(Staff, Staff.id == per_person.c.staff_id)
        .join(per_skill, per_skill.c.skill_id == per_person.c.skill_id)
        .order_by(per_skill.c.asks.desc(), Skill.label, per_person.c.asks.desc(), Staff.name))
    return [QueueRow(*row) for row in rows]


def answer_requests(session: Session, actor: Actor, staff_id: int, skill_id: int, status: str,
                    note: str = "", *, now: datetime | None = None) -> int:
    """A team leader's answer to a person's open requests for a skill (all of them at once); returns how
    many were answered. The note is what the person reads in My record ("workshop on 12 March")."""
    actor.require("leader", N_("answer learning requests"))
    if status not in LEARNING_REQUEST_STATUSES or status == "open":
        raise LearningRequestError(_("Answer with planned, done or declined."))
    note = " ".join((note or "").split())
    if len(note) > 500:
        raise LearningRequestError(_("A note can be at most 500 characters."))
    ids = list(session.scalars(select(LearningRequest.id).where(
        LearningRequest.staff_id == staff_id, LearningRequest.skill_id == skill_id,
        LearningRequest.status == "open")))
    if not ids:
        raise LearningRequestError(_("There is no open request of that person for that skill (answered meanwhile?)."))
    session.execute(update(LearningRequest).where(LearningRequest.id.in_(ids)).values(
        status=status, leader_note=note, handled_by_id=actor.staff_id, handled_at=now or datetime.now(UTC)))
    for request_id in ids:
        record(session, actor, "update", "learning_request", request_id,
               {"status": ["open", status], "leader_note": ["", note]})
    return len(ids)


@dataclass(frozen=True)
class MyRequest:
    skill: str
    requested_at: datetime
    status: str
    note: str


def my_requests(session: Session, actor: Actor) -> list[MyRequest]:
    """The signed-in person's own requests, newest first, with what came of them."""
    if actor.staff_id is None:
        return []
    rows = session.execute(
        select(Skill.label, LearningRequest.requested_at, LearningRequest.status, LearningRequest.leader_note)
        .join(Skill, Skill.id == LearningRequest.skill_id).where(LearningRequest.staff_id == actor.staff_id)
        .order_by(LearningRequest.requested_at.desc(), LearningRequest.id.desc()))
    return [MyRequest(*row) for row in rows]
