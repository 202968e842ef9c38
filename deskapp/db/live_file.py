"""Notices when the SQLite file (or its -wal) this process writes is no longer the one on disk.

SQLite's POSIX locks belong to the process: any other open+close of the database file in the same process
(a header check, a file dialog guessing the file's type) drops them all. Another process then believes it is
alone, checkpoints and deletes the -wal, and this process goes on committing into a deleted file that no one
else will ever read. The same happens when someone deletes, moves or replaces the file while the app runs.

The check only uses stat() (which never opens the file, so it cannot itself drop the locks): the device and
inode of each path are compared with those of the descriptors SQLite holds. On Linux those descriptors are
read from /proc/self/fd (a deleted file shows as "(deleted)" there); elsewhere the identities recorded when
the first connection opened the files stand in for them.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

_PROC_FD = Path("/proc/self/fd")
_DELETED = " (deleted)"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class DatabaseFileChangedError(RuntimeError):
    """The database file this process writes was deleted, moved or replaced (or its -wal was), so whatever
    it commits now would be seen by no one. Writing stops; the message says what happened."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino)


def held_identities(path: Path) -> dict[str, list[tuple[int, int] | None]] | None:
    """For the database and its -wal: the (dev, ino) of each descriptor this process holds on that name
    (None for a descriptor whose file was deleted). None when /proc/self/fd is not available."""
    if not _PROC_FD.is_dir():
        return None
    names = {str(path): "db", str(path) + "-wal": "wal"}
    held: dict[str, list[tuple[int, int] | None]] = {"db": [], "wal": []}
    try:
        entries = os.listdir(_PROC_FD)
    except OSError:
        return None
    for entry in entries:
        link = _PROC_FD / entry
        try:
            target = os.readlink(link)
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor, another thread)
        deleted = target.endswith(_DELETED)
        which = names.get(target[: -len(_DELETED)] if deleted else target)
        if which is None:
            continue
        if deleted:
            held[which].append(None)
            continue
        try:
            info = os.stat(link)  # follows the descriptor, not the name: fstat() of SQLite's own fd
        except OSError:
            continue
        held[which].append((info.st_dev, info.st_ino))
    return held


@dataclass
class LiveFileWatch:
    """Watches one SQLite database file for the lifetime of a `Database`."""

    path: Path
    _recorded: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    _problem: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self) -> None:
        """Called when a connection has opened the file: remember what it opened (for systems without
        /proc/self/fd). The first recording wins: a file replaced later must not become the reference."""
        with self._lock:
            if self._recorded.get("db") is None:
                self._recorded["db"] = _identity(self.path)

    @property
    def _wal(self) -> Path:
        return Path(str(self.path) + "-wal")

    @property
    def problem(self) -> str | None:
        return self._problem

    def check(self) -> str | None:
        """The plain sentence saying why writing must stop, or None. Once found, the problem stays."""
        if self._problem is None:
            found = self._find_problem()
            if found is not None:
                with self._lock:
                    self._problem = self._problem or found
        return self._problem

    def require_unchanged(self) -> None:
        problem = self.check()
        if problem is not None:
            raise DatabaseFileChangedError(problem)

    def _find_problem(self) -> str | None:
        with self._lock:
            if "db" not in self._recorded:
                return None  # no connection has opened the file yet (a new database is made by the first)
        on_disk = _identity(self.path)
        if on_disk is None:
            return (f"The database file {self.path} was deleted or moved while deskapp was using it. "
                    "Saving has stopped so that nothing more is lost.")
        held = held_identities(self.path)
        if held is None:
            return self._compare_recorded(on_disk)
        replaced = (f"The database file {self.path} was replaced on disk while deskapp was using it. "
                    "Saving has stopped so that nothing more is lost.")
        if any(identity != on_disk for identity in held["db"]):
            return replaced
        wal_on_disk = _identity(self._wal)
        if any(identity is None or identity != wal_on_disk for identity in held["wal"]):
            return (f"The database's journal ({self._wal.name}) was removed while deskapp was using it "
                    "(another program opened the database file in a way that broke its locks, or the file "
                    "was deleted). Saving has stopped so that nothing more is lost.")
        return None

    def _compare_recorded(self, on_disk: tuple[int, int]) -> str | None:
        with self._lock:
            recorded_db = self._recorded.get("db")
        # Only the database file itself: without the descriptors, a -wal that SQLite legitimately deleted
        # and made again (after every connection of ours had closed) would look like a detached one.
        if recorded_db is not None and recorded_db != on_disk:
            return (f"The database file {self.path} was replaced on disk while deskapp was using it. "
                    "Saving has stopped so that nothing more is lost.")
        return None
