"""Checklist templates: list, read, create and edit them (leaders only; every edit bumps the version)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.checklists.records import (
    DUE_TIME,
    KEY,
    ROLES,
    SCHEDULES,
    ChecklistError,
    ItemSpec,
    TemplateDetail,
    TemplateDraft,
    TemplateSummary,
)
from deskapp.db.models import (
    ChecklistItem,
    ChecklistTemplate,
    Skill,
)
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _


def current_time(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def load_template(session: Session, template_id: int) -> ChecklistTemplate:
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise ChecklistError(_("There is no checklist with id {template_id}.").format(template_id=template_id))
    return template


def _summary(session: Session, t: ChecklistTemplate) -> TemplateSummary:
    count = session.scalar(select(func.count()).select_from(ChecklistItem)
                           .where(ChecklistItem.template_id == t.id, ChecklistItem.active))
    return TemplateSummary(t.id, t.key, t.title, t.description, t.schedule, t.due_time, t.version, int(count or 0))


def list_templates(session: Session) -> list[TemplateSummary]:
    rows = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.active)
                           .order_by(ChecklistTemplate.title))
    return [_summary(session, t) for t in rows]


def get_template(session: Session, template_id: int) -> TemplateDetail:
    template = load_template(session, template_id)
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id,
                                                        ChecklistItem.active).order_by(ChecklistItem.position))
    return TemplateDetail(_summary(session, template),
                          tuple(ItemSpec(i.key, i.text, i.required, i.role, i.skill_id) for i in items))


def template_id_for_key(session: Session, key: str) -> int | None:
    return session.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.key == key))


def used_item_keys(session: Session, template_id: int) -> set[str]:
    """Every item key the template has had, removed ones included: a new item must not revive an old key."""
    return set(session.scalars(select(ChecklistItem.key).where(ChecklistItem.template_id == template_id)))


def fresh_item_key(text: str, taken: set[str]) -> str:
    """A key for a new item, made from its text and unlike any in `taken`."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "item"
    if not base[0].isalnum():
        base = "item-" + base
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


# ---- templates -------------------------------------------------------------------------------------------

def check_draft(session: Session, draft: TemplateDraft) -> None:
    if not draft.title.strip():
        raise ChecklistError(_("A checklist needs a title."))
    if draft.schedule not in SCHEDULES:
        raise ChecklistError(_("The schedule must be one of: {value}.").format(value=', '.join(SCHEDULES)))
    if draft.due_time is not None and not DUE_TIME.match(draft.due_time):
        raise ChecklistError(_("The due time must look like 09:15 (24-hour clock)."))
    if not draft.items:
        raise ChecklistError(_("A checklist needs at least one item."))
    keys = [item.key for item in draft.items]
    if len(set(keys)) != len(keys):
        raise ChecklistError(_("Each item of a checklist needs its own key."))
    for item in draft.items:
        if not KEY.match(item.key):
            raise ChecklistError(_("Item key '{key}' must be lowercase letters, digits and hyphens.").format(
                    key=item.key))
        if not item.text.strip():
            raise ChecklistError(_("Item '{key}' needs some text.").format(key=item.key))
        if item.role not in ROLES:
            raise ChecklistError(_("Item '{key}': the role must be staff or leader.").format(key=item.key))
        if item.skill_id is not None and session.get(Skill, item.skill_id) is None:
            raise ChecklistError(_("Item '{key}': there is no skill with id {skill_id}.").format(
                    key=item.key,
                    skill_id=item.skill_id))


def _state(session: Session, template: ChecklistTemplate) -> dict[str, Any]:
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template.id,
                                                        ChecklistItem.active).order_by(ChecklistItem.position))
    return {"title": template.title, "description": template.description, "schedule": template.schedule,
            "due_time": template.due_time,
            "items": [[i.key, i.text, i.required, i.role, i.skill_id] for i in items]}


def apply_draft(session: Session, template: ChecklistTemplate, draft: TemplateDraft) -> dict[str, Any]:
    """Write `draft` onto `template`; bump the version when anything changed. Returns the changes."""
    before = _state(session, template)
    template.title, template.description = draft.title.strip(), draft.description.strip()
    template.schedule, template.due_time = draft.schedule, draft.due_time
    existing = {i.key: i for i in session.scalars(select(ChecklistItem)
                                                  .where(ChecklistItem.template_id == template.id))}
    for position, spec in enumerate(draft.items, start=1):
        row = existing.pop(spec.key, None) or ChecklistItem(template_id=template.id, key=spec.key)
        row.position, row.text, row.required = position, spec.text.strip(), spec.required
        row.role, row.skill_id, row.active = spec.role, spec.skill_id, True
        session.add(row)
    for row in existing.values():
        row.active = False  # kept: old runs' snapshots do not need it, but its key must never be reused
    session.flush()
    changes = audit.diff(before, _state(session, template))
    if changes:
        template.version += 1
    return changes


def create_template(session: Session, actor: Actor, key: str, draft: TemplateDraft) -> int:
    actor.require("leader", "create a checklist")
    if not KEY.match(key or ""):
        raise ChecklistError(_("A checklist key is lowercase letters, digits and hyphens, like 'desk-opening'."))
    if template_id_for_key(session, key) is not None:
        raise ChecklistError(_("A checklist with the key '{key}' already exists.").format(key=key))
    check_draft(session, draft)
    template = ChecklistTemplate(key=key, title=draft.title.strip(), schedule=draft.schedule, version=0,
                                 customised=True)
    session.add(template)
    session.flush()
    apply_draft(session, template, draft)
    template.version = 1
    audit.record(session, actor, "create", "checklist", template.id, {"key": key, **_state(session, template)})
    return template.id


def edit_template(session: Session, actor: Actor, template_id: int, draft: TemplateDraft) -> int:
    """A leader's edit; returns the template's (possibly new) version. Runs under way keep their copy."""
    actor.require("leader", "edit a checklist")
    template = load_template(session, template_id)
    check_draft(session, draft)
    changes = apply_draft(session, template, draft)
    if changes:
        template.customised = True
        audit.record(session, actor, "edit", "checklist", template.id, {**changes, "version": template.version})
    return template.version
