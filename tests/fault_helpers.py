"""Real faults for the save tests: another process holding SQLite's write lock, files turned read-only under
the running app, and a short busy wait so a test sees the refusal in a second instead of the app's ten."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import deskapp.db.engine as engine_module
from deskapp.db import Database

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
connection.execute("ROLLBACK")
"""


@contextmanager
def write_lock_held(db_path: Path) -> Iterator[None]:
    """A second process holds the database's write lock until the block ends."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()


@pytest.fixture
def quick_busy_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The real busy wait, shortened from 10 s to 1 s so the test does not idle."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 1000)
    database = Database(db_path)
    yield database
    database.dispose()


@contextmanager
def made_unwritable(*files: Path) -> Iterator[None]:
    """The files become unwritable under the running app, as when a share or a disk turns read-only: the
    immutable attribute refuses writes even through descriptors opened before it was set (a chmod would not:
    permissions are checked only when a file is opened, and a remount is refused while files are open).
    Never the -shm: SQLite maps it into memory, and a write to a mapped immutable page kills the process."""
    done = subprocess.run(["chattr", "+i", *map(str, files)], capture_output=True, text=True)
    if done.returncode != 0:
        subprocess.run(["chattr", "-i", *map(str, files)], capture_output=True)
        pytest.skip(f"cannot make files immutable here ({done.stderr.strip() or 'chattr failed'}); "
                    "the read-only case needs root on a file system with file attributes")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, files)], check=True)
