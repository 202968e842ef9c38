"""Staff × skill heat map: each person's level on each skill against how often they used it, highlighting
skills used often below the required level and skills passed on often (rates: deskapp/reports/rates.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import RollupStaffSkillCount
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, ngettext
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    active_staff,
    filter_clause,
    report_skills,
    require_leader,
    skill_status,
    staff_levels,
)
from deskapp.reports.rates import Outcomes, percent

NAME = "heatmap"
TITLE = "Staff × skill heat map"
COLUMNS = ("staff", "skill", "group", "status", "level", "required_level", "uses", "passed_on",
           "expected_handovers", "referral_rate", "flag")
OFTEN = 5  # uses in the period that count as "often"
REFERRED_OFTEN = 0.15  # a referral rate at least this high, at the lower end of its 95% interval
USED_BELOW = "used often below required level"
REFERRED = "referred often"


def use_by_staff_skill(session: Session, flt: ReportFilter) -> dict[tuple[int, int], Outcomes]:
    """(staff id, skill id) -> the outcomes of their enquiries that needed it."""
    r = RollupStaffSkillCount
    rows = session.execute(select(r.staff_id, r.skill_id, func.sum(r.n), func.sum(r.referred), func.sum(r.escalated),
                                  func.sum(r.expected))
                           .where(filter_clause(r, flt)).group_by(r.staff_id, r.skill_id))
    return {(staff_id, sid): Outcomes(*(int(v or 0) for v in counts)) for staff_id, sid, *counts in rows}


def flags_for(uses: Outcomes, level: int, required: int) -> list[str]:
    flags = []
    if uses.n >= OFTEN and level < required:
        flags.append(USED_BELOW)
    if uses.n >= 5 and uses.lower_bound >= REFERRED_OFTEN:
        flags.append(REFERRED)
    return flags


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    use = use_by_staff_skill(session, flt)
    skills = report_skills(session, flt, {sid for _staff, sid in use})
    staff = active_staff(session)
    levels = staff_levels(session)
    rows = []
    for staff_id, name in staff.items():
        for sid, info in skills.items():
            uses = use.get((staff_id, sid), Outcomes())
            level = levels.get((staff_id, sid))
            if uses.n == 0 and level is None:
                continue
            flags = [] if info["retired_on"] else flags_for(uses, level or 0, info["required_level"])
            rows.append({"staff": name, "skill": info["skill"], "group": info["group"], "status": skill_status(info),
                         "level": level or 0, "required_level": info["required_level"], "uses": uses.n,
                         "passed_on": uses.passed_on, "expected_handovers": uses.expected,
                         "referral_rate": uses.rate, "flag": "; ".join(flags)})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    below = [r for r in rows if USED_BELOW in r["flag"]]
    referred = [r for r in rows if REFERRED in r["flag"]]
    if not below and not referred:
        summary = _("Nobody used a skill often below the required level, and no skill was referred often.")
    else:
        parts = []
        if below:
            worst = max(below, key=lambda r: r["uses"])
            parts.append(ngettext(
                "{n} of {total} person-skill pairs was used often below the required level (most: {staff} on "
                "{skill}, {uses} times at level {level})",
                "{n} of {total} person-skill pairs were used often below the required level (most: {staff} on "
                "{skill}, {uses} times at level {level})", len(below)).format(
                    n=len(below), total=len(rows), staff=worst["staff"], skill=worst["skill"], uses=worst["uses"],
                    level=worst["level"]))
        if referred:
            worst = max(referred, key=lambda r: (r["referral_rate"], r["uses"]))
            parts.append(ngettext(
                "{n} was referred often (most: {staff} on {skill}, {passed_on} of {uses} passed on, {rate})",
                "{n} were referred often (most: {staff} on {skill}, {passed_on} of {uses} passed on, {rate})",
                len(referred)).format(n=len(referred), staff=worst["staff"], skill=worst["skill"],
                                      passed_on=worst["passed_on"], uses=worst["uses"],
                                      rate=percent(worst["referral_rate"])))
        summary = "; ".join(parts) + "."
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
