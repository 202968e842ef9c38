"""Why an operation failed, in plain words a desk worker can act on.

Every failure of a domain call, whatever raised it (the database driver, the disk, a permission check, a
validation), becomes one `Failure`: a kind, a sentence that says what happened and what to do, and the
technical detail for the log file. The GUI's operation runner and the CLI show failures through this one
function, so a database that cannot be reached never looks like a crash, and a crash never looks like
success.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exc as sa_exc

from deskapp.db.live_file import DatabaseFileChangedError
from deskapp.db.write_faults import DatabaseWriteError
from deskapp.platform.i18n import N_, _


class FailureKind(StrEnum):
    UNREACHABLE = "unreachable"  # the database server (or the file's folder) cannot be reached
    DISK_FULL = "disk_full"
    BUSY = "busy"  # another program holds the database's write lock past the wait
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    FILE_CHANGED = "file_changed"  # the SQLite file or its -wal was deleted/replaced under the app
    REFUSED = "refused"  # a permission check said no
    INVALID = "invalid"  # the input was not acceptable; the message says why
    UNEXPECTED = "unexpected"  # a fault in the program: logged with its traceback


# Kinds that come from the machine, not from the person: the input was fine and trying again can work.
RETRYABLE = frozenset({FailureKind.UNREACHABLE, FailureKind.DISK_FULL, FailureKind.BUSY, FailureKind.READ_ONLY})

_ADVICE = {
    FailureKind.UNREACHABLE: N_("The database cannot be reached (the server is down or the network is out). "
                                "Nothing was lost on this screen: check the network, then try again. "
                                "If it keeps failing, tell IT support."),
    FailureKind.DISK_FULL: N_("The disk that holds the database is full. Nothing was lost on this screen: "
                              "ask IT support to free some space, then try again."),
    FailureKind.BUSY: N_("The database is busy (another program, such as a large import or a backup, is "
                         "writing to it). Nothing was lost on this screen: wait a moment, then try again."),
    FailureKind.READ_ONLY: N_("The database file cannot be written (it is read-only, or this PC's user may not "
                              "change it). Nothing was lost on this screen: tell IT support."),
    FailureKind.FILE_CHANGED: N_("deskapp has stopped saving: the database file was deleted, moved or replaced "
                                 "while deskapp was using it, so this change would be seen by no one. What you "
                                 "typed is still on this screen: note it down, close deskapp, start it again and "
                                 "tell IT support (the log file, F12, has the details)."),
    FailureKind.UNEXPECTED: N_("Something went wrong inside deskapp. Nothing was lost on this screen; "
                               "the details are in the log file (F12 shows where). Please tell IT support."),
}


class DatabaseUnreachableError(RuntimeError):
    """The configured database cannot be reached or opened. The app says so and offers to retry; it never
    falls back to a different database."""

    def __init__(self, location: str, reason: str, kind: FailureKind = FailureKind.UNREACHABLE) -> None:
        # The kind keeps start-up's message true: a locked or read-only file is not "cannot be reached".
        lead = {FailureKind.BUSY: _("The database {0} is busy (another program holds its write lock)"),
                FailureKind.READ_ONLY: _("The database {0} cannot be written (read-only, or no permission)"),
                FailureKind.DISK_FULL: _("The disk that holds the database {0} is full")}.get(
                    kind, _("Cannot reach the database {0}"))
        super().__init__(f"{lead.format(location)}: {reason}")
        self.location = location
        self.reason = reason
        self.kind = kind


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    message: str  # for the person: what happened and what to do
    detail: str  # for the log and IT: the exception as raised

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


def _driver_text(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return f"{error} {original or ''}".lower()


def _kind_of_database_error(error: sa_exc.DBAPIError) -> FailureKind:
    text = _driver_text(error)
    original = error.orig
    if "database or disk is full" in text or "no space left" in text or "disk full" in text:
        return FailureKind.DISK_FULL
    if "readonly database" in text or "read-only" in text or "read only" in text:
        return FailureKind.READ_ONLY
    if "database is locked" in text or "database is busy" in text or "lock timeout" in text:
        return FailureKind.BUSY
    if isinstance(original, sqlite3.OperationalError) and "unable to open database file" in text:
        return FailureKind.UNREACHABLE
    if isinstance(original, sqlite3.OperationalError) and ("no such table" in text or "no such column" in text
                                                            or "has no column named" in text):
        # The file answers, but its schema is not what this code expects: a bug or a hand-made copy, never
        # "the server is down" (which would send people to check the network).
        return FailureKind.UNEXPECTED
    if error.connection_invalidated or isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        # psycopg: connection refused, server closed the connection, timeout expired, ...
        return FailureKind.UNREACHABLE
    return FailureKind.UNEXPECTED


def kind_of(error: BaseException) -> FailureKind:
    if isinstance(error, DatabaseFileChangedError):
        return FailureKind.FILE_CHANGED
    if isinstance(error, sa_exc.DBAPIError):
        return _kind_of_database_error(error)
    if isinstance(error, sa_exc.TimeoutError):  # the connection pool waited too long for a connection
        return FailureKind.UNREACHABLE
    if isinstance(error, PermissionError):
        return FailureKind.REFUSED  # deskapp.platform.actor.PermissionDenied is one
    if isinstance(error, DatabaseWriteError) and error.errno == errno.ENOENT:
        return FailureKind.UNREACHABLE  # the database's folder (a share) is gone
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return FailureKind.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return FailureKind.READ_ONLY
        return FailureKind.UNEXPECTED
    if isinstance(error, ValueError):
        return FailureKind.INVALID  # every domain error is a ValueError with a plain sentence
    if isinstance(error, DatabaseUnreachableError):
        return error.kind
    return FailureKind.UNEXPECTED


def stopped_saving_message() -> str:
    """What the window says while saving has stopped because the database file changed under the app."""
    return _(_ADVICE[FailureKind.FILE_CHANGED])


def describe_failure(error: BaseException) -> Failure:
    """The failure as the person should hear it. Refusals and invalid input keep the domain's own sentence."""
    kind = kind_of(error)
    detail = f"{type(error).__name__}: {error}"
    if kind in (FailureKind.REFUSED, FailureKind.INVALID):
        return Failure(kind, str(error), detail)
    return Failure(kind, _(_ADVICE[kind]), detail)
