"""One definition of a skill's identity over time, for every report, rollup and link.

A skill merged into another *is* that other skill from then on, for all of its history: its enquiries,
training records and checklist links count as the skill it went into. `Skill.merged_into_id` always names a
current skill (a merge re-points the skills merged earlier into the source), so one step is enough.
A retired skill keeps its own identity: its history stays in the reports, marked retired, and it can be
restored.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import Skill

# SQL over a `skills` row aliased `s`: the skill it counts as.
COUNTS_AS_SQL = "COALESCE({alias}.merged_into_id, {alias}.id)"


def counts_as(skill: Any = Skill) -> Any:
    """SQLAlchemy expression: the skill a row of `skill` (the model or an alias of it) counts as."""
    return func.coalesce(skill.merged_into_id, skill.id)


def current_id(session: Session, skill_id: int | None) -> int | None:
    """The skill `skill_id` counts as now (itself unless it was merged away)."""
    if skill_id is None:
        return None
    merged = session.scalar(select(Skill.merged_into_id).where(Skill.id == skill_id))
    return merged or skill_id


def identity_map(session: Session) -> dict[int, int]:
    """Every skill id -> the skill id it counts as (small: one row per skill, never per enquiry)."""
    return {sid: merged or sid for sid, merged in session.execute(select(Skill.id, Skill.merged_into_id))}
