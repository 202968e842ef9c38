"""What each proficiency level (0-4) means for one skill, in words a person can rate themselves by and a
leader can confirm by. A leader writes them per skill; a level without its own words is described in the
general words below, so every level of every skill always has a description."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from deskapp.db.models import Skill, SkillLevelDescription
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _

LEVELS = (0, 1, 2, 3, 4)
MAX_CHARS = 300  # one or two sentences: it is read beside a spin box, not as a manual

# The general words, used wherever a leader has not described a level for the skill.
GENERAL = {
    0: "Has not done this yet.",
    1: "Knows what it is and whom to pass it to; needs a colleague to do it.",
    2: "Does it with a guide or checklist at hand.",
    3: "Does it alone, including the usual problems, without a guide.",
    4: "Handles the unusual cases too, and can teach and mentor colleagues.",
}


class LevelDescriptionError(ValueError):
    """A description that cannot be saved; the message says why."""


def descriptions(session: Session, skill_id: int) -> dict[int, str]:
    """Level -> words for one skill: the leader's where written, else the general ones."""
    own = custom_descriptions(session, skill_id)
    return {level: own.get(level) or GENERAL[level] for level in LEVELS}


def custom_descriptions(session: Session, skill_id: int) -> dict[int, str]:
    """Only the levels a leader has described for this skill (for the editor: empty means general)."""
    rows = session.execute(select(SkillLevelDescription.level, SkillLevelDescription.text)
                           .where(SkillLevelDescription.skill_id == skill_id))
    return {level: text for level, text in rows}


def all_descriptions(session: Session) -> dict[int, dict[int, str]]:
    """Skill -> level -> words, for screens that show many skills at once (one query)."""
    own: dict[int, dict[int, str]] = {}
    for skill_id, level, text in session.execute(select(SkillLevelDescription.skill_id, SkillLevelDescription.level,
                                                        SkillLevelDescription.text)):
        own.setdefault(skill_id, {})[level] = text
    skill_ids = session.scalars(select(Skill.id))
    return {sid: {level: own.get(sid, {}).get(level) or GENERAL[level] for level in LEVELS} for sid in skill_ids}


def set_descriptions(session: Session, actor: Actor, skill_id: int, texts: dict[int, str]) -> None:
    """Replace the given levels' words for a skill; an empty text goes back to the general words."""
    actor.require("leader", N_("describe a skill's levels"))
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise LevelDescriptionError(_("There is no skill with id {skill_id}.").format(skill_id=skill_id))
    if skill.merged_into_id is not None:
        raise LevelDescriptionError(_("{label!r} was merged into another skill: describe that one.").format(
                label=skill.label))
    cleaned: dict[int, str] = {}
    for level, text in texts.items():
        if level not in LEVELS:
            raise LevelDescriptionError(_("Levels run from 0 (none) to 4 (can teach others)."))
        words = " ".join((text or "").split())
        if len(words) > MAX_CHARS:
            raise LevelDescriptionError(_("Level {level}'s description is {n_words} characters; keep it to "
                                          "{MAX_CHARS}.").format(level=level, n_words=len(words), MAX_CHARS=MAX_CHARS))
        cleaned[level] = words
    before = custom_descriptions(session, skill_id)
    changes = {str(level): [before.get(level, ""), words] for level, words in cleaned.items()
               if before.get(level, "") != words}
    if not changes:
        return
    now = datetime.now(UTC)
    for level, words in cleaned.items():
        row = session.get(SkillLevelDescription, (skill_id, level))
        if not words:
            if row is not None:
                session.execute(delete(SkillLevelDescription).where(SkillLevelDescription.skill_id == skill_id,
                                                                    SkillLevelDescription.level == level))
            continue
        if row is None:
            session.add(SkillLevelDescription(skill_id=skill_id, level=level, text=words, updated_at=now,
                                              updated_by_id=actor.staff_id))
        else:
            row.text, row.updated_at, row.updated_by_id = words, now, actor.staff_id
    session.flush()
    audit.record(session, actor, "describe-levels", "skill_levels", skill_id, changes)


def carry_over_on_merge(session: Session, source_id: int, target_id: int) -> None:
    """A merge keeps the target's own words and takes the source's for levels the target had not described."""
    target = custom_descriptions(session, target_id)
    for level, text in custom_descriptions(session, source_id).items():
        if level not in target:
            session.add(SkillLevelDescription(skill_id=target_id, level=level, text=text,
                                              updated_at=datetime.now(UTC)))
    session.flush()
