"""The starter checklists from resources/checklists (and resources/<language>/checklists), read into the
database at seeding without overwriting what a site has edited."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.checklists.records import ChecklistError, ItemSpec, TemplateDraft
from deskapp.checklists.templates import apply_draft, check_draft
from deskapp.db.models import (
    ChecklistTemplate,
    Skill,
)
from deskapp.platform.content_language import load_localised
from deskapp.platform.i18n import _
from deskapp.platform.seeding import SeedCounter


def read_template_file(session: Session, path: Path, language: str = "en") -> tuple[str, TemplateDraft]:
    """A checklist file, in `language`: resources/<lang>/checklists/<same name> holds its words by key."""
    data = load_localised(path.parent.parent, f"{path.parent.name}/{path.name}", language)
    skills = dict(session.execute(select(Skill.key, Skill.id)).all())
    items = []
    for raw in data.get("item", []):
        skill = raw.get("skill")
        if skill is not None and skill not in skills:
            raise ChecklistError(_("{name}: item '{value}' names an unknown skill '{skill}'.").format(
                    name=path.name,
                    value=raw.get('key'),
                    skill=skill))
        items.append(ItemSpec(raw["key"], raw["text"], bool(raw.get("required", True)), raw.get("role", "staff"),
                              skills.get(skill) if skill else None))
    key = data.get("key", path.stem)
    if key != path.stem:
        raise ChecklistError(_("{name}: the file name must be the checklist's key ('{key}.toml').").format(
                name=path.name,
                key=key))
    draft = TemplateDraft(data["title"], data.get("description", ""), data.get("schedule", "on-demand"),
                          data.get("due_time"), tuple(items))
    check_draft(session, draft)
    return key, draft


def seed_checklists(session: Session, root: Path, report: SeedCounter, language: str = "en") -> None:
    """Load resources/checklists by key, in the site's language; templates edited in the app (customised)
    are left alone, so a language switch relabels only the ones the site has not changed."""
    folder = root / "checklists"
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        key, draft = read_template_file(session, path, language)
        template = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == key)).one_or_none()
        if template is None:
            template = ChecklistTemplate(key=key, title=draft.title, schedule=draft.schedule, version=0)
            session.add(template)
            session.flush()
            apply_draft(session, template, draft)
            template.version = 1
            report.count("created", "checklist_templates")
        elif not template.customised and apply_draft(session, template, draft):
            report.count("refreshed", "checklist_templates")
