"""Coverage by hour of week: for each skill, demand per hour of week against the number of proficient
staff (at or above the required level) who were actually signed in at the desk then."""

from __future__ import annotations

import math
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import DateTime, func, select, type_coerce
from sqlalchemy.orm import Session

from deskapp.actor import Actor
from deskapp.db.models import DeskSession, RollupSkillHour
from deskapp.localtime import local_zone
from deskapp.reports.common import (
    WEEKDAYS,
    ReportFilter,
    ReportResult,
    current_skills,
    filter_clause,
    fold,
    hours_label,
    require_leader,
    skill_mapping,
    staff_levels,
)

NAME = "coverage"
TITLE = "Coverage by hour of week"
COLUMNS = ("skill", "weekday", "hour", "demand", "referred", "staff_signed_in", "proficient_signed_in",
           "required_level")


def demand_by_hour(session: Session, flt: ReportFilter) -> dict[tuple[int, int], tuple[int, int]]:
    """(effective skill id, hour of week) -> (enquiries, referred or escalated)."""
    r = RollupSkillHour
    rows = session.execute(select(r.skill_id, r.hour_of_week, func.sum(r.n), func.sum(r.referred + r.escalated))
                           .where(filter_clause(r, flt)).group_by(r.skill_id, r.hour_of_week))
    return {key: (n, passed) for key, (n, passed) in fold(rows, skill_mapping(session), keys=2).items()}


def presence_by_hour(session: Session, flt: ReportFilter, zone: tzinfo) -> dict[int, set[int]]:
    """Hour of week -> staff signed in at a chosen desk during it on some day of the period.

    This walks desk sessions (a few per shift), never enquiries; hours are the desk's wall-clock hours.
    """
    start = datetime.combine(flt.start, time(0), zone).astimezone(UTC)
    end = datetime.combine(flt.end + timedelta(days=1), time(0), zone).astimezone(UTC)
    ends = func.coalesce(DeskSession.signed_out_at, DeskSession.last_seen_at)
    # Plain DateTime on the way out (the driver's fast parsing); UTC is put back below.
    query = (select(DeskSession.staff_id, type_coerce(DeskSession.signed_in_at, DateTime()),
                    type_coerce(ends, DateTime()))
             .where(DeskSession.signed_in_at < end, ends > start))
    if flt.desk_ids:
        query = query.where(DeskSession.desk_id.in_(flt.desk_ids))
    present: dict[int, set[int]] = {}
    for staff_id, signed_in, signed_out in session.execute(query):
        if signed_in.tzinfo is None:  # SQLite keeps UTC without a zone
            signed_in, signed_out = signed_in.replace(tzinfo=UTC), signed_out.replace(tzinfo=UTC)
        first = max(signed_in, start).astimezone(zone)
        # Whole hours touched, counted from the local start (a shift never spans a clock change in practice).
        hours = math.ceil((min(signed_out, end) - max(signed_in, start)).total_seconds() / 3600 + first.minute / 60)
        base = first.weekday() * 24 + first.hour
        for step in range(max(0, hours)):
            present.setdefault((base + step) % 168, set()).add(staff_id)
    return present


def compute_rows(session: Session, flt: ReportFilter, zone: tzinfo | None = None) -> list[dict[str, Any]]:
    skills = current_skills(session)
    demand = demand_by_hour(session, flt)
    present = presence_by_hour(session, flt, zone or local_zone())
    levels = staff_levels(session)
    rows = []
    for (sid, how), (n, passed) in sorted(demand.items(), key=lambda item: (item[0][0], item[0][1])):
        info = skills.get(sid)
        if info is None:
            continue  # a retired skill
        people = present.get(how, set())
        proficient = sum(1 for person in people if levels.get((person, sid), 0) >= info["required_level"])
        rows.append({"skill": info["skill"], "weekday": WEEKDAYS[how // 24], "hour": how % 24, "demand": n,
                     "referred": passed, "staff_signed_in": len(people), "proficient_signed_in": proficient,
                     "required_level": info["required_level"]})
    return rows


def worst_uncovered_block(rows: list[dict[str, Any]]) -> tuple[str, str, int, int] | None:
    """(skill, "Tuesday 17–20", demand, required level) of the busiest run of hours with nobody proficient."""
    best = None
    run: list[dict[str, Any]] = []

    def close() -> None:
        nonlocal best
        if run:
            demand = sum(r["demand"] for r in run)
            if best is None or demand > best[2]:
                day = WEEKDAYS.index(run[0]["weekday"])
                best = (run[0]["skill"], hours_label(day, run[0]["hour"], run[-1]["hour"]), demand,
                        run[0]["required_level"])

    for row in rows:
        if row["proficient_signed_in"] == 0:
            if run and (run[-1]["skill"], run[-1]["weekday"], run[-1]["hour"] + 1) == (
                    row["skill"], row["weekday"], row["hour"]):
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
        summary = "Every hour with demand had someone at the required level signed in."
    else:
        skill, hours, demand, level = worst
        summary = f"{hours}: {demand} {skill} enquiries, nobody at level {level} signed in."
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
