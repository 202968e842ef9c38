"""A database file that is gone while its backups are not is never silently replaced by a new empty one."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.db import Database
from deskapp.platform.backup import list_backups, take_rotated_backup
from deskapp.platform.restore import DatabaseMissingError
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
    assert not path.exists() and len(list_backups(path.parent / "backups")) == 1


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
