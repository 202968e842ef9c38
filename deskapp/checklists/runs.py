"""Checklist runs: starting one, ticking its items, its history and what is due today.

A run copies the template's active items when it starts (checklist_run_items), so editing a template -
which bumps its version - never changes a run already under way. Ticks record who and when; required
items still unticked after the run's due time are overdue. Daily runs are due at the template's due time
today, weekly ones at that time on Monday of the current week (local desk time). A per-person run belongs
to a new starter; ticking an item linked to a skill can add a training record (kind "checklist") for them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from deskapp.checklists.records import ChecklistError, DueRun, RunDetail, RunItemInfo, RunSummary, TickResult
from deskapp.checklists.templates import current_time, load_template
from deskapp.db import skill_identity
from deskapp.db.models import (
    ChecklistItem,
    ChecklistRun,
    ChecklistRunItem,
    ChecklistTemplate,
    Staff,
    TrainingRecord,
)
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _
from deskapp.platform.localtime import local_zone


def _period_start(schedule: str, now: datetime, zone: tzinfo) -> date:
    today = now.astimezone(zone).date()
    return today - timedelta(days=today.weekday()) if schedule == "weekly" else today


def _local_to_utc(day: date, hhmm: str, zone: tzinfo) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), zone).astimezone(UTC)


def _period_bounds(schedule: str, now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    start = _period_start(schedule, now, zone)
    days = 7 if schedule == "weekly" else 1
    return (_local_to_utc(start, "00:00", zone), _local_to_utc(start + timedelta(days=days), "00:00", zone))


def start_run(session: Session, actor: Actor, template_id: int, *, desk_id: int | None = None,
              subject_staff_id: int | None = None, now: datetime | None = None, zone: tzinfo | None = None) -> int:
    """Start a run, copying the template's current items. Returns the run id."""
    now, zone = current_time(now), zone or local_zone()
    template = load_template(session, template_id)
    if not template.active:
        raise ChecklistError(_("'{title}' is retired and cannot be started.").format(title=template.title))
    due_at = None
    if template.schedule == "per-person":
        if subject_staff_id is None or session.get(Staff, subject_staff_id) is None:
            raise ChecklistError(_("'{title}' is run for one person: choose who it is for.").format(
                    title=template.title))
        open_run = session.scalar(select(ChecklistRun.id).where(
            ChecklistRun.template_id == template_id, ChecklistRun.subject_staff_id == subject_staff_id,
            ChecklistRun.completed_at.is_(None)))
        if open_run is not None:
            raise ChecklistError(_("This person already has '{title}' under way: carry on with that one.").format(
                    title=template.title))
    elif template.schedule in ("daily", "weekly"):
        start, end = _period_bounds(template.schedule, now, zone)
        existing = session.scalar(select(ChecklistRun.id).where(
            ChecklistRun.template_id == template_id, ChecklistRun.desk_id.is_(desk_id) if desk_id is None
            else ChecklistRun.desk_id == desk_id, ChecklistRun.started_at >= start, ChecklistRun.started_at < end))
        if existing is not None:
            period = "this week" if template.schedule == "weekly" else "today"
            raise ChecklistError(_("'{title}' has already been started {period} at this desk.").format(
                    title=template.title,
                    period=period))
        if template.due_time:
            due_at = _local_to_utc(_period_start(template.schedule, now, zone), template.due_time, zone)
    run = ChecklistRun(template_id=template_id, template_version=template.version, desk_id=desk_id,
                       started_by_id=actor.staff_id, subject_staff_id=subject_staff_id, started_at=now,
                       due_at=due_at)
    session.add(run)
    session.flush()
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id,
                                                        ChecklistItem.active).order_by(ChecklistItem.position))
    session.add_all(ChecklistRunItem(run_id=run.id, item_key=i.key, position=i.position, text=i.text,
                                     required=i.required, role=i.role, skill_id=i.skill_id) for i in items)
    audit.record(session, actor, "start", "checklist_run", run.id,
                 {"template": template.key, "version": template.version, "subject_staff_id": subject_staff_id},
                 desk_id=desk_id)
    return run.id


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def get_run(session: Session, run_id: int, now: datetime | None = None) -> RunDetail:
    now = current_time(now)
    run = session.get(ChecklistRun, run_id)
    if run is None:
        raise ChecklistError(_("There is no checklist run with id {run_id}.").format(run_id=run_id))
    template = load_template(session, run.template_id)
    items = list(session.scalars(select(ChecklistRunItem).where(ChecklistRunItem.run_id == run_id)
                                 .order_by(ChecklistRunItem.position)))
    names = _names(session, {i.ticked_by_id for i in items} | {run.subject_staff_id})
    late = run.due_at is not None and now > run.due_at
    # A run keeps its items as started, but a skill merged since then is shown (and trained) as the one it
    # went into.
    identity = skill_identity.identity_map(session)
    infos = tuple(RunItemInfo(i.id, i.item_key, i.text, i.required, i.role, identity.get(i.skill_id, i.skill_id)
                              if i.skill_id is not None else None, i.ticked_at,
                              names.get(i.ticked_by_id or 0), i.note, late and i.required and i.ticked_at is None)
                  for i in items)
    return RunDetail(run.id, template.id, template.title, run.template_version, run.subject_staff_id,
                     names.get(run.subject_staff_id or 0), run.started_at, run.due_at, run.completed_at, run.notes,
                     infos, any(i.overdue for i in infos))


def tick_item(session: Session, actor: Actor, run_item_id: int, ticked: bool = True, *,
              now: datetime | None = None, record_training: bool = True, zone: tzinfo | None = None) -> TickResult:
    """Tick (or untick) one item of a run. A leader's item needs a leader."""
    now = current_time(now)
    item = session.get(ChecklistRunItem, run_item_id)
    if item is None:
        raise ChecklistError(_("There is no checklist item with id {run_item_id}.").format(run_item_id=run_item_id))
    if item.role == "leader":
        actor.require("leader", "tick an item meant for a team leader")
    run = session.get(ChecklistRun, item.run_id)
    assert run is not None
    if (item.ticked_at is not None) == ticked:
        return TickResult(run.completed_at is not None, None)
    item.ticked_at, item.ticked_by_id = (now, actor.staff_id) if ticked else (None, None)
    session.flush()
    record_id = _training_for_tick(session, actor, run, item, ticked and record_training, now, zone or local_zone())
    open_required = session.scalar(select(func.count()).select_from(ChecklistRunItem).where(
        ChecklistRunItem.run_id == run.id, ChecklistRunItem.required, ChecklistRunItem.ticked_at.is_(None)))
    run.completed_at = (run.completed_at or now) if open_required == 0 else None
    audit.record(session, actor, "tick" if ticked else "untick", "checklist_run", run.id,
                 {"item": item.item_key}, desk_id=run.desk_id)
    return TickResult(run.completed_at is not None, record_id)


def _training_for_tick(session: Session, actor: Actor, run: ChecklistRun, item: ChecklistRunItem, add: bool,
                       now: datetime, zone: tzinfo) -> int | None:
    """A new starter's skill item adds a training record when ticked and takes it back when unticked."""
    if run.subject_staff_id is None or item.skill_id is None:
        return None
    marker = f"checklist run {run.id}, item {item.item_key}"
    if not add:
        for record in session.scalars(select(TrainingRecord).where(
                TrainingRecord.staff_id == run.subject_staff_id, TrainingRecord.kind == "checklist",
                TrainingRecord.notes == marker)):
            audit.record(session, actor, "delete", "training_record", record.id, {"notes": marker})
            session.delete(record)
        return None
    template = load_template(session, run.template_id)
    record = TrainingRecord(staff_id=run.subject_staff_id, skill_id=skill_identity.current_id(session, item.skill_id),
                            kind="checklist",
                            title=f"{template.title}: {item.text}"[:200], trained_on=now.astimezone(zone).date(),
                            notes=marker, recorded_by_id=actor.staff_id)
    session.add(record)
    session.flush()
    audit.record(session, actor, "create", "training_record", record.id,
                 {"staff_id": record.staff_id, "skill_id": record.skill_id, "kind": "checklist"})
    return record.id


def set_item_note(session: Session, actor: Actor, run_item_id: int, note: str) -> None:
    item = session.get(ChecklistRunItem, run_item_id)
    if item is None:
        raise ChecklistError(_("There is no checklist item with id {run_item_id}.").format(run_item_id=run_item_id))
    if item.note != note.strip():
        audit.record(session, actor, "note", "checklist_run", item.run_id, {"item": item.item_key,
                                                                             "note": [item.note, note.strip()]})
        item.note = note.strip()


def set_run_notes(session: Session, actor: Actor, run_id: int, notes: str) -> None:
    run = session.get(ChecklistRun, run_id)
    if run is None:
        raise ChecklistError(_("There is no checklist run with id {run_id}.").format(run_id=run_id))
    if run.notes != notes.strip():
        audit.record(session, actor, "notes", "checklist_run", run_id, {"notes": [run.notes, notes.strip()]})
        run.notes = notes.strip()


def _progress() -> Subquery:
    """(run_id, required total, required done) per run, as a subquery: counted in SQL."""
    return (select(ChecklistRunItem.run_id,
                   func.count().filter(ChecklistRunItem.required).label("total"),
                   func.count().filter(ChecklistRunItem.required, ChecklistRunItem.ticked_at.is_not(None))
                   .label("done"))
            .group_by(ChecklistRunItem.run_id).subquery())


def run_history(session: Session, template_id: int, *, offset: int = 0, limit: int = 50,
                now: datetime | None = None, subject_staff_id: int | None = None) -> list[RunSummary]:
    """Runs of one template, newest first."""
    now = current_time(now)
    progress = _progress()
    statement = (select(ChecklistRun, progress.c.total, progress.c.done)
                 .outerjoin(progress, progress.c.run_id == ChecklistRun.id)
                 .where(ChecklistRun.template_id == template_id)
                 .order_by(ChecklistRun.started_at.desc(), ChecklistRun.id.desc()).offset(offset).limit(limit))
    if subject_staff_id is not None:
        statement = statement.where(ChecklistRun.subject_staff_id == subject_staff_id)
    rows = session.execute(statement).all()
    names = _names(session, {r[0].started_by_id for r in rows} | {r[0].subject_staff_id for r in rows})
    return [RunSummary(run.id, run.template_version, run.started_at, names.get(run.started_by_id or 0),
                       names.get(run.subject_staff_id or 0), run.due_at, run.completed_at, int(total or 0),
                       int(done or 0), run.due_at is not None and now > run.due_at and (done or 0) < (total or 0))
            for run, total, done in rows]


def count_runs(session: Session, template_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(ChecklistRun)
                              .where(ChecklistRun.template_id == template_id)) or 0)


def due_today(session: Session, desk_id: int | None, *, now: datetime | None = None,
              zone: tzinfo | None = None) -> list[DueRun]:
    """Each daily and weekly checklist for this desk in the current period: not started, under way or done."""
    now, zone = current_time(now), zone or local_zone()
    progress = _progress()
    due = []
    templates = session.scalars(select(ChecklistTemplate).where(
        ChecklistTemplate.active, ChecklistTemplate.schedule.in_(("daily", "weekly")))
        .order_by(ChecklistTemplate.due_time, ChecklistTemplate.title)).all()
    for template in templates:  # a handful of templates; each looked up by index
        start, end = _period_bounds(template.schedule, now, zone)
        desk_match = ChecklistRun.desk_id.is_(None) if desk_id is None else ChecklistRun.desk_id == desk_id
        row = session.execute(
            select(ChecklistRun.id, ChecklistRun.completed_at, progress.c.total, progress.c.done)
            .outerjoin(progress, progress.c.run_id == ChecklistRun.id)
            .where(ChecklistRun.template_id == template.id, desk_match, ChecklistRun.started_at >= start,
                   ChecklistRun.started_at < end)
            .order_by(ChecklistRun.started_at.desc()).limit(1)).one_or_none()
        due_at = (_local_to_utc(_period_start(template.schedule, now, zone), template.due_time, zone)
                  if template.due_time else None)
        if row is None:
            total = session.scalar(select(func.count()).select_from(ChecklistItem).where(
                ChecklistItem.template_id == template.id, ChecklistItem.active, ChecklistItem.required)) or 0
            due.append(DueRun(template.id, template.title, template.schedule, due_at, None, int(total), 0, False,
                              due_at is not None and now > due_at))
            continue
        run_id, completed_at, total, done = row
        late = due_at is not None and now > due_at and completed_at is None
        due.append(DueRun(template.id, template.title, template.schedule, due_at, run_id, int(total or 0),
                          int(done or 0), completed_at is not None, late))
    return due
