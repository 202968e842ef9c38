"""Seed the reference data from resources/, idempotently, by stable key.

Labels and texts are refreshed from the files on every upgrade, except rows a team leader has edited in
the app (`customised`); user data is never touched. A fingerprint of the resource files (and the site's
content language) makes the unchanged case (every ordinary start-up) one small query.

The words come in the site's content language (deskapp.platform.content_language): a new database takes
the system locale's, an existing one keeps its own; `set_content_language` switches a site later, which
relabels exactly what an upgrade would refresh, so whatever the site edited or translated itself stays.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    AppSetting,
    Category,
    CategorySkill,
    Channel,
    DurationBand,
    Outcome,
    PatronType,
    ReadLevel,
    ReferralTarget,
    Skill,
    SkillGroup,
)
from deskapp.platform import content_language
from deskapp.platform.content_language import load_localised
from deskapp.platform.paths import resources_dir

FINGERPRINT_KEY = "seed.fingerprint"


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)
    refreshed: dict[str, int] = field(default_factory=dict)
    skipped: bool = False

    def count(self, kind: str, table: str) -> None:
        target = self.created if kind == "created" else self.refreshed
        target[table] = target.get(table, 0) + 1


def resources_fingerprint(root: Path, language: str = content_language.DEFAULT) -> str:
    digest = hashlib.sha256()
    if language != content_language.DEFAULT:  # English keeps the fingerprint databases already hold
        digest.update(f"language={language}".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_toml(root: Path, name: str) -> dict[str, Any]:
    with (root / name).open("rb") as handle:
        return tomllib.load(handle)


# The tables seeded by a stable key (ReferenceMixin's).
_Keyed = TypeVar("_Keyed", Category, Channel, DurationBand, Outcome, PatronType, ReferralTarget, Skill, SkillGroup)


def _upsert(session: Session, model: type[_Keyed], key: str, values: dict[str, Any], report: SeedReport) -> _Keyed:
    """Create the row for `key`, or refresh its seeded values unless a leader has customised it."""
    row = session.scalars(select(model).where(model.key == key)).one_or_none()
    table = model.__tablename__
    if row is None:
        row = model(key=key, **values)
        session.add(row)
        session.flush()
        report.count("created", table)
        return row
    if not row.customised:
        changed = False
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        if changed:
            report.count("refreshed", table)
    return row


def _seed_simple(session: Session, model: type[_Keyed], rows: list[dict[str, Any]], report: SeedReport,
                 extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
    for order, item in enumerate(rows, start=1):
        values = {"label": item["label"], "description": item.get("description", ""), "sort_order": order}
        if extra:
            values.update(extra(item))
        _upsert(session, model, item["key"], values, report)


def seed_reference(session: Session, root: Path, report: SeedReport,
                   language: str = content_language.DEFAULT) -> None:
    ref = load_localised(root, "reference.toml", language)
    for item in ref["read_level"]:
        row = session.get(ReadLevel, item["level"])
        if row is None:
            session.add(ReadLevel(level=item["level"], label=item["label"], description=item["description"]))
            report.count("created", "read_levels")
        elif not row.customised and (row.label, row.description) != (item["label"], item["description"]):
            row.label, row.description = item["label"], item["description"]
            report.count("refreshed", "read_levels")
    _seed_simple(session, Channel, ref["channel"], report)
    _seed_simple(session, PatronType, ref["patron_type"], report)
    _seed_simple(session, ReferralTarget, ref["referral_target"], report)
    _seed_simple(session, DurationBand, ref["duration_band"], report,
                 lambda i: {"min_minutes": i["min_minutes"], "max_minutes": i.get("max_minutes")})
    _seed_simple(session, Outcome, ref["outcome"], report,
                 lambda i: {"kind": i["kind"], "needs_target": i.get("needs_target", False)})


def seed_skills_and_categories(session: Session, root: Path, report: SeedReport,
                               language: str = content_language.DEFAULT) -> None:
    data = load_localised(root, "skills.toml", language)
    groups = {}
    for order, item in enumerate(data["group"], start=1):
        groups[item["key"]] = _upsert(session, SkillGroup, item["key"],
                                      {"label": item["label"], "sort_order": order}, report)
    skills = {}
    for order, item in enumerate(data["skill"], start=1):
        values = {
            "label": item["label"],
            "description": item.get("description", ""),
            "sort_order": order,
            "group_id": groups[item["group"]].id,
            "required_level": item["required_level"],
        }
        skills[item["key"]] = _upsert(session, Skill, item["key"], values, report)

    categories = load_localised(root, "categories.toml", language)["category"]
    for order, item in enumerate(categories, start=1):
        values = {
            "label": item["label"],
            "description": item.get("description", ""),
            "sort_order": order,
            "domain": item["domain"],
            "aliases": " ".join(item.get("aliases", [])),
            "pickable": item.get("pickable", True),
        }
        category = _upsert(session, Category, item["key"], values, report)
        if category.customised:
            continue  # a leader owns this category's mapping now
        links = {link.skill_id: link for link in session.scalars(
            select(CategorySkill).where(CategorySkill.category_id == category.id))}
        wanted = [(key, False) for key in item.get("skills", [])] + [(key, True)
                                                                     for key in item.get("candidates", [])]
        for skill_key, candidate in wanted:
            skill = skills[skill_key]
            link = links.get(skill.id)
            if link is None:
                session.add(CategorySkill(category_id=category.id, skill_id=skill.id, candidate=candidate))
                report.count("created", "category_skills")
            elif link.candidate != candidate:
                # A skill the resources now offer as a choice (or now always use): the link follows, so a
                # database seeded before candidate skills stops counting all four eduroam skills per Wi-Fi.
                link.candidate = candidate
                report.count("refreshed", "category_skills")


def _seed_guides(session: Session, root: Path, report: SeedReport, language: str) -> None:
    from deskapp.guides.files import seed_guides  # late import: start-up pays for it only when seeding

    seed_guides(session, root, report, language)


def _seed_search_aliases(session: Session, root: Path, report: SeedReport, language: str) -> None:
    from deskapp.guides.aliases import seed_aliases

    for _ in range(seed_aliases(session, root, language)):
        report.count("created", "search_aliases")


def _seed_checklists(session: Session, root: Path, report: SeedReport, language: str) -> None:
    from deskapp.checklists.seeding import seed_checklists

    seed_checklists(session, root, report, language)


# Later areas (guides, checklists) add their seeders here: each takes (session, root, report, language).
EXTRA_SEEDERS: list[Callable[[Session, Path, SeedReport, str], None]] = [_seed_guides, _seed_search_aliases,
                                                                          _seed_checklists]


def site_language(session: Session) -> str:
    """The site's content language: its setting; a database seeded before languages existed is English."""
    stored = session.get(AppSetting, content_language.SETTING_KEY)
    if stored is not None and stored.value in content_language.LANGUAGES:
        return stored.value
    return content_language.DEFAULT


def _language_to_seed(session: Session) -> str:
    """The stored language; for a database never seeded, the system locale's (remembered from now on);
    for one seeded before the setting existed, English, its language then."""
    stored = session.get(AppSetting, content_language.SETTING_KEY)
    if stored is not None and stored.value in content_language.LANGUAGES:
        return stored.value
    seeded_before = session.get(AppSetting, FINGERPRINT_KEY) is not None
    language = content_language.DEFAULT if seeded_before else content_language.system_language()
    _store(session, content_language.SETTING_KEY, language)
    return language


def _store(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def seed(session: Session, root: Path | None = None, *, force: bool = False,
         language: str | None = None) -> SeedReport:
    """Seed everything from `root` (default: the bundled resources/). Safe to run any number of times.
    `language` is for a new database only (tests, demo data); a site switches with set_content_language."""
    root = root or resources_dir()
    report = SeedReport()
    if language is not None and session.get(AppSetting, FINGERPRINT_KEY) is None:
        _store(session, content_language.SETTING_KEY, content_language.check_language(language))
    language = _language_to_seed(session)
    fingerprint = resources_fingerprint(root, language)
    stored = session.get(AppSetting, FINGERPRINT_KEY)
    if stored is not None and stored.value == fingerprint and not force:
        report.skipped = True
        return report
    seed_reference(session, root, report, language)
    seed_skills_and_categories(session, root, report, language)
    for seeder in EXTRA_SEEDERS:
        seeder(session, root, report, language)
    _store(session, FINGERPRINT_KEY, fingerprint)
    return report


def set_content_language(session: Session, language: str, root: Path | None = None) -> SeedReport:
    """Switch the site's content to `language`: every label, checklist and starter guide the site has not
    edited itself is relabelled (as an upgrade refreshes them); its own edits and translations stay."""
    from deskapp.platform.changes import note_entity

    _store(session, content_language.SETTING_KEY, content_language.check_language(language))
    report = seed(session, root, force=True)
    for entity in ("reference", "category", "skill", "guide", "search_alias", "checklist"):
        note_entity(session, entity)  # open screens elsewhere show the new labels
    return report
