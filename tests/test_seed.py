"""Reference data comes from resources/ and is seeded idempotently by stable key."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from deskapp.db import Database
from deskapp.db.models import Category, CategorySkill, ReadLevel, Skill, SkillGroup
from deskapp.platform.paths import resources_dir
from deskapp.startup.seed import seed


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_the_starter_taxonomy_has_both_domains_and_mapped_skills(db: Database):
    with db.read() as session:
        domains = dict(session.execute(select(Category.domain, func.count()).group_by(Category.domain)).all())
        assert domains["library"] >= 12 and domains["it"] >= 12
        assert count(session, Skill) >= 30
        assert {g.key for g in session.scalars(select(SkillGroup))} == {"library", "it", "customer-service"}
        assert [r.level for r in session.scalars(select(ReadLevel).order_by(ReadLevel.level))] == [1, 2, 3, 4, 5, 6]
        unmapped = session.scalars(
            select(Category.key).where(Category.pickable, ~Category.id.in_(select(CategorySkill.category_id)))
        ).all()
        assert unmapped == []


def test_seeding_twice_changes_nothing(db: Database):
    with db.read() as session:
        before = {m.__tablename__: count(session, m) for m in (Category, Skill, CategorySkill)}
    with db.write() as session:
        report = seed(session, force=True)
    assert report.created == {} and report.refreshed == {}
    with db.read() as session:
        assert {m.__tablename__: count(session, m) for m in (Category, Skill, CategorySkill)} == before


def test_unchanged_resources_are_recognised_by_fingerprint(db: Database):
    with db.write() as session:
        assert seed(session).skipped


def changed_resources(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    path = root / "categories.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return root


def test_a_new_label_in_resources_refreshes_an_unedited_category(db: Database, tmp_path: Path):
    root = changed_resources(tmp_path, 'label = "Wi-Fi / eduroam"', 'label = "Wi-Fi and eduroam"')
    with db.write() as session:
        report = seed(session, root)
    assert report.refreshed == {"categories": 1}
    with db.read() as session:
        assert session.scalar(select(Category.label).where(Category.key == "it-wifi")) == "Wi-Fi and eduroam"


def test_a_label_a_leader_edited_is_never_overwritten(db: Database, tmp_path: Path):
    with db.write() as session:
        category = session.scalars(select(Category).where(Category.key == "it-wifi")).one()
        category.label, category.customised = "Wireless (eduroam)", True
    root = changed_resources(tmp_path, 'label = "Wi-Fi / eduroam"', 'label = "Wi-Fi and eduroam"')
    with db.write() as session:
        seed(session, root)
    with db.read() as session:
        assert session.scalar(select(Category.label).where(Category.key == "it-wifi")) == "Wireless (eduroam)"


def test_a_category_added_in_resources_appears_on_the_next_seed(db: Database, tmp_path: Path):
    root = changed_resources(tmp_path, '[[category]]\nkey = "it-av"', (
        '[[category]]\nkey = "it-gaming"\ndomain = "it"\nlabel = "Games console network"\n'
        'skills = ["device-troubleshooting"]\n\n[[category]]\nkey = "it-av"'))
    with db.write() as session:
        seed(session, root)
    with db.read() as session:
        category = session.scalars(select(Category).where(Category.key == "it-gaming")).one()
        assert count(session, CategorySkill) > 0
        assert session.scalar(select(func.count()).select_from(CategorySkill).where(
            CategorySkill.category_id == category.id)) == 1
