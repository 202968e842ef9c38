"""Mentor pairs: for each of the top skill gaps, a mentor (level 4, uses the skill often) and the learners
below the required level who use it most."""

from __future__ import annotations

from sqlalchemy.orm import Session

from deskapp.platform.actor import Actor
from deskapp.reports import skill_gaps
from deskapp.reports.common import ReportFilter, ReportResult, require_leader

NAME = "mentors"
TITLE = "Mentor pairs"
COLUMNS = ("skill", "gap_score", "mentor", "mentor_uses", "learners", "learner_count", "note")
TOP_GAPS = 10


def compute_rows(session: Session, flt: ReportFilter) -> list[dict]:
    gaps = [row for row in skill_gaps.compute_rows(session, flt) if row["gap_score"] > 0][:TOP_GAPS]
    skills = {info["skill"]: (sid, info) for sid, info in skill_gaps.current_skills(session).items()}
    use = skill_gaps.use_by_staff(session, flt)
    staff, levels = skill_gaps._people(session)
    rows = []
    for gap in gaps:
        sid, info = skills[gap["skill"]]
        learners, mentor, mentor_uses = skill_gaps.learners_and_mentor(sid, info["required_level"], staff, levels,
                                                                        use.get(sid, {}))
        learners = learners[:5]
        if not mentor:
            note = "Nobody is at level 4: book a course or an outside trainer."
        elif not learners:
            note = "Everyone is at the required level."
        else:
            note = f"{mentor} could mentor {len(learners)} {'person' if len(learners) == 1 else 'people'}."
        rows.append({"skill": gap["skill"], "gap_score": gap["gap_score"], "mentor": mentor,
                     "mentor_uses": mentor_uses, "learners": ", ".join(learners), "learner_count": len(learners),
                     "note": note})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    paired = [r for r in rows if r["mentor"] and r["learners"]]
    if paired:
        first = paired[0]
        summary = (f"{len(paired)} of the top {len(rows)} gaps have a mentor; start with {first['skill']}: "
                   f"{first['mentor']} with {first['learners']}.")
    else:
        summary = "No mentor pairs to suggest for this period."
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
