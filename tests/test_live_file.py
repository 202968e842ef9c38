"""The live SQLite file: a save that no other process will ever see is never acknowledged.

Point 1 of issue 13 with real processes: one stray open+close of the database file in the app's process drops
SQLite's POSIX locks; the next process to close its connection then deletes the -wal the app still writes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from deskapp.db import Database
from deskapp.db.live_file import DatabaseFileChangedError
from deskapp.platform.failures import FailureKind, describe_failure

_OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM saves").fetchone()[0])
conn.close()
"""


def count_in_another_process(path: Path) -> int:
    """What a scheduled `deskapp … report` sees: it opens the file, reads, and closes its connection."""
    done = subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return int(done.stdout)


def save(db: Database, value: int) -> None:
    with db.write() as session:
        session.execute(text("INSERT INTO saves (value) VALUES (:value)"), {"value": value})


@pytest.fixture
def live(tmp_path: Path):
    db = Database(tmp_path / "desk.db")
    with db.write() as session:
        session.execute(text("CREATE TABLE saves (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"))
    yield db
    db.dispose()


def test_another_process_sees_every_save_while_nothing_else_opens_the_file(live: Database) -> None:
    save(live, 1)
    assert count_in_another_process(live.sqlite_path) == 1
    save(live, 2)
    save(live, 3)
    assert count_in_another_process(live.sqlite_path) == 3
    assert live.files_problem() is None


def test_a_stray_open_of_the_file_stops_saving_instead_of_acknowledging_lost_saves(live: Database) -> None:
    save(live, 1)
    with open(live.sqlite_path, "rb") as handle:  # what a header check or a file dialog's type guess does
        handle.read(16)
    assert count_in_another_process(live.sqlite_path) == 1  # ... and this process deletes the -wal on close
    assert not Path(f"{live.sqlite_path}-wal").exists()

    with pytest.raises(DatabaseFileChangedError, match=r"journal \(desk\.db-wal\) was removed"):
        save(live, 2)
    # Every save that was acknowledged is in the file the next process reads; the refused one is not.
    assert count_in_another_process(live.sqlite_path) == 1
    assert "Saving has stopped" in live.files_problem()


def test_a_deleted_database_file_stops_saving(live: Database) -> None:
    save(live, 1)
    for name in ("desk.db", "desk.db-wal", "desk.db-shm"):
        (live.sqlite_path.parent / name).unlink(missing_ok=True)
    with pytest.raises(DatabaseFileChangedError, match="was deleted or moved"):
        save(live, 2)
    assert not live.sqlite_path.exists()  # and no empty file was made in its place


def test_a_replaced_database_file_stops_saving(live: Database, tmp_path: Path) -> None:
    save(live, 1)
    other = Database(tmp_path / "other.db")
    with other.write() as session:
        session.execute(text("CREATE TABLE saves (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"))
    other.dispose()
    os.replace(tmp_path / "other.db", live.sqlite_path)
    with pytest.raises(DatabaseFileChangedError, match="was replaced"):
        save(live, 2)


def test_once_stopped_saving_stays_stopped(live: Database) -> None:
    live.sqlite_path.rename(live.sqlite_path.with_name("moved.db"))
    with pytest.raises(DatabaseFileChangedError):
        save(live, 1)
    live.sqlite_path.with_name("moved.db").rename(live.sqlite_path)
    with pytest.raises(DatabaseFileChangedError):
        save(live, 2)


def test_a_new_database_file_is_not_mistaken_for_a_deleted_one(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.db")
    try:
        with db.write() as session:
            session.execute(text("CREATE TABLE saves (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"))
        save(db, 1)
        assert db.files_problem() is None
    finally:
        db.dispose()


def test_the_failure_says_saving_stopped_and_is_not_offered_as_a_retry() -> None:
    failure = describe_failure(DatabaseFileChangedError("The database file x was deleted"))
    assert failure.kind is FailureKind.FILE_CHANGED
    assert not failure.retryable
    assert "stopped saving" in failure.message and "still on this screen" in failure.message
