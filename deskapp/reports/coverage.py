"""Coverage by hour of week, desk by desk: for each desk and skill, demand per hour of week against the
number of proficient staff (at or above the required level) who were signed in *at that desk* then.

Always per desk, also with every desk chosen: someone proficient at the main desk does not cover an
enquiry at the science library, and a sum over desks would hide exactly that."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from typing import cast as typing_cast  # sqlalchemy.cast is the SQL CAST used below

from sqlalchemy import BigInteger, Integer, case, cast, func, literal, select
from sqlalchemy.orm import Session

from deskapp.db.models import Desk, DeskSession, RollupSkillHour
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, ngettext
from deskapp.platform.localtime import local_zone
from deskapp.reports.common import (
    WEEKDAYS,
    ReportFilter,
    ReportResult,
    each_desk,
    filter_clause,
    hours_label,
    report_skills,
    require_leader,
    skill_status,
    staff_levels,
)
from deskapp.reports.rates import Outcomes

NAME = "coverage"
TITLE = "Coverage by hour of week"
COLUMNS = ("desk", "skill", "status", "weekday", "hour", "demand", "passed_on", "staff_signed_in",
           "proficient_signed_in", "required_level")


def demand_by_hour(session: Session, flt: ReportFilter) -> dict[tuple[int, int, int], Outcomes]:
    """(desk id, skill id, hour of week) -> outcomes of the enquiries that needed it then."""
    r = RollupSkillHour
    rows = session.execute(select(r.desk_id, r.skill_id, r.hour_of_week, func.sum(r.n), func.sum(r.referred),
                                  func.sum(r.escalated), func.sum(r.expected))
                           .where(filter_clause(r, each_desk(session, flt)))
                           .group_by(r.desk_id, r.skill_id, r.hour_of_week))
    return {(desk, sid, how): Outcomes(*(int(v or 0) for v in counts)) for desk, sid, how, *counts in rows}


HOUR_US = 3_600_000_000
EPOCH_HOUR_OF_WEEK = 72  # 1970-01-01 00:00 was a Thursday: hour 72 of a Monday-first week


def _epoch_us(session: Session, column: Any) -> Any:
    """Microseconds since 1970 in UTC, exact (integers, so whole-hour sessions never round up an hour)."""
    if session.get_bind().dialect.name == "sqlite":
        # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC.
        return (cast(func.strftime("%s", column), Integer) * 1_000_000
                + cast(func.substr(column, 21, 6), Integer))
    return cast(func.extract("epoch", column) * 1_000_000, BigInteger)


def _offsets(start: datetime, end: datetime, zone: tzinfo) -> list[tuple[int, int]]:
    """[(from UTC µs, the zone's UTC offset in µs from then on)] over start..end, found week by week and
    narrowed to the second (clock changes are months apart)."""

    def offset(moment: datetime) -> int:
        delta = moment.astimezone(zone).utcoffset() or timedelta(0)
        return (delta.days * 86_400 + delta.seconds) * 1_000_000

    def us(moment: datetime) -> int:
        return round((moment - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1))

    spans = [(us(start), offset(start))]
    if isinstance(zone, timezone):  # a fixed offset (UTC): nothing changes
        return spans
    day = start
    while day < end:
        after = min(day + timedelta(days=7), end)
        if offset(after) != spans[-1][1]:
            low, high = day, after  # the change happens in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == spans[-1][1] else (low, middle)
            spans.append((us(high), offset(high)))
        day = after
    return spans


def presence_by_hour(session: Session, flt: ReportFilter, zone: tzinfo) -> dict[tuple[int, int], set[int]]:
    """(desk id, hour of week) -> staff signed in at that desk during it on some day of the period.

    One query over desk sessions (never enquiries): each session, clipped to the period, is spread over the
    desk's wall-clock hours it touched (the clock offset at its start holds for the whole shift); the
    database groups them by person and starting hour of week, and only those few runs are spread here.
    """
    start = datetime.combine(flt.start, time(0), zone).astimezone(UTC)
    end = datetime.combine(flt.end + timedelta(days=1), time(0), zone).astimezone(UTC)
    ends = func.coalesce(DeskSession.signed_out_at, DeskSession.last_seen_at)
    chosen = [DeskSession.signed_in_at < end, ends > start]
    if flt.desk_ids:
        chosen.append(DeskSession.desk_id.in_(flt.desk_ids))
    # Clock changes only matter between the first and the last shift actually in the period.
    # MIN and MAX of no rows are NULL, which SQLAlchemy's types for the aggregates cannot say.
    earliest, latest = typing_cast(tuple[datetime | None, datetime | None], session.execute(
        select(func.min(DeskSession.signed_in_at), func.max(ends)).where(*chosen)).one())
    if earliest is None or latest is None:
        return {}
    spans = _offsets(max(earliest, start), min(latest, end), zone)
    sqlite = session.get_bind().dialect.name == "sqlite"
    bigger, smaller = (func.max, func.min) if sqlite else (func.greatest, func.least)
    first = bigger(_epoch_us(session, DeskSession.signed_in_at), _epoch_us_literal(start))
    last = smaller(_epoch_us(session, ends), _epoch_us_literal(end))
    clipped = select(DeskSession.desk_id.label("desk_id"), DeskSession.staff_id.label("staff_id"), first.label("s"),
                     last.label("e")).where(*chosen).subquery()
    shift = _offset_at(clipped.c.s, spans)
    local = select(clipped.c.desk_id, clipped.c.staff_id, (clipped.c.s + shift).label("ls"),
                   (clipped.c.e - clipped.c.s).label("d")).subquery()
    minute_us = (local.c.ls % HOUR_US) // 60_000_000 * 60_000_000
    hours = (local.c.d + minute_us + HOUR_US - 1) // HOUR_US  # whole hours touched, from the local start hour
    start_how = (local.c.ls // HOUR_US + EPOCH_HOUR_OF_WEEK) % 168
    # Shifts repeat week after week, so this is at most people × 168 rows however long the history: the
    # longest run of hours each person started in each hour of the week.
    runs = (select(local.c.desk_id, local.c.staff_id, start_how, func.max(hours))
            .group_by(local.c.desk_id, local.c.staff_id, start_how))
    present: dict[tuple[int, int], set[int]] = {}
    for desk_id, staff_id, first_how, longest in session.execute(runs):
        for step in range(min(int(longest), 168)):
            present.setdefault((desk_id, (int(first_how) + step) % 168), set()).add(staff_id)
    return present


def _offset_at(moment: Any, spans: list[tuple[int, int]]) -> Any:
    """The offset in force at `moment` as nested CASEs that halve the spans (a few comparisons a row even
    over decades of clock changes)."""
    if len(spans) == 1:
        return literal(spans[0][1], BigInteger)
    middle = len(spans) // 2
    return case((moment < spans[middle][0], _offset_at(moment, spans[:middle])),
                else_=_offset_at(moment, spans[middle:]))


def _epoch_us_literal(moment: datetime) -> Any:
    return literal(round((moment - datetime(1970, 1, 1, tzinfo=UTC)) / timedelta(microseconds=1)), BigInteger)


def compute_rows(session: Session, flt: ReportFilter, zone: tzinfo | None = None) -> list[dict[str, Any]]:
    demand = demand_by_hour(session, flt)
    skills = report_skills(session, flt, {sid for _desk, sid, _how in demand})
    desks = dict(session.execute(select(Desk.id, Desk.name)).all())
    present = presence_by_hour(session, flt, zone or local_zone())
    levels = staff_levels(session)
    rows = []
    order = {sid: i for i, sid in enumerate(skills)}
    for (desk, sid, how), counts in sorted(demand.items(), key=lambda item: (
            desks.get(item[0][0], ""), order.get(item[0][1], 0), item[0][2])):
        info = skills[sid]
        people = present.get((desk, how), set())
        proficient = sum(1 for person in people if levels.get((person, sid), 0) >= info["required_level"])
        rows.append({"desk": desks.get(desk, "?"), "skill": info["skill"], "status": skill_status(info),
                     "weekday": WEEKDAYS[how // 24], "hour": how % 24, "demand": counts.n,
                     "passed_on": counts.passed_on, "staff_signed_in": len(people),
                     "proficient_signed_in": proficient, "required_level": info["required_level"]})
    return rows


def worst_uncovered_block(rows: list[dict[str, Any]]) -> tuple[str, str, int, int, str] | None:
    """(skill, "Tuesday 17–20", demand, required level, desk) of the busiest run of hours at one desk with
    nobody proficient signed in there (retired skills are history, not a gap)."""
    best: tuple[str, str, int, int, str] | None = None
    run: list[dict[str, Any]] = []

    def close() -> None:
        nonlocal best
        if run:
            demand = sum(r["demand"] for r in run)
            if best is None or demand > best[2]:
                day = WEEKDAYS.index(run[0]["weekday"])
                best = (run[0]["skill"], hours_label(day, run[0]["hour"], run[-1]["hour"]), demand,
                        run[0]["required_level"], run[0]["desk"])

    for row in rows:
        if row["proficient_signed_in"] == 0 and row["status"] == "current":
            if run and (run[-1]["desk"], run[-1]["skill"], run[-1]["weekday"], run[-1]["hour"] + 1) == (
                    row["desk"], row["skill"], row["weekday"], row["hour"]):
                run.append(row)
                continue
            close()
            run = [row]
        else:
            close()
            run = []
    close()
    return best


def run(session: Session, actor: Actor, flt: ReportFilter, zone: tzinfo | None = None) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt, zone)
    worst = worst_uncovered_block(rows)
    if worst is None:
        summary = _("Every hour with demand had someone at the required level signed in.")
    else:
        skill, hours, demand, level, desk = worst
        summary = ngettext("{desk}, {hours}: {demand} {skill} enquiry, nobody at level {level} signed in at that desk.",
                           "{desk}, {hours}: {demand} {skill} enquiries, nobody at level {level} signed in at that "
                           "desk.", demand).format(desk=desk, hours=hours, demand=demand, skill=skill, level=level)
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
