"""A database file that is gone while its backups are not is never silently replaced by a new empty one."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.db import Database
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.backup import list_backups, take_rotated_backup
from deskapp.platform.backup_files import all_backups
from deskapp.platform.restore import DatabaseMissingError, missing_file_report
from deskapp.startup.database import open_database
from deskapp.ui.startup_checks import open_or_recover
from tests.test_backup import add_enquiry, enquiry_ids
from tests.ui_helpers import ScriptedDialogs


def delete_database(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)


@pytest.fixture
def backed_up(db: Database) -> tuple[Path, int]:
    """A database with one enquiry and its rotated backup; then the database file is deleted."""
    kept = add_enquiry(db)
    take_rotated_backup(db)
    path = db.sqlite_path
    db.dispose()
    delete_database(path)
    return path, kept


def test_starting_on_a_missing_file_with_backups_refuses_and_makes_no_empty_database(backed_up) -> None:
    path, _kept = backed_up
    with pytest.raises(DatabaseMissingError, match="is missing, but backups of it exist") as raised:
        open_database(str(path))
    assert "deskapp restore" in str(raised.value)
    assert not path.exists()


def test_a_cli_command_on_a_missing_file_says_so_in_one_line(backed_up, capsys) -> None:
    path, _kept = backed_up
    assert main(["--db", str(path), "staff", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("deskapp: The database file") and "Traceback" not in err
    assert not path.exists() and len(list_backups(path.parent / "backups", path)) == 1


def test_the_window_offers_the_newest_good_backup_and_restores_it(qtbot, backed_up) -> None:
    path, kept = backed_up
    dialogs = ScriptedDialogs(confirm=True)
    opened = open_or_recover(lambda: open_database(str(path)), str(path), dialogs)
    assert opened is not None
    opened.db.dispose()
    [(title, question)] = dialogs.told
    assert title == "The database file is missing" and "Restore the newest good backup" in question
    assert kept in enquiry_ids(path)


def test_declining_the_offer_leaves_no_new_database_behind(qtbot, backed_up) -> None:
    path, _kept = backed_up
    assert open_or_recover(lambda: open_database(str(path)), str(path), ScriptedDialogs(confirm=False)) is None
    assert not path.exists()


def test_a_first_start_without_backups_still_makes_a_new_database(tmp_path: Path) -> None:
    opened = open_database(str(tmp_path / "new.sqlite3"))
    opened.db.dispose()
    assert (tmp_path / "new.sqlite3").exists()


def _database_with_history(template: Path, path: Path) -> Database:
    """A database of its own, with an audited change (its lineage: the first audit event)."""
    shutil.copyfile(template, path)
    db = Database(path)
    with db.write() as session:
        audit.record(session, Actor.cli(), "create", "staff", path.name)
    return db


def _as_older_name(backup: Path) -> Path:
    """Rename a backup the way versions before this one named it: `deskapp-backup-STAMP.sqlite3`."""
    stamp = backup.name.rsplit(".backup-", 1)[1]
    older = backup.with_name(f"deskapp-backup-{stamp}")
    backup.rename(older)
    return older


def test_a_new_database_beside_another_databases_backups_is_made(template_sqlite, tmp_path) -> None:
    other = _database_with_history(template_sqlite, tmp_path / "desk.db")
    take_rotated_backup(other)
    other.dispose()

    opened = open_database(str(tmp_path / "training.sqlite3"))
    opened.db.dispose()

    assert (tmp_path / "training.sqlite3").exists()
    assert [b.source for b in all_backups(tmp_path / "backups")] == ["desk.db"]


def test_another_databases_older_unnamed_backups_do_not_block_a_new_database(template_sqlite, tmp_path) -> None:
    other = _database_with_history(template_sqlite, tmp_path / "desk.db")
    _as_older_name(take_rotated_backup(other).path)
    other.dispose()

    opened = open_database(str(tmp_path / "training.sqlite3"))
    opened.db.dispose()

    assert (tmp_path / "training.sqlite3").exists()


def test_older_unnamed_backups_of_the_missing_file_still_refuse_a_new_database(template_sqlite, tmp_path) -> None:
    """Another database is in the folder, but the unnamed backup is not of its lineage: it may be the
    missing file's, so no empty database replaces it."""
    other = _database_with_history(template_sqlite, tmp_path / "desk.db")
    other.dispose()
    gone = _database_with_history(template_sqlite, tmp_path / "main.sqlite3")
    older = _as_older_name(take_rotated_backup(gone).path)
    gone.dispose()
    delete_database(tmp_path / "main.sqlite3")

    with pytest.raises(DatabaseMissingError, match="is missing") as raised:
        open_database(str(tmp_path / "main.sqlite3"))
    assert str(older) in str(raised.value)
    assert not (tmp_path / "main.sqlite3").exists()


def test_a_missing_file_is_offered_its_own_backup_not_its_neighbours_newer_one(template_sqlite, tmp_path) -> None:
    gone = _database_with_history(template_sqlite, tmp_path / "main.sqlite3")
    own = take_rotated_backup(gone, now=datetime(2026, 11, 1, tzinfo=UTC)).path
    gone.dispose()
    other = _database_with_history(template_sqlite, tmp_path / "desk.db")
    take_rotated_backup(other, now=datetime(2026, 11, 20, tzinfo=UTC))
    other.dispose()
    delete_database(tmp_path / "main.sqlite3")

    report = missing_file_report(str(tmp_path / "main.sqlite3"))

    assert report is not None and report.newest_good_backup.path == own
