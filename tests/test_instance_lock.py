"""One deskapp per database file, and no restore under a running deskapp: with a real second process."""

from __future__ import annotations

import getpass
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.db import Database
from deskapp.platform.backup import backup_to
from deskapp.platform.instance_lock import DatabaseInUseError, hold, hold_location, holder_of
from tests.test_backup import add_enquiry, enquiry_ids

_HOLDER = """
import sys
from pathlib import Path
from deskapp.platform.instance_lock import hold
lock = hold(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def another_deskapp(database: Path) -> Iterator[subprocess.Popen]:
    """A second process that holds the database the way a running window does."""
    process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(database)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def test_a_second_deskapp_on_the_same_file_is_refused_with_who_has_it(db_path: Path) -> None:
    with another_deskapp(db_path) as other:
        with pytest.raises(DatabaseInUseError, match="already has it open") as refused:
            hold(db_path)
        assert getpass.getuser() in str(refused.value) and f"process {other.pid}" in str(refused.value)
        assert holder_of(db_path) is not None
    assert holder_of(db_path) is None
    hold(db_path).release()


def test_restore_is_refused_while_another_deskapp_has_the_database_open(db: Database, tmp_path: Path,
                                                                        capsys) -> None:
    backup = backup_to(db, tmp_path / "backup.sqlite3").path
    kept = add_enquiry(db)  # after the backup: a restore would drop it from the live file
    db.dispose()
    with another_deskapp(db.sqlite_path):
        assert main(["--db", str(db.sqlite_path), "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("deskapp: Cannot restore over") and "Nothing was changed" in err
    assert kept in enquiry_ids(db.sqlite_path)
    assert not list(tmp_path.glob("*.replaced-by-restore-*"))


def test_the_lock_goes_with_a_crashed_deskapp_and_restore_then_works(db: Database, tmp_path: Path) -> None:
    backup = backup_to(db, tmp_path / "backup.sqlite3").path
    db.dispose()
    with another_deskapp(db.sqlite_path) as other:
        os.kill(other.pid, signal.SIGKILL)
        other.wait(timeout=30)
    assert main(["--db", str(db.sqlite_path), "restore", str(backup)]) == 0


def test_a_postgresql_database_is_shared_by_many_desks_and_takes_no_file_lock() -> None:
    assert hold_location("postgresql://desk@dbserver/deskapp") is None
