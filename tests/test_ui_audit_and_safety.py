"""The audit trail tab, and the background start-up check with its offer to restore a good backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from deskapp.db import Database
from deskapp.platform import audit
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.backup import list_backups, take_rotated_backup
from deskapp.ui.admin.audit_view import AuditTableModel, AuditView
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.startup_checks import StartupChecks, open_or_recover
from tests.test_backup import add_enquiry, corrupt, enquiry_ids
from tests.ui_helpers import DESK, ScriptedDialogs, add_team


def context_for(db: Database, tmp_path: Path, actor: Actor, dialogs: ScriptedDialogs | None = None) -> UiContext:
    return UiContext(db=db, desk_name=DESK, bus=ChangeBus(), dialogs=dialogs or ScriptedDialogs(),
                     current_actor=lambda: actor, user_config=tmp_path / "user.toml")


def add_events(db: Database, count: int, actor: Actor | None = None, entity: str = "skill") -> None:
    actor = actor or Actor.cli()
    with db.write() as session:
        for n in range(count):
            audit.record(session, actor, "edit", entity, n, {"label": [f"old {n}", f"new {n}"]})


def test_audit_model_passes_the_model_tester_and_fetches_page_by_page(qtmodeltester, db, tmp_path):
    team = add_team(db)
    add_events(db, 12)
    model = AuditTableModel(context_for(db, tmp_path, Actor.staff_member(team["leader"], "leader")), page_size=5)
    model.refresh()

    assert model.rowCount() == 5 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total >= 12
    ids = [model.row(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    model.refresh()
    qtmodeltester.check(model)


def test_a_leader_filters_the_trail_by_who_with_the_keyboard(qtbot, db, tmp_path):
    team = add_team(db)
    aisha = Actor.staff_member(team["aisha"], "staff")
    add_events(db, 3, aisha, entity="enquiry")
    add_events(db, 4)
    view = AuditView(context_for(db, tmp_path, Actor.staff_member(team["leader"], "leader")))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)

    view.who.setFocus()
    view.who.setCurrentIndex(view.who.findText("Aisha Ahmed"))
    qtbot.keyClick(view.who, Qt.Key.Key_Return)

    assert view.model.total == 3
    assert {view.model.row(r).actor_name for r in range(view.model.rowCount())} == {"Aisha Ahmed"}
    assert "3" in view.count_label.text()


def test_the_audit_trail_is_refused_to_staff(qtbot, db, tmp_path):
    team = add_team(db)

    with pytest.raises(PermissionDenied):
        AuditView(context_for(db, tmp_path, Actor.staff_member(team["aisha"], "staff")))


def test_a_healthy_start_purges_and_backs_up_in_the_background(qtbot, db, tmp_path):
    add_enquiry(db, "hello")
    checks = StartupChecks(context_for(db, tmp_path, Actor.cli()))

    checks.start()

    folder = db.sqlite_path.parent / "backups"
    qtbot.waitUntil(lambda: bool(list_backups(folder, db.sqlite_path)), timeout=10_000)
    assert not checks.damaged


def test_a_damaged_database_turns_read_only_and_the_newest_good_backup_is_restored(qtbot, db, tmp_path):
    kept = add_enquiry(db, "in the backup")
    take_rotated_backup(db)
    db.dispose()
    with sqlite3.connect(db.sqlite_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(db.sqlite_path)
    dialogs = ScriptedDialogs(confirm=True)
    checks = StartupChecks(context_for(db, tmp_path, Actor.cli(), dialogs))

    with qtbot.waitSignal(checks.restart_needed, timeout=10_000):
        checks.start()

    assert checks.damaged
    assert "read-only" in dialogs.told[0][1]
    assert "kept as" in dialogs.told[-1][1]
    assert kept in enquiry_ids(db.sqlite_path)
    assert list(db.sqlite_path.parent.glob("*.damaged-*.sqlite3"))


def _damage_badly(db: Database) -> None:
    db.dispose()
    with sqlite3.connect(db.sqlite_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(db.sqlite_path, first_page=2, pages=200)


def test_a_database_too_damaged_to_open_is_replaced_by_the_newest_good_backup(qtbot, db):
    from deskapp.startup.database import open_database

    kept = add_enquiry(db, "in the backup")
    take_rotated_backup(db)
    _damage_badly(db)
    dialogs = ScriptedDialogs(confirm=True)

    opened = open_or_recover(lambda: open_database(str(db.sqlite_path)), str(db.sqlite_path), dialogs)

    assert opened is not None
    opened.db.dispose()
    assert "cannot open its database" in dialogs.told[0][1]
    assert kept in enquiry_ids(db.sqlite_path)
    assert list(db.sqlite_path.parent.glob("*.damaged-*.sqlite3"))


def test_declining_the_restore_leaves_the_damaged_file_alone(qtbot, db):
    from deskapp.startup.database import open_database

    take_rotated_backup(db)
    _damage_badly(db)
    damaged = db.sqlite_path.read_bytes()

    opened = open_or_recover(lambda: open_database(str(db.sqlite_path)), str(db.sqlite_path),
                             ScriptedDialogs(confirm=False))

    assert opened is None and db.sqlite_path.read_bytes() == damaged


def test_a_damaged_schema_is_caught_before_any_migration_touches_the_file(qtbot, db):
    from deskapp.platform.restore import damaged_before_opening

    add_enquiry(db)
    take_rotated_backup(db)
    _damage_badly(db)

    assert damaged_before_opening(str(db.sqlite_path))
    assert not damaged_before_opening(str(db.sqlite_path.parent / "backups" / "nothing-here.sqlite3"))
