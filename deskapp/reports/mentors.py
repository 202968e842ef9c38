"""Mentor pairs: for each skill gap to act on, a mentor (level 4, from the desk's team, uses the skill most,
never more than skill_gaps.MENTOR_CAPACITY skills at once) and the learners below the required level who
use it most. The same pairs the skill-gap ranking suggests, so the two reports never disagree."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _
from deskapp.reports import skill_gaps
from deskapp.reports.common import ReportFilter, ReportResult, require_leader

NAME = "mentors"
TITLE = "Mentor pairs"
COLUMNS = ("desk", "skill", "priority", "gap_score", "mentor", "mentor_uses", "learners", "learner_count", "note")
TOP_GAPS = 10


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    gaps = [row for row in skill_gaps.compute_rows(session, flt)
            if row["priority"] in ("act now", "plan")][:TOP_GAPS]
    rows = []
    for gap in gaps:
        team, learners = gap["_team"], gap["_learner_ids"][:5]
        mentor = gap["_mentor_id"]
        if mentor is None:
            note = "No level-4 mentor is free in this team: book a course or an outside trainer."
        elif not learners:
            note = "Everyone is at the required level."
        else:
            note = (f"{team[mentor]} could mentor {len(learners)} "
                    f"{'person' if len(learners) == 1 else 'people'}.")
        rows.append({"desk": gap["desk"], "skill": gap["skill"], "priority": gap["priority"],
                     "gap_score": gap["gap_score"], "mentor": team[mentor] if mentor is not None else "",
                     "mentor_uses": gap["_uses"].get(mentor, 0) if mentor is not None else 0,
                     "learners": ", ".join(team[p] for p in learners), "learner_count": len(learners),
                     "note": note})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    paired = [r for r in rows if r["mentor"] and r["learners"]]
    if paired:
        first = paired[0]
        summary = (_("{n_paired} of the {n_rows} gaps to act on have a mentor; start with {first}: {first2} with "
                     "{first3}.").format(
                n_paired=len(paired),
                n_rows=len(rows),
                first=first['skill'],
                first2=first['mentor'],
                first3=first['learners']))
    else:
        summary = _("No mentor pairs to suggest for this period.")
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
