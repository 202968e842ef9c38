"""Skills administration for team leaders: groups, skills, required levels, the category → skills mapping,
and retiring or merging skills without losing history (enquiries keep the skill they were logged with;
reports follow a merged skill to the one it was merged into)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from deskapp.db import rollup
from deskapp.db.models import (
    Category,
    CategorySkill,
    ChecklistItem,
    DevelopmentPlanItem,
    EnquirySkill,
    GuideSkill,
    Skill,
    SkillGroup,
    StaffSkill,
)
from deskapp.people import level_descriptions
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _


class SkillError(ValueError):
    """A skills change that cannot be made; the message says why in a plain sentence."""


@dataclass(frozen=True)
class GroupView:
    id: int
    label: str


@dataclass(frozen=True)
class SkillView:
    id: int
    key: str
    label: str
    group_id: int
    group: str
    required_level: int
    description: str
    retired: bool
    merged_into: str | None


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:60] or "skill"


def _unique_key(session: Session, model: type[Skill | SkillGroup], label: str) -> str:
    base = key = _slug(label)
    suffix = 2
    while session.scalar(select(func.count()).select_from(model).where(model.key == key)):
        key = f"{base}-{suffix}"
        suffix += 1
    return key


def _clean_label(label: str, what: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise SkillError(_("A {what} needs a name.").format(what=what))
    if len(label) > 200:
        raise SkillError(_("A {what} name can be at most 200 characters.").format(what=what))
    return label


def _check_level(level: int) -> int:
    if not isinstance(level, int) or not 0 <= level <= 4:
        raise SkillError(_("A required level is a whole number from 0 (none) to 4 (can teach others)."))
    return level


def _skill(session: Session, skill_id: int) -> Skill:
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise SkillError(_("There is no skill with id {skill_id}.").format(skill_id=skill_id))
    return skill


def find_skill(session: Session, name_or_id: str) -> int:
    """The id of the skill with this name, key or number: how the CLI names skills. Retired and merged
    skills are found too, so they can be restored or reported on."""
    text = " ".join((name_or_id or "").split())
    if not text:
        raise SkillError(_("Name the skill (its name, key or id)."))
    skill_id = session.scalar(select(Skill.id).where(func.lower(Skill.label) == text.lower())
                              .order_by(Skill.merged_into_id.is_not(None), Skill.retired_at.is_not(None), Skill.id))
    if skill_id is None:
        skill_id = session.scalar(select(Skill.id).where(Skill.key == text.lower()))
    if skill_id is None and text.isdigit() and session.get(Skill, int(text)) is not None:
        skill_id = int(text)
    if skill_id is None:
        raise SkillError(_("There is no skill called {text!r}; `deskapp skills list --all` shows them.").format(
                text=text))
    return skill_id


def find_group(session: Session, name_or_id: str) -> int:
    """The id of the skill group with this name, key or number."""
    text = " ".join((name_or_id or "").split())
    group_id = session.scalar(select(SkillGroup.id).where(
        (func.lower(SkillGroup.label) == text.lower()) | (SkillGroup.key == text.lower())))
    if group_id is None and text.isdigit() and session.get(SkillGroup, int(text)) is not None:
        group_id = int(text)
    if group_id is None:
        labels = ", ".join(g.label for g in list_groups(session))
        raise SkillError(_("There is no skill group called {text!r}. The groups are: {labels}.").format(
                text=text,
                labels=labels))
    return group_id


def list_groups(session: Session) -> list[GroupView]:
    return [GroupView(g.id, g.label) for g in session.scalars(select(SkillGroup).order_by(SkillGroup.sort_order,
                                                                                          SkillGroup.label))]


def list_skills(session: Session, *, include_retired: bool = False) -> list[SkillView]:
    target = {s.id: s.label for s in session.scalars(select(Skill))}
    query = (select(Skill, SkillGroup.label).join(SkillGroup, SkillGroup.id == Skill.group_id)
             .order_by(SkillGroup.sort_order, Skill.sort_order, Skill.label))
    if not include_retired:
        query = query.where(Skill.retired_at.is_(None), Skill.merged_into_id.is_(None))
    return [SkillView(s.id, s.key, s.label, s.group_id, group, s.required_level, s.description,
                      s.retired_at is not None, target.get(s.merged_into_id) if s.merged_into_id else None)
            for s, group in session.execute(query)]


def create_group(session: Session, actor: Actor, label: str) -> int:
    actor.require("leader", N_("change the skills list"))
    label = _clean_label(label, "skill group")
    same = func.lower(SkillGroup.label) == label.lower()
    if session.scalar(select(func.count()).select_from(SkillGroup).where(same)):
        raise SkillError(_("There is already a skill group called {label!r}.").format(label=label))
    order = (session.scalar(select(func.max(SkillGroup.sort_order))) or 0) + 1
    group = SkillGroup(key=_unique_key(session, SkillGroup, label), label=label, sort_order=order, customised=True)
    session.add(group)
    session.flush()
    audit.record(session, actor, "create", "skill_group", group.id, {"label": label})
    return group.id


def create_skill(session: Session, actor: Actor, group_id: int, label: str, required_level: int = 2,
                 description: str = "") -> int:
    actor.require("leader", N_("change the skills list"))
    label = _clean_label(label, "skill")
    _check_level(required_level)
    if session.get(SkillGroup, group_id) is None:
        raise SkillError(_("There is no skill group with id {group_id}.").format(group_id=group_id))
    clash = session.scalar(select(Skill.id).where(func.lower(Skill.label) == label.lower(), Skill.retired_at.is_(None)))
    if clash:
        raise SkillError(_("There is already a skill called {label!r}.").format(label=label))
    order = (session.scalar(select(func.max(Skill.sort_order))) or 0) + 1
    skill = Skill(key=_unique_key(session, Skill, label), label=label, group_id=group_id,
                  required_level=required_level, description=description, sort_order=order, customised=True)
    session.add(skill)
    session.flush()
    audit.record(session, actor, "create", "skill", skill.id,
                 {"label": label, "group_id": group_id, "required_level": required_level})
    return skill.id


def update_skill(session: Session, actor: Actor, skill_id: int, *, label: str | None = None,
                 group_id: int | None = None, required_level: int | None = None,
                 description: str | None = None) -> None:
    """Change a skill; it is marked customised so seeding never overwrites the leader's words."""
    actor.require("leader", N_("change the skills list"))
    skill = _skill(session, skill_id)
    before = {"label": skill.label, "group_id": skill.group_id, "required_level": skill.required_level,
              "description": skill.description}
    after = dict(before)
    if label is not None:
        after["label"] = _clean_label(label, "skill")
    if group_id is not None:
        if session.get(SkillGroup, group_id) is None:
            raise SkillError(_("There is no skill group with id {group_id}.").format(group_id=group_id))
        after["group_id"] = group_id
    if required_level is not None:
        after["required_level"] = _check_level(required_level)
    if description is not None:
        after["description"] = description
    changes = audit.diff(before, after)
    if not changes:
        return
    for name, value in after.items():
        setattr(skill, name, value)
    skill.customised = True
    audit.record(session, actor, "update", "skill", skill.id, changes)


def list_categories(session: Session) -> list[tuple[int, str]]:
    """(id, label) of the categories staff pick, for the category → skills editor."""
    rows = session.execute(select(Category.id, Category.label).where(Category.pickable)
                           .order_by(Category.sort_order, Category.label))
    return [(category_id, label) for category_id, label in rows]


def find_category(session: Session, name_or_key: str) -> int:
    """The id of the pickable category with this label, key or number: how the CLI names categories."""
    text = " ".join((name_or_key or "").split())
    category_id = session.scalar(select(Category.id).where(
        Category.pickable, (func.lower(Category.label) == text.lower()) | (Category.key == text.lower())))
    if category_id is None and text.isdigit():
        category_id = session.scalar(select(Category.id).where(Category.pickable, Category.id == int(text)))
    if category_id is None:
        raise SkillError(_("There is no category called {text!r}; the enquiry form's list shows them.").format(
                text=text))
    return category_id


def category_skills(session: Session, category_id: int) -> list[int]:
    """The skills a category always uses (pre-filled on the form), by id."""
    return category_mapping(session, category_id)[0]


def category_mapping(session: Session, category_id: int) -> tuple[list[int], list[int]]:
    """(always used, candidates) of a category, each by skill id: the candidates are offered on the form as
    one-key choices and recorded only when picked."""
    always: list[int] = []
    candidates: list[int] = []
    for skill_id, candidate in session.execute(
            select(CategorySkill.skill_id, CategorySkill.candidate).where(CategorySkill.category_id == category_id)
            .order_by(CategorySkill.skill_id)):
        (candidates if candidate else always).append(skill_id)
    return always, candidates


def set_category_skills(session: Session, actor: Actor, category_id: int, skill_ids: list[int],
                        candidate_ids: list[int] | tuple[int, ...] = ()) -> None:
    """Replace a category's skills: `skill_ids` always used (pre-filled), `candidate_ids` offered as one-key
    choices. The category is marked customised (seeding keeps off it from then on)."""
    actor.require("leader", N_("change which skills a category needs"))
    category = session.get(Category, category_id)
    if category is None:
        raise SkillError(_("There is no category with id {category_id}.").format(category_id=category_id))
    wanted = sorted(set(skill_ids))
    wanted_candidates = sorted(set(candidate_ids) - set(wanted))  # a skill always used is no choice
    for sid in (*wanted, *wanted_candidates):
        skill = _skill(session, sid)
        if skill.retired_at is not None or skill.merged_into_id is not None:
            raise SkillError(_("{label!r} is retired: it cannot be mapped to a category.").format(label=skill.label))
    before, before_candidates = category_mapping(session, category_id)
    if (before, before_candidates) == (wanted, wanted_candidates):
        return
    session.execute(delete(CategorySkill).where(CategorySkill.category_id == category_id))
    session.add_all(CategorySkill(category_id=category_id, skill_id=sid, candidate=False) for sid in wanted)
    session.add_all(CategorySkill(category_id=category_id, skill_id=sid, candidate=True)
                    for sid in wanted_candidates)
    category.customised = True
    session.flush()
    changes: dict[str, list[list[int]]] = {}
    if before != wanted:
        changes["skill_ids"] = [before, wanted]
    if before_candidates != wanted_candidates:
        changes["candidate_skill_ids"] = [before_candidates, wanted_candidates]
    audit.record(session, actor, "update", "category_skills", category_id, changes)


def retire_skill(session: Session, actor: Actor, skill_id: int) -> None:
    """Take a skill off the lists and the enquiry form; its history (enquiries, levels, training) stays."""
    actor.require("leader", N_("retire a skill"))
    skill = _skill(session, skill_id)
    if skill.retired_at is not None:
        raise SkillError(_("{label!r} is already retired.").format(label=skill.label))
    skill.retired_at = datetime.now(UTC)
    skill.active = False
    skill.customised = True
    session.execute(delete(CategorySkill).where(CategorySkill.skill_id == skill_id))
    audit.record(session, actor, "retire", "skill", skill_id, {"label": skill.label})


def restore_skill(session: Session, actor: Actor, skill_id: int) -> None:
    actor.require("leader", N_("restore a skill"))
    skill = _skill(session, skill_id)
    if skill.merged_into_id is not None:
        raise SkillError(_("{label!r} was merged into another skill and cannot be restored.").format(
                label=skill.label))
    if skill.retired_at is None:
        return
    skill.retired_at = None
    skill.active = True
    audit.record(session, actor, "restore", "skill", skill_id, {"label": skill.label})


def merge_skill(session: Session, actor: Actor, source_id: int, target_id: int) -> None:
    """Merge `source` into `target`: from now on the source *is* the target for all of its history
    (deskapp/db/skill_identity.py): its enquiries are re-counted in the report rollups as the target's, once
    per enquiry even where both were recorded; the category mappings, guide links, checklist items and
    anyone's higher level move across. The source row stays, retired, and enquiries keep what was logged."""
    actor.require("leader", N_("merge skills"))
    if source_id == target_id:
        raise SkillError(_("A skill cannot be merged into itself."))
    source, target = _skill(session, source_id), _skill(session, target_id)
    if target.retired_at is not None or target.merged_into_id is not None:
        raise SkillError(_("{label!r} is retired: merge into a current skill.").format(label=target.label))
    if source.merged_into_id is not None:
        raise SkillError(_("{label!r} has already been merged.").format(label=source.label))
    now = datetime.now(UTC)
    identity = [source_id, *session.scalars(select(Skill.id).where(Skill.merged_into_id == source_id))]
    affected = list(session.scalars(select(EnquirySkill.enquiry_id).where(EnquirySkill.skill_id.in_(identity))
                                    .distinct()))

    def repoint() -> None:
        source.merged_into_id, source.retired_at, source.active, source.customised = target_id, now, False, True
        # Skills merged earlier into the source follow it, so an identity is always one step away.
        for earlier in session.scalars(select(Skill).where(Skill.merged_into_id == source_id)):
            earlier.merged_into_id = target_id

    rollup.recount(session, affected, repoint)
    session.execute(update(ChecklistItem).where(ChecklistItem.skill_id == source_id).values(skill_id=target_id))
    # Plans still being worked on follow the skill; finished ones keep what they were about.
    session.execute(update(DevelopmentPlanItem).where(DevelopmentPlanItem.skill_id == source_id,
                                                      DevelopmentPlanItem.status == "open")
                    .values(skill_id=target_id))
    level_descriptions.carry_over_on_merge(session, source_id, target_id)
    mapped = set(session.scalars(select(CategorySkill.category_id).where(CategorySkill.skill_id == target_id)))
    for link in session.scalars(select(CategorySkill).where(CategorySkill.skill_id == source_id)):
        if link.category_id not in mapped:
            session.add(CategorySkill(category_id=link.category_id, skill_id=target_id, candidate=link.candidate))
    session.execute(delete(CategorySkill).where(CategorySkill.skill_id == source_id))
    guides = set(session.scalars(select(GuideSkill.guide_id).where(GuideSkill.skill_id == target_id)))
    for guide_id in session.scalars(select(GuideSkill.guide_id).where(GuideSkill.skill_id == source_id)):
        if guide_id not in guides:
            session.add(GuideSkill(guide_id=guide_id, skill_id=target_id))
    targets = {row.staff_id: row for row in session.scalars(select(StaffSkill).where(StaffSkill.skill_id == target_id))}
    for row in session.scalars(select(StaffSkill).where(StaffSkill.skill_id == source_id)):
        mine = targets.get(row.staff_id)
        if mine is None:
            session.add(StaffSkill(staff_id=row.staff_id, skill_id=target_id, self_level=row.self_level,
                                   self_assessed_at=row.self_assessed_at, confirmed_level=row.confirmed_level,
                                   confirmed_by_id=row.confirmed_by_id, confirmed_at=row.confirmed_at))
            continue
        if (row.self_level or 0) > (mine.self_level or 0):
            mine.self_level, mine.self_assessed_at = row.self_level, row.self_assessed_at
        if (row.confirmed_level or 0) > (mine.confirmed_level or 0):
            mine.confirmed_level, mine.confirmed_by_id, mine.confirmed_at = (row.confirmed_level,
                                                                             row.confirmed_by_id, row.confirmed_at)
    session.flush()
    audit.record(session, actor, "merge", "skill", source_id,
                 {"merged_into_id": [None, target_id], "label": source.label, "into": target.label,
                  "enquiries_recounted": len(affected)})
