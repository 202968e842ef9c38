"""A library keeps its guides in version control: import -> export -> import changes nothing."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Guide, GuideVersion
from deskapp.guides.files import export_folder, import_folder
from deskapp.guides.format import parse
from deskapp.guides.guides import GuideError
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.paths import resources_dir
from tests.guide_helpers import make_people


def snapshot(db: Database) -> dict[str, tuple]:
    from deskapp.guides.files import document_of

    with db.read() as session:
        return {g.key: document_of(session, g.id) for g in session.scalars(select(Guide))}


def test_exporting_the_starter_guides_writes_the_same_guides_back(db: Database, tmp_path: Path):
    with db.read() as session:
        assert export_folder(session, tmp_path) >= 20
    for source in (resources_dir() / "guides").glob("*.md"):
        exported = parse((tmp_path / source.name).read_text(encoding="utf-8"))
        original = parse(source.read_text(encoding="utf-8"))
        # Links are sets in the database (no position column), so only their order may differ.
        assert replace(exported, categories=(), skills=()) == replace(original, categories=(), skills=())
        assert (set(exported.categories), set(exported.skills)) == (set(original.categories), set(original.skills))


def test_import_export_import_is_lossless(db: Database, tmp_path: Path):
    cli = Actor.cli()
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(resources_dir() / "guides", first)
    target = first / "password-reset.md"
    old_title = "title: Reset a forgotten password or unlock an account"
    target.write_text(target.read_text(encoding="utf-8").replace(old_title, 'title: "Now: reset a password"'),
                      encoding="utf-8")
    with db.write() as session:
        report = import_folder(session, cli, first)
    assert report.updated == ["password-reset"] and not report.created
    before = snapshot(db)
    with db.read() as session:
        export_folder(session, second)
    with db.write() as session:
        again = import_folder(session, cli, second)
    assert again.updated == [] and again.created == []
    assert snapshot(db) == before
    assert sorted(p.name for p in second.glob("*.md")) == sorted(p.name for p in first.glob("*.md"))
    third = tmp_path / "third"
    with db.read() as session:
        export_folder(session, third)
    for path in second.glob("*.md"):  # export is a fixed point: byte for byte the same files
        assert (third / path.name).read_bytes() == path.read_bytes()


def test_a_bad_file_stops_the_import_before_anything_is_written(db: Database, tmp_path: Path):
    (tmp_path / "new-guide.md").write_text("---\nkey: new-guide\ntitle: New\n---\n## 1. A\n", encoding="utf-8")
    (tmp_path / "zz-bad.md").write_text("---\nkey: zz-bad\ntitle: Bad\ncategories: [nope]\n---\n", encoding="utf-8")
    with db.write() as session, pytest.raises(GuideError, match=r"zz-bad\.md: there is no category"):
        import_folder(session, Actor.cli(), tmp_path)
    with db.read() as session:
        assert session.scalar(select(Guide).where(Guide.key == "new-guide")) is None


def test_staff_cannot_import(db: Database, tmp_path: Path):
    people = make_people(db)
    with db.write() as session, pytest.raises(PermissionDenied):
        import_folder(session, people.staff, tmp_path)


def test_seeding_again_never_overwrites_a_guide_edited_in_the_app(db: Database):
    from deskapp.guides.guides import GuideDraft, edit_guide, guide_id_for_key
    from deskapp.startup.seed import seed

    with db.write() as session:
        guide_id = guide_id_for_key(session, "room-booking")
        edit_guide(session, Actor.cli(), guide_id, GuideDraft("Our own room guide", "", "## 1. Ask\nx\n"))
    with db.write() as session:
        seed(session, force=True)
    with db.read() as session:
        assert session.get(Guide, guide_id).title == "Our own room guide"
        assert session.scalar(select(GuideVersion.number).where(GuideVersion.guide_id == guide_id)
                              .order_by(GuideVersion.number.desc()).limit(1)) == 2


def test_the_cli_searches_exports_and_imports(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    import json

    from deskapp.cli import main

    assert main(["--db", str(db_path), "guides", "search", "pasword", "--limit", "2", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and "password" in hits[0]["title"].lower()
    assert main(["--db", str(db_path), "guides", "export", str(tmp_path / "out")]) == 0
    assert main(["--db", str(db_path), "guides", "import", str(tmp_path / "out")]) == 0
    assert "0 new, 0 updated" in capsys.readouterr().out
    assert main(["--db", str(db_path), "guides", "import", str(tmp_path / "missing")]) == 1
    assert "No such folder" in capsys.readouterr().err
