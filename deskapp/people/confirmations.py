"""The confirmation queue: self-ratings a team leader has not confirmed yet, oldest first, with the
evidence from the enquiry record beside each (how often the person used the skill lately and how often
they passed it on), so a leader confirms from the desk's own history instead of hunting for "–" in the
matrix.

A rating waits when nobody has confirmed that person's level in the skill, or when the person rated
themselves again after the last confirmation and gave a different level. Confirming at any level (the
self-rating or another) takes it off the queue; only current skills and active staff are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import RollupStaffSkillCount, Skill, Staff, StaffSkill
from deskapp.db.rollup import ALL_DESKS
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_

EVIDENCE_DAYS = 90  # the uses shown beside a rating: the last three months, long enough for a rare skill


@dataclass(frozen=True)
class PendingRating:
    staff_id: int
    staff: str
    skill_id: int
    skill: str
    required_level: int
    self_level: int
    self_assessed_at: datetime | None
    confirmed_level: int | None  # an older confirmation the new rating differs from, if any
    uses: int  # enquiries in the last EVIDENCE_DAYS where the person recorded this skill
    passed_on: int  # of those, referred or escalated


def _waiting() -> ColumnElement[bool]:
    """A self-rating waits for a leader: never confirmed, or rated again (differently) since."""
    return and_(StaffSkill.self_level.is_not(None), or_(
        StaffSkill.confirmed_level.is_(None),
        and_(StaffSkill.self_level != StaffSkill.confirmed_level,
             StaffSkill.self_assessed_at.is_not(None), StaffSkill.confirmed_at.is_not(None),
             StaffSkill.self_assessed_at > StaffSkill.confirmed_at)))


def _current_and_active() -> ColumnElement[bool]:
    return and_(Skill.retired_at.is_(None), Skill.merged_into_id.is_(None), Staff.active)


def pending_count(session: Session, actor: Actor) -> int:
    """How many self-ratings wait for confirmation (for a tab's title)."""
    actor.require("leader", N_("see the self-ratings waiting for confirmation"))
    return session.scalar(select(func.count()).select_from(StaffSkill)
                          .join(Skill, Skill.id == StaffSkill.skill_id).join(Staff, Staff.id == StaffSkill.staff_id)
                          .where(_waiting(), _current_and_active())) or 0


def pending_ratings(session: Session, actor: Actor, *, today: date | None = None) -> list[PendingRating]:
    """Every self-rating waiting for a leader, the longest-waiting first."""
    actor.require("leader", N_("see the self-ratings waiting for confirmation"))
    today = today or datetime.now().date()
    rows = session.execute(
        select(StaffSkill, Staff.name, Skill.label, Skill.required_level)
        .join(Skill, Skill.id == StaffSkill.skill_id).join(Staff, Staff.id == StaffSkill.staff_id)
        .where(_waiting(), _current_and_active())
        .order_by(StaffSkill.self_assessed_at.is_(None), StaffSkill.self_assessed_at, Staff.name, Skill.label)
    ).all()
    evidence = _evidence(session, {row.staff_id for row, *_ in rows}, today)
    # `or 0` for the type checker only: a rating waits for a leader only once it was given (_waiting).
    return [PendingRating(row.staff_id, name, row.skill_id, label, required, row.self_level or 0,
                          row.self_assessed_at,
                          row.confirmed_level, *evidence.get((row.staff_id, row.skill_id), (0, 0)))
            for row, name, label, required in rows]


def _evidence(session: Session, staff_ids: set[int], today: date) -> dict[tuple[int, int], tuple[int, int]]:
    """(staff, skill) -> (uses, referred or escalated) over the evidence window, from the daily rollups;
    a skill merged into another counts as that skill."""
    if not staff_ids:
        return {}
    r = RollupStaffSkillCount
    logged = aliased(Skill)
    effective = func.coalesce(logged.merged_into_id, logged.id)
    rows = session.execute(
        select(r.staff_id, effective, func.sum(r.n), func.sum(r.referred + r.escalated))
        .join(logged, logged.id == r.skill_id)
        .where(r.grain == "d", r.desk_id == ALL_DESKS, r.staff_id.in_(staff_ids),
               r.period_start >= today - timedelta(days=EVIDENCE_DAYS - 1), r.period_start <= today)
        .group_by(r.staff_id, effective))
    return {(staff_id, skill_id): (int(n or 0), int(passed or 0)) for staff_id, skill_id, n, passed in rows}
