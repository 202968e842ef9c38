"""The staff × skills matrix (0-4): staff rate themselves, a team leader confirms; both kept with who and
when. Staff see only their own record, with the skills they used most this month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import RollupStaffSkillCount, Skill, SkillGroup, Staff, StaffSkill
from deskapp.db.rollup import ALL_DESKS
from deskapp.people.skills import SkillView, list_skills
from deskapp.platform import audit
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.i18n import N_, _

LEVEL_LABELS = {0: "None", 1: "Aware (needs help)", 2: "Can do with a guide", 3: "Independent",
                4: "Can teach others"}


class ProficiencyError(ValueError):
    """A level that cannot be saved; the message says why."""


@dataclass(frozen=True)
class Cell:
    self_level: int | None
    self_assessed_at: datetime | None
    confirmed_level: int | None
    confirmed_by: str | None
    confirmed_at: datetime | None

    @property
    def level(self) -> int:
        """The level reports use: the confirmation, else the person's own rating."""
        if self.confirmed_level is not None:
            return self.confirmed_level
        return self.self_level or 0


@dataclass(frozen=True)
class Matrix:
    staff: tuple[tuple[int, str], ...]
    skills: tuple[SkillView, ...]
    cells: dict[tuple[int, int], Cell]


@dataclass(frozen=True)
class MyLevel:
    skill_id: int
    skill: str
    group: str
    required_level: int
    cell: Cell


@dataclass(frozen=True)
class SkillUse:
    skill: str
    uses: int
    referred: int


@dataclass(frozen=True)
class MyRecord:
    staff_id: int
    name: str
    levels: tuple[MyLevel, ...]
    used_this_month: tuple[SkillUse, ...]


def _check_level(level: int) -> None:
    if not isinstance(level, int) or not 0 <= level <= 4:
        raise ProficiencyError(_("A level is a whole number from 0 (none) to 4 (can teach others)."))


def _current_skill(session: Session, skill_id: int) -> Skill:
    skill = session.get(Skill, skill_id)
    if skill is None or skill.retired_at is not None:
        raise ProficiencyError(_("There is no current skill with id {skill_id}.").format(skill_id=skill_id))
    return skill


def _row(session: Session, staff_id: int, skill_id: int) -> StaffSkill:
    row = session.get(StaffSkill, (staff_id, skill_id))
    if row is None:
        row = StaffSkill(staff_id=staff_id, skill_id=skill_id)
        session.add(row)
    return row


def self_assess(session: Session, actor: Actor, skill_id: int, level: int) -> None:
    """The signed-in person rates themselves on one skill."""
    if actor.staff_id is None:
        raise PermissionDenied(_("Only a signed-in staff member can rate themselves."))
    _check_level(level)
    _current_skill(session, skill_id)
    row = _row(session, actor.staff_id, skill_id)
    old = row.self_level
    row.self_level, row.self_assessed_at = level, datetime.now(UTC)
    session.flush()
    audit.record(session, actor, "self-assess", "staff_skill", f"{actor.staff_id}:{skill_id}",
                 {"self_level": [old, level]})


def confirm_level(session: Session, actor: Actor, staff_id: int, skill_id: int, level: int) -> None:
    """A team leader confirms (or sets) a person's level; their own rating is kept alongside."""
    actor.require("leader", N_("confirm proficiency levels"))
    _check_level(level)
    _current_skill(session, skill_id)
    if session.get(Staff, staff_id) is None:
        raise ProficiencyError(_("There is no staff member with id {staff_id}.").format(staff_id=staff_id))
    row = _row(session, staff_id, skill_id)
    old = row.confirmed_level
    row.confirmed_level, row.confirmed_by_id, row.confirmed_at = level, actor.staff_id, datetime.now(UTC)
    session.flush()
    audit.record(session, actor, "confirm", "staff_skill", f"{staff_id}:{skill_id}",
                 {"confirmed_level": [old, level]})


def _cells(session: Session, staff_id: int | None = None) -> dict[tuple[int, int], Cell]:
    leader = aliased(Staff)
    query = select(StaffSkill, leader.name).outerjoin(leader, leader.id == StaffSkill.confirmed_by_id)
    if staff_id is not None:
        query = query.where(StaffSkill.staff_id == staff_id)
    return {(row.staff_id, row.skill_id): Cell(row.self_level, row.self_assessed_at, row.confirmed_level, name,
                                               row.confirmed_at) for row, name in session.execute(query)}


def matrix(session: Session, actor: Actor) -> Matrix:
    """Everyone's levels on every current skill: for team leaders."""
    actor.require("leader", N_("see everyone's proficiency"))
    staff = tuple((sid, name) for sid, name in session.execute(
        select(Staff.id, Staff.name).where(Staff.active).order_by(Staff.name)))
    return Matrix(staff, tuple(list_skills(session)), _cells(session))


def skills_used_most(session: Session, actor: Actor, staff_id: int, *, today: date | None = None,
                     limit: int = 5) -> list[SkillUse]:
    """The skills this person used most from the first of this month to today (from the rollups)."""
    _check_own(actor, staff_id)
    today = today or datetime.now().date()
    r = RollupStaffSkillCount
    logged = aliased(Skill)
    effective = func.coalesce(logged.merged_into_id, logged.id)
    rows = session.execute(
        select(Skill.label, func.sum(r.n), func.sum(r.referred + r.escalated))
        .join(logged, logged.id == r.skill_id).join(Skill, Skill.id == effective)
        .where(r.grain == "d", r.period_start >= today.replace(day=1), r.period_start <= today,
               r.desk_id == ALL_DESKS, r.staff_id == staff_id)
        .group_by(Skill.label).order_by(func.sum(r.n).desc(), Skill.label).limit(limit))
    return [SkillUse(label, int(n), int(passed)) for label, n, passed in rows]


def _check_own(actor: Actor, staff_id: int) -> None:
    if not actor.is_leader and actor.staff_id != staff_id:
        raise PermissionDenied(_("Staff can see only their own skill record."))


def my_record(session: Session, actor: Actor, staff_id: int | None = None, *, today: date | None = None) -> MyRecord:
    """A person's own levels and their most-used skills this month. Staff get only their own."""
    staff_id = staff_id if staff_id is not None else actor.staff_id
    if staff_id is None:
        raise ProficiencyError(_("Say whose record to show."))
    _check_own(actor, staff_id)
    person = session.get(Staff, staff_id)
    if person is None:
        raise ProficiencyError(_("There is no staff member with id {staff_id}.").format(staff_id=staff_id))
    cells = _cells(session, staff_id)
    empty = Cell(None, None, None, None, None)
    rows = session.execute(select(Skill.id, Skill.label, SkillGroup.label, Skill.required_level)
                           .join(SkillGroup, SkillGroup.id == Skill.group_id)
                           .where(Skill.retired_at.is_(None), Skill.merged_into_id.is_(None))
                           .order_by(SkillGroup.sort_order, Skill.sort_order))
    levels = tuple(MyLevel(sid, label, group, req, cells.get((staff_id, sid), empty))
                   for sid, label, group, req in rows)
    return MyRecord(staff_id, person.name, levels, tuple(skills_used_most(session, actor, staff_id, today=today)))
