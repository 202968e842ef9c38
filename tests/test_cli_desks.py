"""`deskapp desks`: IT or a scheduled task turns a desk's patron question on or off without the window, and
the desk then asks (or stops asking) exactly as when a team leader ticks it under Skills & reports ▸ Metrics."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import AuditEvent
from deskapp.desk.patron_rating import rating_enabled
from deskapp.platform.desks import find_desk
from tests.desk_helpers import DESK_NAME, make_world


def test_a_desk_is_turned_on_by_name_listed_as_asking_and_turned_off_again(
        db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_world(db)
    assert main(["--db", str(db_path), "desks", "patron-question", DESK_NAME.upper(), "on"]) == 0
    assert "now asks its patrons" in capsys.readouterr().out
    with db.read() as session:
        desk_id = find_desk(session, DESK_NAME)
        assert desk_id is not None and rating_enabled(session, desk_id)
        assert session.scalars(select(AuditEvent.entity_id).where(AuditEvent.entity == "setting")).all()
    assert main(["--db", str(db_path), "desks", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert any(line.startswith(DESK_NAME) and line.endswith("asks its patrons") and "not" not in line
               for line in listed)
    assert main(["--db", str(db_path), "desks", "patron-question", DESK_NAME, "on"]) == 0
    assert "already asks" in capsys.readouterr().out
    assert main(["--db", str(db_path), "desks", "patron-question", DESK_NAME, "off"]) == 0
    with db.read() as session:
        assert not rating_enabled(session, desk_id)


def test_a_desk_that_does_not_exist_is_named_and_nothing_changes(
        db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_world(db)
    assert main(["--db", str(db_path), "desks", "patron-question", "Nowhere", "on"]) == 1
    assert "no desk called 'Nowhere'" in capsys.readouterr().err
