"""Guides as a folder of Markdown files: import, export (so a library can keep its guides in version
control) and seeding the starter library from resources/guides.

Files are matched to guides by `key` (the file name without `.md`). Import checks every file before it
writes anything, so a bad file leaves the database untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import Category, Guide, GuideCategory, GuideSkill, GuideVersion, Skill
from deskapp.guides.format import GuideDocument, GuideFormatError, join_tags, parse, serialise, split_tags
from deskapp.guides.guides import (
    GuideDraft,
    GuideError,
    _apply_version,
    _next_number,
    _set_links,
    create_guide,
    edit_guide,
)
from deskapp.guides.search import has_search_index, index_guide
from deskapp.platform.actor import Actor
from deskapp.platform.content_language import guide_folders
from deskapp.platform.i18n import N_, _
from deskapp.platform.seeding import SeedCounter


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def document_of(session: Session, guide_id: int) -> GuideDocument:
    guide = session.get(Guide, guide_id)
    if guide is None:
        raise GuideError(_("There is no guide with id {guide_id}.").format(guide_id=guide_id))
    categories = tuple(session.scalars(select(Category.key).join(GuideCategory)
                                       .where(GuideCategory.guide_id == guide_id).order_by(Category.sort_order)))
    skills = tuple(session.scalars(select(Skill.key).join(GuideSkill)
                                   .where(GuideSkill.guide_id == guide_id).order_by(Skill.sort_order)))
    return GuideDocument(guide.key, guide.title, guide.summary, categories, skills, split_tags(guide.tags),
                         guide.body)


def read_folder(folder: Path) -> list[GuideDocument]:
    """Parse every guide file in `folder`; raises GuideError naming the first bad file."""
    if not folder.is_dir():
        raise FileNotFoundError(_("No such folder: {folder}").format(folder=folder))
    documents = []
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        try:
            document = parse(path.read_text(encoding="utf-8"))
        except (GuideFormatError, UnicodeDecodeError) as error:
            raise GuideError(_("{name}: {error}").format(name=path.name, error=error)) from None
        if document.key != path.stem:
            raise GuideError(_("{name}: the file name must be the guide's key ('{key}.md').").format(
                    name=path.name,
                    key=document.key))
        documents.append(document)
    return documents


def _ids(session: Session, model: type[Category | Skill], keys: tuple[str, ...], what: str,
         source: str) -> tuple[int, ...]:
    found = dict(session.execute(select(model.key, model.id).where(model.key.in_(keys))).all())
    missing = [k for k in keys if k not in found]
    if missing:
        raise GuideError(_("{source}: there is no {what} with the key '{missing}'.").format(
                source=source,
                what=what,
                missing=missing[0]))
    return tuple(found[k] for k in keys)


def _draft(session: Session, document: GuideDocument) -> GuideDraft:
    source = f"{document.key}.md"
    return GuideDraft(document.title, document.summary, document.body, document.tags,
                      _ids(session, Category, document.categories, "category", source),
                      _ids(session, Skill, document.skills, "skill", source))


def _same(session: Session, guide_id: int, document: GuideDocument) -> bool:
    current = document_of(session, guide_id)
    return (current.title, current.summary, current.body, current.tags, set(current.categories),
            set(current.skills)) == (document.title, document.summary, document.body,
                                     split_tags(join_tags(document.tags)), set(document.categories),
                                     set(document.skills))


def import_folder(session: Session, actor: Actor, folder: Path) -> ImportReport:
    """Create or update (as a new published version) a guide per file. Leaders and the CLI only."""
    actor.require("leader", N_("import guides"))
    documents = read_folder(folder)
    drafts = [(document, _draft(session, document)) for document in documents]  # all checked before writing
    report = ImportReport()
    for document, draft in drafts:
        guide_id = session.scalar(select(Guide.id).where(Guide.key == document.key))
        if guide_id is None:
            create_guide(session, actor, document.key, draft)
            report.created.append(document.key)
        elif _same(session, guide_id, document):
            report.unchanged.append(document.key)
        else:
            edit_guide(session, actor, guide_id, draft, comment=f"imported from {document.key}.md")
            report.updated.append(document.key)
    return report


def export_folder(session: Session, folder: Path, *, include_unpublished: bool = False) -> int:
    """Write one `<key>.md` per guide (published ones unless asked); returns how many were written."""
    folder.mkdir(parents=True, exist_ok=True)
    statement = select(Guide.id).order_by(Guide.key)
    if not include_unpublished:
        statement = statement.where(Guide.status == "published")
    count = 0
    for guide_id in session.scalars(statement).all():
        document = document_of(session, guide_id)
        (folder / f"{document.key}.md").write_text(serialise(document), encoding="utf-8", newline="\n")
        count += 1
    return count


def starter_documents(root: Path, language: str) -> list[tuple[GuideDocument, str]]:
    """The starter guides in `language`, each with the language it is written in: the translation where
    resources/<lang>/guides has one for the key, else the English guide."""
    chosen: dict[str, tuple[GuideDocument, str]] = {}
    for folder in guide_folders(root, language):
        written_in = language if folder.parent.name == language and language != "en" else "en"
        for document in read_folder(folder):
            chosen.setdefault(document.key, (document, written_in))
    return [chosen[key] for key in sorted(chosen)]


def seed_guides(session: Session, root: Path, report: SeedCounter, language: str = "en") -> None:
    """Load the starter guides by key, in the site's language. New guides are added; unedited ones
    refreshed as a new version written by "resources" (a language switch is such a refresh); a guide
    edited in the app (customised) is never overwritten, in whatever language it was written."""
    indexed = has_search_index(session)  # seeding an old schema: its upgrade indexes these guides
    for document, written_in in starter_documents(root, language):
        draft = _draft(session, document)
        guide = session.scalars(select(Guide).where(Guide.key == document.key)).one_or_none()
        if guide is None:
            guide = Guide(key=document.key, title=document.title, summary=document.summary, body=document.body,
                          tags=join_tags(document.tags), status="published", current_version=1, customised=False,
                          language=written_in)
            session.add(guide)
            session.flush()
            session.add(GuideVersion(guide_id=guide.id, number=1, title=guide.title, summary=guide.summary,
                                     body=guide.body, tags=guide.tags, status="published",
                                     author_label="resources"))
            _set_links(session, guide.id, draft.category_ids, draft.skill_ids)
            if indexed:
                index_guide(session, guide.id)
            report.count("created", "guides")
        elif not guide.customised and (guide.language != written_in or not _same(session, guide.id, document)):
            guide.language = written_in  # before the new version is indexed: search stems by it
            number = _next_number(session, guide.id)
            version = GuideVersion(guide_id=guide.id, number=number, title=document.title,
                                   summary=document.summary, body=document.body, tags=join_tags(document.tags),
                                   status="published", author_label="resources")
            session.add(version)
            session.flush()
            _apply_version(session, guide, version, reindex=indexed)
            _set_links(session, guide.id, draft.category_ids, draft.skill_ids)
            report.count("refreshed", "guides")
