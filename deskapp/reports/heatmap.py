"""Staff × skill heat map: each person's level on each skill against how often they used it, highlighting
skills used often below the required level and skills referred often."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import RollupStaffSkillCount
from deskapp.platform.actor import Actor
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    active_staff,
    current_skills,
    filter_clause,
    fold,
    percent,
    rate,
    require_leader,
    skill_mapping,
    staff_levels,
)

NAME = "heatmap"
TITLE = "Staff × skill heat map"
COLUMNS = ("staff", "skill", "group", "level", "required_level", "uses", "referred", "referral_rate", "flag")
OFTEN = 5  # uses in the period that count as "often"
REFERRED_OFTEN = 0.25  # share of a person's uses of a skill passed on (referred or escalated)
USED_BELOW = "used often below required level"
REFERRED = "referred often"


def use_by_staff_skill(session: Session, flt: ReportFilter) -> dict[tuple[int, int], tuple[int, int]]:
    """(staff id, effective skill id) -> (uses, referred or escalated)."""
    r = RollupStaffSkillCount
    rows = session.execute(select(r.staff_id, r.skill_id, func.sum(r.n), func.sum(r.referred + r.escalated))
                           .where(filter_clause(r, flt)).group_by(r.staff_id, r.skill_id))
    return {key: (n, passed) for key, (n, passed) in fold(rows, skill_mapping(session), keys=2, skill_at=1).items()}


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    skills = current_skills(session)
    staff = active_staff(session)
    levels = staff_levels(session)
    use = use_by_staff_skill(session, flt)
    rows = []
    for staff_id, name in staff.items():
        for sid, info in skills.items():
            uses, passed = use.get((staff_id, sid), (0, 0))
            level = levels.get((staff_id, sid))
            if uses == 0 and level is None:
                continue
            flags = []
            if uses >= OFTEN and (level or 0) < info["required_level"]:
                flags.append(USED_BELOW)
            if uses >= 3 and rate(passed, uses) >= REFERRED_OFTEN:
                flags.append(REFERRED)
            rows.append({"staff": name, "skill": info["skill"], "group": info["group"], "level": level or 0,
                         "required_level": info["required_level"], "uses": uses, "referred": passed,
                         "referral_rate": rate(passed, uses), "flag": "; ".join(flags)})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    below = [r for r in rows if USED_BELOW in r["flag"]]
    referred = [r for r in rows if REFERRED in r["flag"]]
    if not below and not referred:
        summary = "Nobody used a skill often below the required level, and no skill was referred often."
    else:
        parts = []
        if below:
            worst = max(below, key=lambda r: r["uses"])
            parts.append(f"{len(below)} person-skill pairs were used often below the required level (most: "
                         f"{worst['staff']} on {worst['skill']}, {worst['uses']} times at level {worst['level']})")
        if referred:
            worst = max(referred, key=lambda r: (r["referral_rate"], r["uses"]))
            parts.append(f"{len(referred)} were referred often (most: {worst['staff']} on {worst['skill']}, "
                         f"{percent(worst['referral_rate'])} of {worst['uses']})")
        summary = "; ".join(parts) + "."
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
