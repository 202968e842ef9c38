"""Skill gaps, ranked: where demand meets too few proficient people, too many referrals, one expert.

Gap score (0-100) = 100 × demand weight × (0.4 × shortfall + 0.4 × referral signal + 0.2 × bus risk), where
demand weight is the skill's demand over the busiest skill's, shortfall the share of the team below the
required level, referral signal the larger of the overall referral-or-escalation rate and twice the READ 1-2
rate (capped at 1; a READ 1-2 enquiry passed on is the strongest training signal), and bus risk 1 with
nobody at level 3+, 0.5 with one person, else 0.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Guide,
    GuideFeedback,
    GuideSkill,
    RollupEnquiryCount,
    RollupSkillCount,
    RollupStaffSkillCount,
    Skill,
    Staff,
    StaffSkill,
)
from deskapp.platform.actor import Actor
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    current_skills,
    filter_clause,
    fold,
    level_expr,
    months_touching,
    percent,
    rate,
    require_leader,
    skill_mapping,
)

NAME = "skill-gaps"
TITLE = "Skill gaps"
COLUMNS = ("rank", "skill", "group", "required_level", "demand", "share", "coverage", "team_size",
           "referral_rate", "escalation_rate", "read12_demand", "read12_referral_rate", "read12_escalation_rate",
           "bus_factor", "gap_score", "reason", "action", "mentor", "learners", "guide")
ACT_FROM = 5  # gap score below which no action is suggested


def total_enquiries(session: Session, flt: ReportFilter) -> int:
    return session.scalar(select(func.coalesce(func.sum(RollupEnquiryCount.n), 0))
                          .where(filter_clause(RollupEnquiryCount, flt), RollupEnquiryCount.dim == "all")) or 0


def demand_by_skill(session: Session, flt: ReportFilter) -> dict[int, tuple[int, ...]]:
    """effective skill id -> (n, referred, escalated, low_n, low_referred, low_escalated)."""
    r = RollupSkillCount
    rows = session.execute(
        select(r.skill_id, func.sum(r.n), func.sum(r.referred), func.sum(r.escalated), func.sum(r.low_n),
               func.sum(r.low_referred), func.sum(r.low_escalated))
        .where(filter_clause(r, flt)).group_by(r.skill_id))
    return {key[0]: tuple(counts) for key, counts in fold(rows, skill_mapping(session)).items()}


def coverage_by_skill(session: Session) -> tuple[dict[int, tuple[int, int]], int]:
    """skill id -> (staff at or above the required level, staff at level 3+), and the team size."""
    level = level_expr()
    rows = session.execute(
        select(StaffSkill.skill_id, func.sum(case((level >= Skill.required_level, 1), else_=0)),
               func.sum(case((level >= 3, 1), else_=0)))
        .join(Staff, Staff.id == StaffSkill.staff_id).join(Skill, Skill.id == StaffSkill.skill_id)
        .where(Staff.active).group_by(StaffSkill.skill_id))
    team = session.scalar(select(func.count()).select_from(Staff).where(Staff.active)) or 0
    return {sid: (int(c or 0), int(b or 0)) for sid, c, b in rows}, team


def use_by_staff(session: Session, flt: ReportFilter, *, exact: bool = True) -> dict[int, dict[int, int]]:
    """effective skill id -> {staff id: enquiries they used it on}.

    With exact=False it counts the whole months the period touches: enough to rank who uses a skill most
    for a suggested action, at a fraction of the rows.
    """
    r = RollupStaffSkillCount
    where = filter_clause(r, flt) if exact else months_touching(r, flt)
    rows = session.execute(select(r.skill_id, r.staff_id, func.sum(r.n)).where(where)
                           .group_by(r.skill_id, r.staff_id))
    use: dict[int, dict[int, int]] = {}
    for (sid, staff_id), (n,) in fold(rows, skill_mapping(session), keys=2).items():
        use.setdefault(sid, {})[staff_id] = n
    return use


def guides_by_skill(session: Session) -> dict[int, list[tuple[str, int]]]:
    """skill id -> [(published guide title, open "outdated" marks)]."""
    outdated = (select(GuideFeedback.guide_id, func.count().label("marks"))
                .where(GuideFeedback.kind == "outdated", GuideFeedback.resolved_at.is_(None))
                .group_by(GuideFeedback.guide_id).subquery())
    rows = session.execute(
        select(GuideSkill.skill_id, Guide.title, func.coalesce(outdated.c.marks, 0))
        .join(Guide, Guide.id == GuideSkill.guide_id).outerjoin(outdated, outdated.c.guide_id == Guide.id)
        .where(Guide.status == "published"))
    guides: dict[int, list[tuple[str, int]]] = {}
    for sid, title, marks in rows:
        guides.setdefault(sid, []).append((title, int(marks)))
    return guides


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _people(session: Session) -> tuple[dict[int, str], dict[tuple[int, int], int]]:
    staff = dict(session.execute(select(Staff.id, Staff.name).where(Staff.active)).all())
    levels = {(a, b): lvl for a, b, lvl in session.execute(
        select(StaffSkill.staff_id, StaffSkill.skill_id, level_expr()).join(Staff, Staff.id == StaffSkill.staff_id)
        .where(Staff.active))}
    return staff, levels


def learners_and_mentor(skill_id: int, required: int, staff: dict[int, str], levels: dict[tuple[int, int], int],
                        use: dict[int, int]) -> tuple[list[str], str, int]:
    """People below the required level who use the skill most, and the level-4 person who uses it most."""
    below = [sid for sid in staff if levels.get((sid, skill_id), 0) < required]
    below.sort(key=lambda sid: (-use.get(sid, 0), levels.get((sid, skill_id), 0), staff[sid]))
    experts = [sid for sid in staff if levels.get((sid, skill_id), 0) >= 4]
    experts.sort(key=lambda sid: (-use.get(sid, 0), staff[sid]))
    mentor = experts[0] if experts else None
    return ([staff[sid] for sid in below], staff[mentor] if mentor else "", use.get(mentor, 0) if mentor else 0)


def _reason(skill: str, demand: int, share: float, coverage: int, team: int, required: int, ref: float,
            low_n: int, low_ref: float, experts: int) -> str:
    if demand == 0:
        return f"{skill} was not needed in this period."
    text = (f"{skill} was needed in {demand} enquiries ({percent(share)}) and {coverage} of {team} staff "
            f"are at level {required} or above")
    extras = []
    if low_n and low_ref >= 0.1:
        extras.append(f"{percent(low_ref)} of its READ 1–2 enquiries were referred or escalated")
    elif ref >= 0.15:
        extras.append(f"{percent(ref)} were referred or escalated")
    if experts == 0:
        extras.append("nobody is at level 3")
    elif experts == 1:
        extras.append("only one person is at level 3 or above")
    return text + ("; " + ", and ".join(extras) if extras else "") + "."


def _action(score: float, learners: list[str], mentor: str, guides: list[tuple[str, int]]) -> tuple[str, str]:
    if score < ACT_FROM:
        return "No action needed now.", ""
    parts = []
    if learners:
        parts.append(f"Train {_names(learners[:3])}" + (f" with {mentor} as mentor" if mentor else
                                                        " (nobody is at level 4: book a course)"))
    guide_note = ""
    outdated = [(title, marks) for title, marks in guides if marks]
    if not guides:
        guide_note = "write a guide"
        parts.append("write a guide for it")
    elif outdated:
        title, marks = max(outdated, key=lambda g: g[1])
        guide_note = f"fix “{title}”"
        parts.append(f"fix the guide “{title}” (marked outdated {marks} times)")
    if not parts:
        return "Keep an eye on it.", guide_note
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + ".", guide_note


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    skills = current_skills(session)
    demand = demand_by_skill(session, flt)
    total = total_enquiries(session, flt)
    coverage, team = coverage_by_skill(session)
    use = use_by_staff(session, flt, exact=False)  # only ranks people for the suggested action
    guides = guides_by_skill(session)
    staff, levels = _people(session)
    busiest = max((demand.get(sid, (0,))[0] for sid in skills), default=0)
    rows = []
    for sid, info in skills.items():
        n, referred, escalated, low_n, low_referred, low_escalated = demand.get(sid, (0, 0, 0, 0, 0, 0))
        covered, experts = coverage.get(sid, (0, 0))
        ref, low_ref = rate(referred + escalated, n), rate(low_referred + low_escalated, low_n)
        shortfall = 1 - (covered / team if team else 0)
        signal = min(1.0, max(ref, 2 * low_ref))
        bus = 1.0 if experts == 0 else 0.5 if experts == 1 else 0.0
        score = round(100 * (n / busiest if busiest else 0) * (0.4 * shortfall + 0.4 * signal + 0.2 * bus), 1)
        learners, mentor, _ = learners_and_mentor(sid, info["required_level"], staff, levels, use.get(sid, {}))
        action, guide = _action(score, learners, mentor, guides.get(sid, []))
        if score < ACT_FROM:  # "No action needed now": a mentor and learners beside it would contradict it
            learners, mentor = [], ""
        share = rate(n, total)
        rows.append({
            "skill": info["skill"], "group": info["group"], "required_level": info["required_level"],
            "demand": n, "share": share, "coverage": covered, "team_size": team,
            "referral_rate": rate(referred, n), "escalation_rate": rate(escalated, n), "read12_demand": low_n,
            "read12_referral_rate": rate(low_referred, low_n), "read12_escalation_rate": rate(low_escalated, low_n),
            "bus_factor": experts, "gap_score": score,
            "reason": _reason(info["skill"], n, share, covered, team, info["required_level"], ref, low_n, low_ref,
                              experts),
            "action": action, "mentor": mentor, "learners": ", ".join(learners[:3]), "guide": guide,
        })
    rows.sort(key=lambda row: (-row["gap_score"], -row["demand"], row["skill"]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    top = rows[0] if rows and rows[0]["gap_score"] > 0 else None
    summary = (f"Biggest gap: {top['reason']} {top['action']}" if top
               else "No skill gaps: nothing was needed in this period.")
    return ReportResult(NAME, TITLE, COLUMNS, tuple({c: r[c] for c in COLUMNS} for r in rows), summary, flt)
