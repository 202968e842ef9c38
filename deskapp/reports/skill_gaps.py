"""Skill gaps, ranked so a team leader can defend the order: absolute signals weighed by demand.

For each skill (per desk when the period's enquiries come from more than one desk; a desk's team is the
active staff who signed in or logged a skill there in the period):

- failure: the lower end of the 95% interval of the referral rate (deskapp/reports/rates.py: passed on, not
  counting expected hand-overs), or twice that of its READ 1-2 enquiries if higher, capped at 1;
- shortfall: the share of the team below the required level;
- use below level: the share of the skill's uses by people below the required level;
- bus risk: 1 with nobody at level 3+, 0.5 with one person, else 0.

severity = 0.35 × failure + 0.25 × shortfall + 0.2 × use below level + 0.2 × bus risk, and
gap score = 100 × severity × demand ÷ (demand + 5): absolute, so a rare skill that keeps failing is not
drowned by the busiest one, while three enquiries weigh less than three hundred. A rate over fewer than 20
enquiries is flagged as a small sample and ranks by its lower bound, never as certain.
Priority: "act now" from a score of 30, "plan" from 15, else "no action needed" (or "not needed" without
demand; retired skills keep their history and are marked "retired").
Mentors: a level-4 person from the team who uses the skill most, at most MENTOR_CAPACITY skills each
down the ranking (nobody mentors five things at once).
Guides: a skill no guide covers gets "write a guide", with the most searched guide search of the period
that found nothing useful and names the skill's words (deskapp.guides.misses counts them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Guide,
    GuideFeedback,
    GuideSkill,
    RollupEnquiryCount,
    RollupSkillCount,
    RollupStaffSkillCount,
    SearchMiss,
    Staff,
)
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, format_number, ngettext
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    desk_teams,
    desks_in_period,
    each_desk,
    filter_clause,
    report_skills,
    require_leader,
    skill_status,
    staff_levels,
)
from deskapp.reports.rates import Outcomes, percent, rate

NAME = "skill-gaps"
TITLE = "Skill gaps"
COLUMNS = ("rank", "desk", "skill", "group", "status", "priority", "gap_score", "evidence", "reason", "action",
           "required_level", "demand", "share", "passed_on", "referral_rate", "expected_handovers", "read12_demand",
           "read12_passed_on", "read12_referral_rate", "coverage", "team_size", "below_level_use", "bus_factor",
           "small_sample", "mentor", "learners", "guide")
ACT_NOW, PLAN = 30.0, 15.0
DEMAND_HALF = 5  # demand at which the demand weight is one half
MENTOR_CAPACITY = 2
ALL_DESKS_LABEL = "All desks"


@dataclass(frozen=True)
class SkillCounts:
    all: Outcomes
    low: Outcomes  # READ 1-2


def _counts(row: Any) -> SkillCounts:
    n, referred, escalated, expected, low_n, low_referred, low_escalated, low_expected = (int(v or 0) for v in row)
    return SkillCounts(Outcomes(n, referred, escalated, expected),
                       Outcomes(low_n, low_referred, low_escalated, low_expected))


def demand_by_skill(session: Session, flt: ReportFilter, *, per_desk: bool) -> dict[tuple[int, int], SkillCounts]:
    """(desk id or 0 for all desks, skill id) -> counts. Skill ids are already the skill each counts as."""
    r = RollupSkillCount
    where = filter_clause(r, each_desk(session, flt) if per_desk else flt)
    rows = session.execute(
        select(r.desk_id, r.skill_id, func.sum(r.n), func.sum(r.referred), func.sum(r.escalated),
               func.sum(r.expected), func.sum(r.low_n), func.sum(r.low_referred), func.sum(r.low_escalated),
               func.sum(r.low_expected))
        .where(where).group_by(r.desk_id, r.skill_id))
    out: dict[tuple[int, int], SkillCounts] = {}
    for d, sid, *rest in rows:  # several chosen desks reported together add up here (a few rows per skill)
        key, counts = (int(d) if per_desk else 0, sid), _counts(rest)
        old = out.get(key)
        out[key] = counts if old is None else SkillCounts(old.all + counts.all, old.low + counts.low)
    return out


def use_by_staff(session: Session, flt: ReportFilter, *, per_desk: bool) -> dict[tuple[int, int], dict[int, int]]:
    """(desk id or 0, skill id) -> {staff id: enquiries they used it on}."""
    r = RollupStaffSkillCount
    where = filter_clause(r, each_desk(session, flt) if per_desk else flt)
    use: dict[tuple[int, int], dict[int, int]] = {}
    for d, sid, staff_id, n in session.execute(select(r.desk_id, r.skill_id, r.staff_id, func.sum(r.n))
                                               .where(where).group_by(r.desk_id, r.skill_id, r.staff_id)):
        people = use.setdefault((int(d) if per_desk else 0, sid), {})
        people[staff_id] = people.get(staff_id, 0) + int(n)
    return use


def total_enquiries(session: Session, flt: ReportFilter, *, per_desk: bool) -> dict[int, int]:
    e = RollupEnquiryCount
    where = filter_clause(e, each_desk(session, flt) if per_desk else flt)
    totals: dict[int, int] = {}
    for d, n in session.execute(select(e.desk_id, func.sum(e.n)).where(where, e.dim == "all").group_by(e.desk_id)):
        key = int(d) if per_desk else 0
        totals[key] = totals.get(key, 0) + int(n)
    return totals


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
    if len(names) == 1:
        return names[0]
    return _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def learners_and_mentors(skill_id: int, required: int, team: dict[int, str], levels: dict[tuple[int, int], int],
                         use: dict[int, int]) -> tuple[list[int], list[int]]:
    """Team members below the required level who use the skill most, and the level-4 people who use it most."""
    below = [sid for sid in team if levels.get((sid, skill_id), 0) < required]
    below.sort(key=lambda sid: (-use.get(sid, 0), levels.get((sid, skill_id), 0), team[sid]))
    experts = [sid for sid in team if levels.get((sid, skill_id), 0) >= 4]
    experts.sort(key=lambda sid: (-use.get(sid, 0), team[sid]))
    return below, experts


def score(counts: SkillCounts, shortfall: float, below_use: float, experts: int) -> float:
    failure = min(1.0, max(counts.all.lower_bound, 2 * counts.low.lower_bound))
    bus = 1.0 if experts == 0 else 0.5 if experts == 1 else 0.0
    severity = 0.35 * failure + 0.25 * shortfall + 0.2 * below_use + 0.2 * bus
    n = counts.all.n
    return round(100 * severity * (n / (n + DEMAND_HALF)), 1) if n else 0.0


def priority(value: float, demand: int, retired: bool) -> str:
    if retired:
        return "retired"
    if demand == 0:
        return "not needed"
    return "act now" if value >= ACT_NOW else "plan" if value >= PLAN else "no action needed"


def evidence(counts: SkillCounts, covered: int, team: int, required: int, below_uses: int, experts: int) -> str:
    """The numbers behind the score, each with its sample size."""
    a, low = counts.all, counts.low
    staff_at = _("{covered} of {team} staff at level {required}+").format(covered=covered, team=team,
                                                                            required=required)
    if a.n == 0:
        return _("not needed in this period; {staff_at}").format(staff_at=staff_at)
    parts = [_("{passed_on} of {n} passed on").format(passed_on=a.passed_on, n=a.n)]
    if low.n:
        parts[0] += " " + _("(READ 1–2: {passed_on} of {n})").format(passed_on=low.passed_on, n=low.n)
    if a.expected:
        parts.append(ngettext("{n} expected hand-over not counted", "{n} expected hand-overs not counted",
                              a.expected).format(n=a.expected))
    parts.append(staff_at)
    if a.n:
        parts.append(_("{below} of {n} uses below level {required}").format(below=below_uses, n=a.n,
                                                                            required=required))
    parts.append(_("nobody at level 3+") if experts == 0 else
                 ngettext("{n} person at level 3+", "{n} people at level 3+", experts).format(n=experts))
    text = "; ".join(parts)
    small = " — " + ngettext("small sample ({n} enquiry)", "small sample ({n} enquiries)", a.n).format(n=a.n)
    return text + (small if a.small and a.n else "")


def _reason(skill: str, desk: str, counts: SkillCounts, share: float, covered: int, team: int, required: int,
            experts: int, retired_on: Any) -> str:
    where = "" if desk == ALL_DESKS_LABEL else " " + _("at {desk}").format(desk=desk)
    if retired_on:
        return _("{skill} was retired on {day}; its history stays in the figures.").format(
            skill=skill, day=retired_on.isoformat())
    a, low = counts.all, counts.low
    if a.n == 0:
        return _("{skill} was not needed{where} in this period.").format(skill=skill, where=where)
    text = ngettext("{skill} was needed in {n} enquiry{where} ({share}) and {covered} of {team} staff are at "
                    "level {required} or above",
                    "{skill} was needed in {n} enquiries{where} ({share}) and {covered} of {team} staff are at "
                    "level {required} or above", a.n).format(skill=skill, n=a.n, where=where, share=percent(share),
                                                             covered=covered, team=team, required=required)
    extras = []
    if low.n and low.rate >= 0.1:
        extras.append(ngettext("{passed_on} of its {n} READ 1–2 enquiry was passed on",
                               "{passed_on} of its {n} READ 1–2 enquiries were passed on", low.n).format(
            passed_on=low.passed_on, n=low.n))
    elif a.rate >= 0.15:
        extras.append(_("{passed_on} of {n} were passed on").format(passed_on=a.passed_on, n=a.n))
    if experts == 0:
        extras.append(_("nobody is at level 3"))
    elif experts == 1:
        extras.append(_("only one person is at level 3 or above"))
    return text + ("; " + _(", and ").join(extras) if extras else "") + "."


MATCH_LETTERS = 5  # "printer" and "printing" share "print": enough to tie a search to a skill's name


def missed_searches(session: Session, flt: ReportFilter) -> list[tuple[str, int]]:
    """Guide searches that found nothing useful in the period's months (deskapp.guides.misses keeps them by
    month and words only), most searched first."""
    total = func.sum(SearchMiss.searches)
    rows = session.execute(select(SearchMiss.query, total)
                           .where(SearchMiss.month >= flt.start.strftime("%Y-%m"),
                                  SearchMiss.month <= flt.end.strftime("%Y-%m"))
                           .group_by(SearchMiss.query).order_by(total.desc(), SearchMiss.query))
    return [(query, int(n)) for query, n in rows]


def _search_for(skill: str, searches: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The most searched missed search that names this skill's words ("android" for "Configure eduroam on
    Android"): what the guide to write should answer."""
    stems = {word[:MATCH_LETTERS] for word in re.findall(r"[^\W_]{4,}", skill.lower())}
    return next(((query, n) for query, n in searches
                 if any(word[:MATCH_LETTERS] in stems for word in query.split() if len(word) >= 4)), None)


def _action(level: str, learners: list[str], mentor: str, guides: list[tuple[str, int]],
            searched: tuple[str, int] | None = None) -> tuple[str, str]:
    if level not in ("act now", "plan"):
        return (_("No action needed now.") if level == "no action needed" else ""), ""
    parts = []
    if learners:
        parts.append(_("Train {names} with {mentor} as mentor").format(names=_names(learners[:3]), mentor=mentor)
                     if mentor else
                     _("Train {names} (no level-4 mentor free: book a course)").format(names=_names(learners[:3])))
    guide_note = ""
    outdated = [(title, marks) for title, marks in guides if marks]
    if not guides:
        guide_note = _("write a guide")
        if searched is None:
            parts.append(_("write a guide for it"))
        else:
            query, times = searched
            parts.append(ngettext("write a guide for it (searched {n} time in the period with no guide: “{query}”)",
                                  "write a guide for it (searched {n} times in the period with no guide: "
                                  "“{query}”)", times).format(n=times, query=query))
    elif outdated:
        title, marks = max(outdated, key=lambda g: g[1])
        guide_note = _("fix “{title}”").format(title=title)
        parts.append(ngettext("fix the guide “{title}” (marked outdated {n} time)",
                              "fix the guide “{title}” (marked outdated {n} times)", marks).format(
            title=title, n=marks))
    if not parts:
        return _("Keep an eye on it."), guide_note
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + ".", guide_note


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    desks = desks_in_period(session, flt)
    per_desk = len(desks) > 1
    demand = demand_by_skill(session, flt, per_desk=per_desk)
    skills = report_skills(session, flt, {sid for _desk, sid in demand})
    totals = total_enquiries(session, flt, per_desk=per_desk)
    use = use_by_staff(session, flt, per_desk=per_desk)
    everyone = dict(session.execute(select(Staff.id, Staff.name).where(Staff.active)).all())
    teams = ({d: {p: everyone[p] for p in people if p in everyone}
              for d, people in desk_teams(session, flt, list(desks)).items()} if per_desk else {0: everyone})
    desk_label = desks if per_desk else {0: ALL_DESKS_LABEL}
    levels = staff_levels(session)
    guides = guides_by_skill(session)
    searches = missed_searches(session, flt)
    rows = []
    for desk_id, team in teams.items():
        for sid, info in skills.items():
            counts = demand.get((desk_id, sid), SkillCounts(Outcomes(), Outcomes()))
            required = info["required_level"]
            covered = sum(1 for p in team if levels.get((p, sid), 0) >= required)
            experts = sum(1 for p in team if levels.get((p, sid), 0) >= 3)
            uses = use.get((desk_id, sid), {})
            below_uses = sum(n for p, n in uses.items() if levels.get((p, sid), 0) < required)
            shortfall = 1 - covered / len(team) if team else 1.0
            value = score(counts, shortfall, rate(below_uses, counts.all.n), experts)
            level = priority(value, counts.all.n, info["retired_on"] is not None)
            a, low = counts.all, counts.low
            share = rate(a.n, totals.get(desk_id, 0))
            rows.append({
                "_sid": sid, "_desk": desk_id, "_team": team, "_uses": uses,
                "desk": desk_label[desk_id], "skill": info["skill"], "group": info["group"],
                "status": skill_status(info), "priority": level, "gap_score": value if level != "retired" else 0.0,
                "evidence": evidence(counts, covered, len(team), required, below_uses, experts),
                "reason": _reason(info["skill"], desk_label[desk_id], counts, share, covered, len(team), required,
                                  experts, info["retired_on"]),
                "required_level": required, "demand": a.n, "share": share, "passed_on": a.passed_on,
                "referral_rate": a.rate, "expected_handovers": a.expected, "read12_demand": low.n,
                "read12_passed_on": low.passed_on, "read12_referral_rate": low.rate, "coverage": covered,
                "team_size": len(team), "below_level_use": rate(below_uses, a.n), "bus_factor": experts,
                "small_sample": bool(a.n and a.small),
            })
    rows.sort(key=lambda row: (-row["gap_score"], -row["demand"], row["skill"], row["desk"]))
    mentoring: dict[int, int] = {}  # staff id -> skills they are suggested to mentor in this report
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
        learners, mentors = learners_and_mentors(row["_sid"], row["required_level"], row["_team"], levels,
                                                 row["_uses"])
        mentor = next((p for p in mentors if mentoring.get(p, 0) < MENTOR_CAPACITY), None)
        acting = row["priority"] in ("act now", "plan")
        if acting and mentor is not None and learners:
            mentoring[mentor] = mentoring.get(mentor, 0) + 1
        names = [row["_team"][p] for p in learners]
        mentor_name = row["_team"][mentor] if mentor is not None else ""
        row["action"], row["guide"] = _action(row["priority"], names, mentor_name, guides.get(row["_sid"], []),
                                              _search_for(row["skill"], searches))
        row["mentor"] = mentor_name if acting and learners else ""
        row["learners"] = ", ".join(names[:3]) if acting else ""
        row["_mentor_id"], row["_learner_ids"] = (mentor if acting else None), (learners if acting else [])
    return rows


def summary_for(rows: list[dict[str, Any]]) -> str:
    acting = [r for r in rows if r["priority"] in ("act now", "plan")]
    if not acting:
        needed = any(r["demand"] for r in rows)
        return (_("No skill gaps to act on: every skill needed in this period is covered.") if needed
                else _("No skill gaps: nothing was needed in this period."))
    picks = []
    for i, row in enumerate(acting[:3], start=1):
        where = "" if row["desk"] == ALL_DESKS_LABEL else " " + _("at {desk}").format(desk=row["desk"])
        picks.append(_("{i}. {skill}{where} ({priority}, score {score}: {evidence})").format(
            i=i, skill=row["skill"], where=where, priority=_(row["priority"]),
            score=format_number(row["gap_score"]), evidence=row["evidence"]))
    return _("Act on these first: {picks}").format(picks=" ".join(picks))


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    return ReportResult(NAME, TITLE, COLUMNS, tuple({c: r[c] for c in COLUMNS} for r in rows), summary_for(rows),
                        flt)
