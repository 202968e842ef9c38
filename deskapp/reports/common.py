"""What every report shares: the period and desk filter, the result shape, and the rollup helpers.

Reports read only the rollup tables (deskapp/db/models/rollups.py) and a few small reference tables, each
with one GROUP BY in the database. Whole months inside the period come from the month rows and the ragged
ends from the day rows, so a year-long report reads a few thousand rows however much history there is.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import Desk, Skill, SkillGroup, Staff, StaffSkill
from deskapp.db.rollup import ALL_DESKS
from deskapp.platform.actor import Actor

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ReportError(ValueError):
    """A report was asked for with a bad period, desk or name."""


@dataclass(frozen=True)
class ReportFilter:
    start: date
    end: date
    desk_ids: tuple[int, ...] = ()  # empty: every desk
    desk_names: tuple[str, ...] = ()

    @property
    def desks_label(self) -> str:
        return ", ".join(self.desk_names) if self.desk_names else "All desks"

    @property
    def period_label(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


@dataclass(frozen=True)
class ReportResult:
    """A finished report: plain values the UI, the CLI and the exports all take."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    summary: str
    filter: ReportFilter
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def column_values(self, column: str) -> list[Any]:
        return [row.get(column) for row in self.rows]


def make_filter(session: Session, start: date, end: date, desk_names: tuple[str, ...] | list[str] = ()) -> ReportFilter:
    """Check the period and resolve desk names; raises ReportError with a plain sentence."""
    if end < start:
        raise ReportError(f"The period ends ({end}) before it starts ({start}).")
    ids, names = [], []
    for name in desk_names:
        desk = session.scalars(select(Desk).where(func.lower(Desk.name) == name.strip().lower())).one_or_none()
        if desk is None:
            known = ", ".join(session.scalars(select(Desk.name).order_by(Desk.name))) or "none yet"
            raise ReportError(f"There is no desk called {name!r}. Desks: {known}.")
        ids.append(desk.id)
        names.append(desk.name)
    return ReportFilter(start, end, tuple(ids), tuple(names))


def desk_names(session: Session) -> list[str]:
    return list(session.scalars(select(Desk.name).where(Desk.active).order_by(Desk.name)))


def parse_date(text: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(f"The {what} {text!r} is not a date like 2026-03-31.") from None


def require_leader(actor: Actor) -> None:
    actor.require("leader", "see the team's reports")


def _month_after(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def period_clause(model: Any, flt: ReportFilter, *, days_only: bool = False) -> ColumnElement[bool]:
    """Rows of `model` that together count exactly the days start..end, once each, at the chosen desks.

    Each branch names grain, desk and a period range, the order of the rollups' clustered key, so each is
    one range read (or one per desk).
    """
    start, end = flt.start, flt.end
    # Without a desk filter, the "all desks" rows (desk_id 0) hold the totals: one desk's worth of rows.
    desks = model.desk_id.in_(flt.desk_ids) if flt.desk_ids else model.desk_id == ALL_DESKS

    def rows(grain: str, first: date, last: date) -> ColumnElement[bool]:
        return and_(model.grain == grain, desks, model.period_start >= first, model.period_start <= last)

    first_full = start if start.day == 1 else _month_after(start)
    last_day = calendar.monthrange(end.year, end.month)[1]
    after_full = _month_after(end) if end.day == last_day else date(end.year, end.month, 1)
    if days_only or first_full >= after_full:
        return rows("d", start, end)
    one_day = timedelta(days=1)
    return or_(rows("m", first_full, after_full - one_day), rows("d", start, first_full - one_day),
               rows("d", after_full, end))


def filter_clause(model: Any, flt: ReportFilter, *, days_only: bool = False) -> ColumnElement[bool]:
    return period_clause(model, flt, days_only=days_only)


def months_touching(model: Any, flt: ReportFilter) -> ColumnElement[bool]:
    """Month rows of every month the period touches: an approximate, cheaper read for rankings."""
    desks = model.desk_id.in_(flt.desk_ids) if flt.desk_ids else model.desk_id == ALL_DESKS
    return and_(model.grain == "m", desks, model.period_start >= flt.start.replace(day=1),
                model.period_start <= flt.end)


def skill_mapping(session: Session) -> dict[int, int]:
    """Logged skill id -> the skill reports count it as (a merged skill counts as the one it went into)."""
    return {sid: merged or sid for sid, merged in session.execute(select(Skill.id, Skill.merged_into_id))}


def fold(rows: Any, mapping: dict[int, int], keys: int = 1, skill_at: int = 0) -> dict[tuple, list[int]]:
    """Re-key GROUP BY rows (first `keys` columns are the key, the rest counts) by effective skill, summing
    the rows of a merged skill into the skill it went into. These are aggregate rows, never enquiries."""
    out: dict[tuple, list[int]] = {}
    if all(source == target for source, target in mapping.items()):  # nothing merged: keys are unique already
        return {tuple(row[:keys]): [int(v or 0) for v in row[keys:]] for row in rows}
    for row in rows:
        key = list(row[:keys])
        key[skill_at] = mapping.get(key[skill_at], key[skill_at])
        counts = [int(v or 0) for v in row[keys:]]
        total = out.setdefault(tuple(key), [0] * len(counts))
        for i, value in enumerate(counts):
            total[i] += value
    return out


def current_skills(session: Session) -> dict[int, dict[str, Any]]:
    """Skills a leader still uses (not retired, not merged away): id -> label, group, required level."""
    rows = session.execute(
        select(Skill.id, Skill.label, Skill.key, SkillGroup.label, Skill.required_level)
        .join(SkillGroup, SkillGroup.id == Skill.group_id)
        .where(Skill.retired_at.is_(None), Skill.merged_into_id.is_(None))
        .order_by(SkillGroup.sort_order, Skill.sort_order))
    return {sid: {"skill": label, "key": key, "group": group, "required_level": req}
            for sid, label, key, group, req in rows}


def all_skill_labels(session: Session) -> dict[int, tuple[str, str, int]]:
    rows = session.execute(select(Skill.id, Skill.label, SkillGroup.label, Skill.required_level)
                           .join(SkillGroup, SkillGroup.id == Skill.group_id))
    return {sid: (label, group, req) for sid, label, group, req in rows}


def level_expr():
    """A person's level on a skill: the leader's confirmation, else their own rating until one is given."""
    return func.coalesce(StaffSkill.confirmed_level, StaffSkill.self_level, literal(0))


def staff_levels(session: Session) -> dict[tuple[int, int], int]:
    """(staff id, skill id) -> level, for active staff."""
    rows = session.execute(select(StaffSkill.staff_id, StaffSkill.skill_id, level_expr())
                           .join(Staff, Staff.id == StaffSkill.staff_id).where(Staff.active))
    return {(staff_id, skill_id): level for staff_id, skill_id, level in rows}


def active_staff(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.active).order_by(Staff.name)).all())


def rate(part: int | None, whole: int | None) -> float:
    return round((part or 0) / whole, 3) if whole else 0.0


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def hours_label(weekday: int, first_hour: int, last_hour: int) -> str:
    return f"{WEEKDAYS[weekday]} {first_hour:02d}–{last_hour + 1:02d}"


def days(flt: ReportFilter) -> int:
    return (flt.end - flt.start).days + 1


def end_exclusive(flt: ReportFilter) -> date:
    return flt.end + timedelta(days=1)
