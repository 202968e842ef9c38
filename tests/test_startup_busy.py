"""Start-up on a database another process holds the write lock of: a true message and a Retry, no crash."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from deskapp.db import engine
from deskapp.platform.failures import FailureKind
from deskapp.startup.database import DatabaseUnreachableError, open_database
from deskapp.ui.connection_error import open_until_reachable, retry_box

_WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.rollback()
"""


@contextmanager
def write_lock_held_elsewhere(path: Path) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        if process.poll() is None:
            process.stdin.close()
        process.wait(timeout=30)


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)  # the desk waits 10 s; the test need not


def test_a_locked_database_at_start_is_called_busy_not_unreachable_or_damaged(db_path: Path,
                                                                              short_busy_wait: None) -> None:
    with write_lock_held_elsewhere(db_path), pytest.raises(DatabaseUnreachableError) as raised:
        open_database(str(db_path))
    assert raised.value.kind is FailureKind.BUSY
    assert "is busy" in str(raised.value) and "database is locked" in raised.value.reason


def test_the_window_offers_retry_with_busy_words_and_opens_once_the_lock_is_gone(qtbot, db_path: Path,
                                                                                 short_busy_wait: None) -> None:
    asked: list[str] = []
    holder = write_lock_held_elsewhere(db_path)
    holder.__enter__()

    def ask(error: DatabaseUnreachableError) -> bool:
        box = retry_box(error)
        asked.append(f"{box.windowTitle()}|{box.text()}")
        holder.__exit__(None, None, None)  # the other program finishes; the person chooses Retry
        return True

    opened = open_until_reachable(lambda: open_database(str(db_path)), ask)
    assert opened is not None
    opened.db.dispose()
    [said] = asked
    assert said.startswith("The database is busy|Another program is writing to the database")
