"""Why SQLite could not write, found out from the files themselves.

SQLite reports most failures to write an open database as one "disk I/O error" (SQLITE_IOERR_*): the same
for a file turned read-only under the app (a share or a disk switched to read-only, an attribute set by
IT), a full disk and a share that went away. The person must hear the true one, so after such an error
the database's files and folder are looked at (stat, access and free space only: nothing here opens the
database file, which would drop SQLite's locks; see live_file.py) and the error is named by what is found.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from deskapp.db.live_file import COMPANION_SUFFIXES

# Below this much free space a failed write is put down to a full disk (SQLite grows the -wal in pages).
_NEARLY_FULL_BYTES = 64 * 1024


class DatabaseWriteError(OSError):
    """SQLite could not write the database file, and the file system says why (errno: EACCES for a file or
    folder that cannot be written, ENOSPC for a full disk, ENOENT for a folder that is gone)."""


def is_write_fault(error: BaseException | None) -> bool:
    """A failure of SQLite to write or open its files, as opposed to a lock, a constraint or a bug."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return isinstance(error, sqlite3.Error) and name.startswith(("SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_FULL",
                                                                "SQLITE_CANTOPEN"))


def diagnose(database: Path) -> DatabaseWriteError | None:
    """What stops writing to this database file now, or None if nothing the file system shows does."""
    folder = database.parent
    if not folder.is_dir():
        return DatabaseWriteError(errno.ENOENT, f"the folder {folder} cannot be reached")
    files = [database, *(database.with_name(database.name + suffix) for suffix in COMPANION_SUFFIXES)]
    for path in files:
        if path.exists() and not os.access(path, os.W_OK):
            return DatabaseWriteError(errno.EACCES, f"{path} cannot be written")
    if not os.access(folder, os.W_OK):
        return DatabaseWriteError(errno.EACCES, f"the folder {folder} cannot be written")
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < _NEARLY_FULL_BYTES:
        return DatabaseWriteError(errno.ENOSPC, f"the disk that holds {folder} is full")
    return None
