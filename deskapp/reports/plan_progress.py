"""How a development plan is going, from the enquiry record, and what to put on a person's plan next.

Progress of an item: the person's uses of the skill since the item started and over as many days before,
each with its referral rate (deskapp.reports.rates: the one definition), the training recorded in the skill
since, and the level now against the target. Suggestions: the skills the person uses below the required
level, most passed on first, each with a mentor who has spare capacity (level 3+, at most
MENTOR_CAPACITY open plan items, level 4 and most use of the skill first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import DevelopmentPlanItem, RollupStaffSkillCount, Skill, Staff, TrainingRecord
from deskapp.db.models.development import MENTOR_CAPACITY
from deskapp.db.rollup import ALL_DESKS
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.i18n import _
from deskapp.reports.common import current_skills, staff_levels
from deskapp.reports.rates import Outcomes, percent

EVIDENCE_DAYS = 90
SUGGESTIONS = 3  # a plan is a few skills, not the whole gap list


@dataclass(frozen=True)
class Progress:
    before: Outcomes  # the same number of days before the item started
    since: Outcomes  # from the day it started to today, both included
    training_since: int

    @property
    def change(self) -> float | None:
        """Referral rate since − before (negative is better); None without enquiries on both sides."""
        if not self.before.n or not self.since.n:
            return None
        return round(self.since.rate - self.before.rate, 3)


@dataclass(frozen=True)
class Suggestion:
    skill_id: int
    skill: str
    level: int
    required_level: int
    uses: Outcomes
    mentor_id: int | None
    mentor: str | None
    reason: str


def _outcomes(session: Session, staff_id: int, skill_id: int, first: date, last: date) -> Outcomes:
    r = RollupStaffSkillCount
    logged = aliased(Skill)
    row = session.execute(
        select(func.sum(r.n), func.sum(r.referred), func.sum(r.escalated), func.sum(r.expected))
        .join(logged, logged.id == r.skill_id)
        .where(r.grain == "d", r.desk_id == ALL_DESKS, r.staff_id == staff_id,
               func.coalesce(logged.merged_into_id, logged.id) == skill_id,
               r.period_start >= first, r.period_start <= last)).one()
    return Outcomes(*(int(value or 0) for value in row))


def _check_own(actor: Actor, staff_id: int) -> None:
    if not actor.is_leader and actor.staff_id != staff_id:
        raise PermissionDenied(_("Staff can see only their own development plan."))


def progress(session: Session, actor: Actor, item_id: int, *, today: date | None = None) -> Progress:
    item = session.get(DevelopmentPlanItem, item_id)
    if item is None:
        raise ValueError(_("There is no plan item with id {item_id}.").format(item_id=item_id))
    _check_own(actor, item.staff_id)
    today = today or date.today()
    end = min(today, item.closed_at.date()) if item.closed_at else today
    days = max(1, (end - item.started_on).days + 1)
    since = _outcomes(session, item.staff_id, item.skill_id, item.started_on, end)
    before = _outcomes(session, item.staff_id, item.skill_id, item.started_on - timedelta(days=days),
                       item.started_on - timedelta(days=1))
    logged = aliased(Skill)
    trained = session.scalar(
        select(func.count()).select_from(TrainingRecord).join(logged, logged.id == TrainingRecord.skill_id)
        .where(TrainingRecord.staff_id == item.staff_id,
               func.coalesce(logged.merged_into_id, logged.id) == item.skill_id,
               TrainingRecord.trained_on >= item.started_on, TrainingRecord.trained_on <= end)) or 0
    return Progress(before, since, int(trained))


def describe(progress_: Progress) -> str:
    """One sentence for the plan screens and the CLI."""
    since, before = progress_.since, progress_.before
    text = f"Since it started: {since.n} uses, {since.passed_on} passed on ({percent(since.rate)})"
    if since.small and since.n:
        text += ", a small sample"
    text += f"; before: {before.n} uses, {before.passed_on} passed on ({percent(before.rate)})."
    if progress_.training_since:
        text += f" {progress_.training_since} training record(s) since."
    return text


def suggestions(session: Session, actor: Actor, staff_id: int, *, today: date | None = None,
                limit: int = SUGGESTIONS) -> list[Suggestion]:
    """The few skills to put on this person's plan next, from their own use, level and referrals."""
    if not actor.is_leader:
        raise PermissionDenied(_("Only a team leader can see plan suggestions."))
    today = today or date.today()
    first = today - timedelta(days=EVIDENCE_DAYS - 1)
    skills = current_skills(session)
    levels = staff_levels(session)
    planned = set(session.scalars(select(DevelopmentPlanItem.skill_id).where(
        DevelopmentPlanItem.staff_id == staff_id, DevelopmentPlanItem.status == "open")))
    r = RollupStaffSkillCount
    logged = aliased(Skill)
    effective = func.coalesce(logged.merged_into_id, logged.id)
    rows = session.execute(
        select(r.staff_id, effective, func.sum(r.n), func.sum(r.referred), func.sum(r.escalated),
               func.sum(r.expected))
        .join(logged, logged.id == r.skill_id)
        .where(r.grain == "d", r.desk_id == ALL_DESKS, r.period_start >= first, r.period_start <= today)
        .group_by(r.staff_id, effective))
    use: dict[tuple[int, int], Outcomes] = {
        (sid, skill): Outcomes(int(n or 0), int(ref or 0), int(esc or 0), int(exp or 0))
        for sid, skill, n, ref, esc, exp in rows}
    candidates = []
    for skill_id, info in skills.items():
        level, required = levels.get((staff_id, skill_id), 0), info["required_level"]
        mine = use.get((staff_id, skill_id), Outcomes())
        if skill_id in planned or level >= required or not mine.n:
            continue
        candidates.append((-mine.lower_bound, -mine.passed_on, -mine.n, info["skill"], skill_id, mine))
    candidates.sort()
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.active)).all())
    load = {mentor: int(n) for mentor, n in session.execute(
        select(DevelopmentPlanItem.mentor_id, func.count()).where(DevelopmentPlanItem.status == "open",
                                                                  DevelopmentPlanItem.mentor_id.is_not(None))
        .group_by(DevelopmentPlanItem.mentor_id))}
    picked: list[Suggestion] = []
    for *_order, skill_id, mine in candidates[:limit]:
        info = skills[skill_id]
        level, required = levels.get((staff_id, skill_id), 0), info["required_level"]
        mentors = [(-levels[(p, skill_id)], -use.get((p, skill_id), Outcomes()).n, load.get(p, 0), names[p], p)
                   for p in names if p != staff_id and levels.get((p, skill_id), 0) >= max(required, 3)
                   and load.get(p, 0) < MENTOR_CAPACITY]
        mentor = min(mentors)[-1] if mentors else None
        if mentor is not None:
            load[mentor] = load.get(mentor, 0) + 1  # two suggestions never hand one mentor past capacity
        reason = (_("Used {n} times in the last {EVIDENCE_DAYS} days at level {level} (required {required}); "
                    "{passed_on} passed on ({value}{value2}).").format(
                n=mine.n,
                EVIDENCE_DAYS=EVIDENCE_DAYS,
                level=level,
                required=required,
                passed_on=mine.passed_on,
                value=percent(mine.rate),
                value2=', a small sample' if mine.small else ''))
        if mentor is None:
            reason += " Nobody at level 3+ has room to mentor it: book a course."
        picked.append(Suggestion(skill_id, info["skill"], level, required, mine, mentor,
                                 names.get(mentor) if mentor else None, reason))
    return picked
