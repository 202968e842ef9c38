"""What every report shares: the period and desk filter, the result shape, and the rollup helpers.

Reports read only the rollup tables (deskapp/db/models/rollups.py) and a few small reference tables, each
with one GROUP BY in the database. Whole months inside the period come from the month rows and the ragged
ends from the day rows, so a year-long report reads a few thousand rows however much history there is.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Desk,
    DeskSession,
    RollupEnquiryCount,
    RollupStaffSkillCount,
    Skill,
    SkillGroup,
    Staff,
    StaffSkill,
)
from deskapp.db.rollup import ALL_DESKS
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_zone
from deskapp.reports.rates import percent as percent  # re-exported for the reports
from deskapp.reports.rates import rate as rate

# Marked only: the report rows keep the English names (exports are read by scripts); a summary translates.
WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
            N_("Sunday"))


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


def make_filter(session: Session, start: date, end: date, desk_names: tuple[str, ...] | list[str] = ()) -> ReportFilter:
    """Check the period and resolve desk names; raises ReportError with a plain sentence."""
    if end < start:
        raise ReportError(_("The period ends ({end}) before it starts ({start}).").format(end=end, start=start))
    ids, names = [], []
    for name in desk_names:
        desk = session.scalars(select(Desk).where(func.lower(Desk.name) == name.strip().lower())).one_or_none()
        if desk is None:
            known = ", ".join(session.scalars(select(Desk.name).order_by(Desk.name))) or "none yet"
            raise ReportError(_("There is no desk called {name!r}. Desks: {known}.").format(name=name, known=known))
        ids.append(desk.id)
        names.append(desk.name)
    return ReportFilter(start, end, tuple(ids), tuple(names))


def desk_names(session: Session) -> list[str]:
    return list(session.scalars(select(Desk.name).where(Desk.active).order_by(Desk.name)))


def parse_date(text: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(_("The {what} {text!r} is not a date like 2026-03-31.").format(
                what=what,
                text=text)) from None


def require_leader(actor: Actor) -> None:
    actor.require("leader", N_("see the team's reports"))


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


def report_skills(session: Session, flt: ReportFilter, used: set[int] | frozenset[int] = frozenset()
                  ) -> dict[int, dict[str, Any]]:
    """The skills a report over `flt` shows: every current skill, and every retired one that still existed
    during the period (retired on or after its first day) or was needed in it (`used`), marked `retired_on`,
    so retiring a skill never erases its history. Merged skills are not listed: their history is the
    skill they went into (deskapp/db/skill_identity.py)."""
    retired_day = func.date(Skill.retired_at) if session.get_bind().dialect.name == "sqlite" else func.cast(
        Skill.retired_at, Date)
    rows = session.execute(
        select(Skill.id, Skill.label, Skill.key, SkillGroup.label, Skill.required_level, Skill.retired_at)
        .join(SkillGroup, SkillGroup.id == Skill.group_id)
        .where(Skill.merged_into_id.is_(None),
               or_(Skill.retired_at.is_(None), retired_day >= flt.start, Skill.id.in_(sorted(used) or [-1])))
        .order_by(SkillGroup.sort_order, Skill.sort_order))
    return {sid: {"skill": label, "key": key, "group": group, "required_level": req,
                  "retired_on": retired.date() if retired else None}
            for sid, label, key, group, req, retired in rows}


def current_skills(session: Session) -> dict[int, dict[str, Any]]:
    """Skills a leader still uses (not retired, not merged away): id -> label, group, required level."""
    rows = session.execute(
        select(Skill.id, Skill.label, Skill.key, SkillGroup.label, Skill.required_level)
        .join(SkillGroup, SkillGroup.id == Skill.group_id)
        .where(Skill.retired_at.is_(None), Skill.merged_into_id.is_(None))
        .order_by(SkillGroup.sort_order, Skill.sort_order))
    return {sid: {"skill": label, "key": key, "group": group, "required_level": req, "retired_on": None}
            for sid, label, key, group, req in rows}


def skill_status(info: dict[str, Any]) -> str:
    return f"retired {info['retired_on'].isoformat()}" if info.get("retired_on") else "current"


def level_expr() -> ColumnElement[int]:
    """A person's level on a skill: the leader's confirmation, else their own rating until one is given."""
    return func.coalesce(StaffSkill.confirmed_level, StaffSkill.self_level, literal(0))


def staff_levels(session: Session) -> dict[tuple[int, int], int]:
    """(staff id, skill id) -> level, for active staff."""
    rows = session.execute(select(StaffSkill.staff_id, StaffSkill.skill_id, level_expr())
                           .join(Staff, Staff.id == StaffSkill.staff_id).where(Staff.active))
    return {(staff_id, skill_id): level for staff_id, skill_id, level in rows}


def active_staff(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.active).order_by(Staff.name)).all())


def hours_label(weekday: int, first_hour: int, last_hour: int) -> str:
    """"Thursday 12–14", in the reader's language: for summaries (the rows keep the English day)."""
    return f"{_(WEEKDAYS[weekday])} {first_hour:02d}–{last_hour + 1:02d}"


def days(flt: ReportFilter) -> int:
    return (flt.end - flt.start).days + 1


def each_desk(session: Session, flt: ReportFilter) -> ReportFilter:
    """The same period over the chosen desks one by one (every desk when none was chosen), for per-desk rows."""
    if flt.desk_ids:
        return flt
    ids = tuple(session.scalars(select(Desk.id).order_by(Desk.id)))
    return ReportFilter(flt.start, flt.end, ids or (-1,), ())


def desks_in_period(session: Session, flt: ReportFilter) -> dict[int, str]:
    """The desks (of the chosen ones) that logged enquiries in the period: id -> name, by name."""
    r = RollupEnquiryCount
    ids = set(session.scalars(select(r.desk_id).where(r.dim == "all", period_clause(r, each_desk(session, flt)))
                              .distinct()))
    return dict(session.execute(select(Desk.id, Desk.name).where(Desk.id.in_(sorted(ids) or [-1]))
                                .order_by(Desk.name)).all())


def desk_teams(session: Session, flt: ReportFilter, desk_ids: list[int], zone: tzinfo | None = None
               ) -> dict[int, set[int]]:
    """desk id -> active staff who worked there in the period (signed in there during its desk-local days,
    or logged an enquiry with a skill there)."""
    zone = zone or local_zone()
    start = datetime.combine(flt.start, time(0), zone).astimezone(UTC)
    end = datetime.combine(flt.end + timedelta(days=1), time(0), zone).astimezone(UTC)
    ends = func.coalesce(DeskSession.signed_out_at, DeskSession.last_seen_at)
    teams: dict[int, set[int]] = {desk: set() for desk in desk_ids}
    signed_in = (select(DeskSession.desk_id, DeskSession.staff_id).join(Staff, Staff.id == DeskSession.staff_id)
                 .where(Staff.active, DeskSession.desk_id.in_(desk_ids or [-1]), DeskSession.signed_in_at < end,
                        ends > start).distinct())
    r = RollupStaffSkillCount
    logged = (select(r.desk_id, r.staff_id).join(Staff, Staff.id == r.staff_id)
              .where(Staff.active, period_clause(r, ReportFilter(flt.start, flt.end, tuple(desk_ids) or (-1,))))
              .distinct())
    for query in (signed_in, logged):
        for desk, person in session.execute(query):
            teams.setdefault(desk, set()).add(person)
    return teams
