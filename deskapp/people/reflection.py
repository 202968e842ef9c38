"""Reflection, a minute a week (issue 19, point 3): "My record" shows each person their week at the desk (the
skills they used and which were new to them, the guides that helped, what they passed on and to whom, the
learning they asked for) and keeps one optional line, "what I'd do differently".

The week is Monday to Sunday, desk-local. The line is the person's own: only they write it, and only they
and team leaders read it. Its words never go into the audit trail (the audit says that it changed, and how
long it is), so nobody reads it by way of the trail either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import (
    Enquiry,
    EnquiryGuide,
    EnquirySkill,
    Guide,
    LearningRequest,
    Outcome,
    ReferralTarget,
    Skill,
    Staff,
    TrainingRecord,
    WeeklyReflection,
)
from deskapp.db.skill_identity import counts_as
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.audit import record
from deskapp.platform.i18n import _
from deskapp.platform.localtime import local_zone

MAX_REFLECTION = 200


class ReflectionError(ValueError):
    """A reflection that cannot be saved; the message says why in plain words."""


def week_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def _check_reader(actor: Actor, staff_id: int) -> None:
    if not actor.is_leader and actor.staff_id != staff_id:
        raise PermissionDenied(_("Only the person and their team leaders can read their week."))


@dataclass(frozen=True)
class PassedOn:
    outcome: str
    to: str  # the service, or the colleague ("who can help now"); "" when the outcome names no one
    times: int


@dataclass(frozen=True)
class MyWeek:
    staff_id: int
    week_start: date
    skills_used: tuple[tuple[str, int], ...]  # (skill, uses), most used first
    new_skills: tuple[str, ...]  # used this week and never before it
    guides_helped: tuple[str, ...]
    passed_on: tuple[PassedOn, ...]
    requests: tuple[str, ...]  # skills asked to learn this week
    reflection: str


def my_week(session: Session, actor: Actor, staff_id: int | None = None, *, today: date | None = None) -> MyWeek:
    """A person's week (this week unless `today` says otherwise). Staff read only their own."""
    staff_id = staff_id if staff_id is not None else actor.staff_id
    if staff_id is None:
        raise ReflectionError(_("Say whose week to show."))
    _check_reader(actor, staff_id)
    start = week_of(today or datetime.now(local_zone()).date())
    end = start + timedelta(days=6)
    mine = (Enquiry.staff_id == staff_id, Enquiry.asked_local_date >= start, Enquiry.asked_local_date <= end)
    skill = counts_as(Skill)
    used = session.execute(
        select(skill, func.count()).select_from(EnquirySkill).join(Enquiry, Enquiry.id == EnquirySkill.enquiry_id)
        .join(Skill, Skill.id == EnquirySkill.skill_id).where(*mine).group_by(skill)).all()
    labels = dict(session.execute(select(Skill.id, Skill.label)).all())
    skills_used = tuple(sorted(((labels.get(s, str(s)), int(n)) for s, n in used), key=lambda u: (-u[1], u[0])))
    before = set(session.scalars(
        select(skill).select_from(EnquirySkill).join(Enquiry, Enquiry.id == EnquirySkill.enquiry_id)
        .join(Skill, Skill.id == EnquirySkill.skill_id)
        .where(Enquiry.staff_id == staff_id, Enquiry.asked_local_date < start).distinct()))
    new_skills = tuple(sorted(labels.get(s, str(s)) for s, _n in used if s not in before))
    guides = tuple(session.scalars(
        select(Guide.title).join(EnquiryGuide, EnquiryGuide.guide_id == Guide.id)
        .join(Enquiry, Enquiry.id == EnquiryGuide.enquiry_id).where(*mine, EnquiryGuide.helped.is_(True))
        .group_by(Guide.title).order_by(func.count().desc(), Guide.title)))
    colleague = aliased(Staff)
    learned_from = (select(TrainingRecord.enquiry_id, func.min(TrainingRecord.mentor_id).label("mentor"))
                    .where(TrainingRecord.kind == "from-colleague", TrainingRecord.staff_id == staff_id)
                    .group_by(TrainingRecord.enquiry_id).subquery())
    passed = session.execute(
        select(Outcome.label, ReferralTarget.label, colleague.name, func.count())
        .select_from(Enquiry).join(Outcome, Outcome.id == Enquiry.outcome_id)
        .outerjoin(ReferralTarget, ReferralTarget.id == Enquiry.referral_target_id)
        .outerjoin(learned_from, learned_from.c.enquiry_id == Enquiry.id)
        .outerjoin(colleague, colleague.id == learned_from.c.mentor)
        .where(*mine, Outcome.kind.in_(("referred", "escalated")))
        .group_by(Outcome.label, ReferralTarget.label, colleague.name)).all()
    passed_on = tuple(sorted((PassedOn(outcome, target or name or "", int(n)) for outcome, target, name, n in passed),
                             key=lambda p: (-p.times, p.outcome, p.to)))
    zone = local_zone()
    first = datetime.combine(start, time(0), zone).astimezone(UTC)
    after = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(UTC)
    requests = tuple(session.scalars(
        select(Skill.label).join(LearningRequest, LearningRequest.skill_id == Skill.id)
        .where(LearningRequest.staff_id == staff_id, LearningRequest.requested_at >= first,
               LearningRequest.requested_at < after).distinct().order_by(Skill.label)))
    reflection = session.scalar(select(WeeklyReflection.text).where(
        WeeklyReflection.staff_id == staff_id, WeeklyReflection.week_start == start)) or ""
    return MyWeek(staff_id, start, skills_used, new_skills, guides, passed_on, requests, reflection)


def save_reflection(session: Session, actor: Actor, text: str, *, today: date | None = None,
                    now: datetime | None = None) -> str:
    """Keep the signed-in person's line for this week (an empty line removes it); returns it as kept. Nobody
    writes another person's reflection, a team leader neither."""
    if actor.staff_id is None:
        raise ReflectionError(_("Only a signed-in person can write their reflection."))
    line = " ".join((text or "").split())
    if len(line) > MAX_REFLECTION:
        raise ReflectionError(_("Keep the reflection to one line of at most {MAX_REFLECTION} characters.").format(
            MAX_REFLECTION=MAX_REFLECTION))
    start = week_of(today or datetime.now(local_zone()).date())
    row = session.scalar(select(WeeklyReflection).where(WeeklyReflection.staff_id == actor.staff_id,
                                                        WeeklyReflection.week_start == start))
    old = row.text if row is not None else ""
    if old == line:
        return line
    if row is None:
        row = WeeklyReflection(staff_id=actor.staff_id, week_start=start, text=line,
                               updated_at=now or datetime.now(UTC))
        session.add(row)
    elif not line:
        session.delete(row)
    else:
        row.text, row.updated_at = line, now or datetime.now(UTC)
    session.flush()
    # Only that it changed, never the words: the trail is read more widely than the person and their leaders.
    record(session, actor, "edit", "weekly_reflection", f"{actor.staff_id}:{start.isoformat()}",
           {"length": [len(old), len(line)]})
    return line
