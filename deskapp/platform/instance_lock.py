"""One deskapp window per SQLite database file on a PC, and no restore under a running window.

The lock is a separate file beside the database (`NAME.deskapp-lock`), held with the operating system's lock
by the `filelock` library for as long as the window is open. It is never the database file itself: opening
and closing the database file by another descriptor would drop SQLite's own locks (deskapp/db/live_file.py).
Beside it, `NAME.in-use.json` says who holds it, so a refusal can name the person and the PC. The OS lock
goes away with the process, even after a crash; the note file is only read while the lock is held.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from deskapp.db.engine import database_url
from deskapp.platform.i18n import _


class DatabaseInUseError(RuntimeError):
    """Another deskapp (on this PC, or any PC sharing the folder) has this database open."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".deskapp-lock")


def _note_path(database: Path) -> Path:
    return database.with_name(database.name + ".in-use.json")


def _holder(database: Path) -> str:
    try:
        note = json.loads(_note_path(database).read_text(encoding="utf-8"))
        since = datetime.fromisoformat(note["since"]).astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{note['user']} on {note['host']} since {since} (process {note['pid']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another deskapp (who and where could not be read)"


@dataclass
class InstanceLock:
    database: Path
    _lock: FileLock

    def release(self) -> None:
        _note_path(self.database).unlink(missing_ok=True)
        self._lock.release()


def hold(database: Path, doing: str = "open") -> InstanceLock:
    """Take the database for this process, or raise DatabaseInUseError naming who has it."""
    database = Path(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(database), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseInUseError(
            _("Cannot {doing} {name}: deskapp already has it open ({value}). Close that deskapp first (on a shared "
              "PC: switch to its window). Nothing was changed.").format(
                    doing=doing,
                    name=database.name,
                    value=_holder(database))) from None
    note = {"user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat()}
    _note_path(database).write_text(json.dumps(note), encoding="utf-8")
    return InstanceLock(database, lock)


def holder_of(database: Path) -> str | None:
    """Who has the database open in deskapp, or None when no one does."""
    try:
        hold(database).release()
    except DatabaseInUseError:
        return _holder(Path(database))
    return None


def sqlite_file(location: str) -> Path | None:
    """The SQLite file a configured location names (None for a PostgreSQL URL or an in-memory database)."""
    url = database_url(location)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def hold_location(location: str) -> InstanceLock | None:
    """What the window takes at start: the lock of its SQLite file (PostgreSQL serves many desks: None)."""
    path = sqlite_file(location)
    return None if path is None else hold(path)
