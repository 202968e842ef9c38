"""Development plans: per person, the few skills to work on next, each with a target level, a date, a
mentor with spare capacity and where it came from (a leader, the gap ranking's suggestion, or the person's
own learning request). Leaders set and close items; staff see their own plan. Progress is measured from the
enquiry record by deskapp.reports.plan_progress (the reports own the rates).

`plan_from_learning_request` is the one entry point for a learning request (issue 19): it adds the request
to the person's plan, or attaches it to the open item they already have for that skill.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import DevelopmentPlanItem, Skill, Staff, StaffSkill
from deskapp.db.models.development import MENTOR_CAPACITY, PLAN_SOURCES
from deskapp.platform import audit
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.i18n import N_, _

DEFAULT_WEEKS = 12  # a learning request's item is due a term later unless the leader says otherwise
MAX_NOTE = 2000


class PlanError(ValueError):
    """A plan item that cannot be saved; the message says why."""


@dataclass(frozen=True)
class PlanItemView:
    id: int
    staff_id: int
    staff: str
    skill_id: int
    skill: str
    target_level: int
    level: int  # the person's level now: the confirmation, else their own rating
    started_on: date
    due_on: date
    mentor_id: int | None
    mentor: str | None
    source: str
    source_ref: str
    note: str
    status: str

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on < today and self.level < self.target_level


def _level(session: Session, staff_id: int, skill_id: int) -> int:
    row = session.get(StaffSkill, (staff_id, skill_id))
    if row is None:
        return 0
    return row.confirmed_level if row.confirmed_level is not None else (row.self_level or 0)


def mentor_load(session: Session, *, exclude_item: int | None = None) -> dict[int, int]:
    """Mentor id -> how many open plan items they mentor now."""
    query = (select(DevelopmentPlanItem.mentor_id, func.count()).where(DevelopmentPlanItem.status == "open",
                                                                       DevelopmentPlanItem.mentor_id.is_not(None))
             .group_by(DevelopmentPlanItem.mentor_id))
    if exclude_item is not None:
        query = query.where(DevelopmentPlanItem.id != exclude_item)
    return {mentor_id: int(n) for mentor_id, n in session.execute(query) if mentor_id is not None}


def _check_mentor(session: Session, mentor_id: int, staff_id: int, skill: Skill, target: int) -> None:
    if mentor_id == staff_id:
        raise PlanError(_("A person cannot be their own mentor."))
    mentor = session.get(Staff, mentor_id)
    if mentor is None or not mentor.active:
        raise PlanError(_("There is no active staff member with id {mentor_id} to be the mentor.").format(
                mentor_id=mentor_id))
    if _level(session, mentor_id, skill.id) < max(target, 3):
        raise PlanError(_("{name} is not yet at level {value} in {label!r}, so cannot mentor it to that level.").format(
                name=mentor.name,
                value=max(target, 3),
                label=skill.label))
    # Two leaders giving the same mentor a learner at once must not both see room: the mentor's row is locked
    # (PostgreSQL; SQLite's writes are already one at a time, BEGIN IMMEDIATE) before the load is counted.
    session.execute(select(Staff.id).where(Staff.id == mentor_id).with_for_update())
    if mentor_load(session).get(mentor_id, 0) >= MENTOR_CAPACITY:
        raise PlanError(_("{name} already mentors {MENTOR_CAPACITY} plan items; choose someone with spare capacity "
                          "or close one of theirs first.").format(name=mentor.name, MENTOR_CAPACITY=MENTOR_CAPACITY))


def add_plan_item(session: Session, actor: Actor, *, staff_id: int, skill_id: int, target_level: int,
                  due_on: date, mentor_id: int | None = None, note: str = "", source: str = "leader",
                  source_ref: str = "", today: date | None = None) -> int:
    """A leader puts a skill on a person's plan: reach `target_level` by `due_on`."""
    actor.require("leader", N_("set development plans"))
    today = today or date.today()
    if source not in PLAN_SOURCES:
        raise PlanError(_("A plan item comes from one of: {value}.").format(value=', '.join(PLAN_SOURCES)))
    person = session.get(Staff, staff_id)
    if person is None or not person.active:
        raise PlanError(_("There is no active staff member with id {staff_id}.").format(staff_id=staff_id))
    skill = session.get(Skill, skill_id)
    if skill is None or skill.retired_at is not None or skill.merged_into_id is not None:
        raise PlanError(_("There is no current skill with id {skill_id}.").format(skill_id=skill_id))
    if not isinstance(target_level, int) or not 1 <= target_level <= 4:
        raise PlanError(_("A target level is a whole number from 1 (aware) to 4 (can teach others)."))
    if _level(session, staff_id, skill_id) >= target_level:
        raise PlanError(_("{name} is already at level {target_level} or above in {label!r}.").format(
                name=person.name,
                target_level=target_level,
                label=skill.label))
    if due_on < today:
        raise PlanError(_("The date to reach the level cannot be in the past."))
    # The person's row is locked first, so two leaders adding the same skill at once cannot both see it absent.
    session.execute(select(Staff.id).where(Staff.id == staff_id).with_for_update())
    open_already = session.scalar(select(DevelopmentPlanItem.id).where(
        DevelopmentPlanItem.staff_id == staff_id, DevelopmentPlanItem.skill_id == skill_id,
        DevelopmentPlanItem.status == "open"))
    if open_already is not None:
        raise PlanError(_("{label!r} is already on {name}'s plan; change or close that item.").format(
                label=skill.label,
                name=person.name))
    if mentor_id is not None:
        _check_mentor(session, mentor_id, staff_id, skill, target_level)
    if len(note) > MAX_NOTE:
        raise PlanError(_("Keep the note to {MAX_NOTE} characters.").format(MAX_NOTE=MAX_NOTE))
    item = DevelopmentPlanItem(staff_id=staff_id, skill_id=skill_id, target_level=target_level, started_on=today,
                               due_on=due_on, mentor_id=mentor_id, source=source, source_ref=source_ref[:64],
                               note=note.strip(), status="open", created_by_id=actor.staff_id)
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", "development_plan_item", item.id,
                 {"staff_id": staff_id, "skill_id": skill_id, "target_level": target_level,
                  "due_on": due_on.isoformat(), "mentor_id": mentor_id, "source": source, "source_ref": source_ref})
    return item.id


def plan_from_learning_request(session: Session, actor: Actor, *, staff_id: int, skill_id: int, request_id: str,
                               target_level: int | None = None, due_on: date | None = None,
                               mentor_id: int | None = None, note: str = "", today: date | None = None) -> int:
    """Turn a person's request to learn a skill into their plan (for issue 19's learning requests).

    If the skill is already on their open plan, the request is attached to that item (its note says so)
    and that item's id returned; otherwise a new item is added, by default to the skill's required level
    (at least 1 above where they are) within DEFAULT_WEEKS weeks.
    """
    actor.require("leader", N_("turn learning requests into development plans"))
    today = today or date.today()
    existing = session.scalar(select(DevelopmentPlanItem).where(
        DevelopmentPlanItem.staff_id == staff_id, DevelopmentPlanItem.skill_id == skill_id,
        DevelopmentPlanItem.status == "open"))
    if existing is not None:
        addition = f"Learning request {request_id}" + (f": {note.strip()}" if note.strip() else "")
        existing.note = (existing.note + "\n" + addition).strip()[:MAX_NOTE]
        session.flush()
        audit.record(session, actor, "attach-request", "development_plan_item", existing.id,
                     {"source_ref": request_id})
        return existing.id
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise PlanError(_("There is no skill with id {skill_id}.").format(skill_id=skill_id))
    if target_level is None:
        target_level = min(4, max(skill.required_level, _level(session, staff_id, skill_id) + 1, 1))
    return add_plan_item(session, actor, staff_id=staff_id, skill_id=skill_id, target_level=target_level,
                         due_on=due_on or today + timedelta(weeks=DEFAULT_WEEKS), mentor_id=mentor_id, note=note,
                         source="learning-request", source_ref=str(request_id), today=today)


def close_plan_item(session: Session, actor: Actor, item_id: int, status: str) -> None:
    """Mark an item done (reached) or dropped; it stays in the person's plan history."""
    actor.require("leader", N_("close development plan items"))
    if status not in ("done", "dropped"):
        raise PlanError(_("A plan item is closed as done or dropped."))
    item = session.get(DevelopmentPlanItem, item_id)
    if item is None:
        raise PlanError(_("There is no plan item with id {item_id}.").format(item_id=item_id))
    if item.status != "open":
        raise PlanError(_("That plan item is already {status}.").format(status=item.status))
    item.status, item.closed_at = status, datetime.now(UTC)
    session.flush()
    audit.record(session, actor, "close", "development_plan_item", item_id, {"status": ["open", status]})


def list_plans(session: Session, actor: Actor, staff_id: int | None = None, *,
               include_closed: bool = False) -> list[PlanItemView]:
    """Plan items, by person then due date. Leaders see everyone's (or one person's); staff their own."""
    if not actor.is_leader:
        if staff_id not in (None, actor.staff_id) or actor.staff_id is None:
            raise PermissionDenied(_("Staff can see only their own development plan."))
        staff_id = actor.staff_id
    mentor = aliased(Staff)
    level = func.coalesce(StaffSkill.confirmed_level, StaffSkill.self_level, 0)
    query = (select(DevelopmentPlanItem, Staff.name, Skill.label, mentor.name, level)
             .join(Staff, Staff.id == DevelopmentPlanItem.staff_id)
             .join(Skill, Skill.id == DevelopmentPlanItem.skill_id)
             .outerjoin(mentor, mentor.id == DevelopmentPlanItem.mentor_id)
             .outerjoin(StaffSkill, (StaffSkill.staff_id == DevelopmentPlanItem.staff_id)
                        & (StaffSkill.skill_id == DevelopmentPlanItem.skill_id))
             .order_by(Staff.name, DevelopmentPlanItem.status != "open", DevelopmentPlanItem.due_on,
                       DevelopmentPlanItem.id))
    if staff_id is not None:
        query = query.where(DevelopmentPlanItem.staff_id == staff_id)
    if not include_closed:
        query = query.where(DevelopmentPlanItem.status == "open")
    return [PlanItemView(i.id, i.staff_id, name, i.skill_id, label, i.target_level, int(lvl or 0), i.started_on,
                         i.due_on, i.mentor_id, mentor_name, i.source, i.source_ref, i.note, i.status)
            for i, name, label, mentor_name, lvl in session.execute(query)]
