"""Errors a CLI user should see as one plain sentence rather than a traceback."""

from __future__ import annotations

from deskapp.db.migrate import UnknownRevisionError
from deskapp.platform.actor import PermissionDenied
from deskapp.platform.instance_lock import DatabaseInUseError
from deskapp.platform.restore import DatabaseMissingError

# Domain modules may append their own user-facing error classes here.
USER_ERRORS: list[type[BaseException]] = [UnknownRevisionError, PermissionDenied, ValueError, FileNotFoundError,
                                            DatabaseMissingError, DatabaseInUseError]


def describe(error: BaseException) -> str | None:
    if isinstance(error, tuple(USER_ERRORS)):
        return str(error)
    from sqlalchemy.exc import OperationalError

    if isinstance(error, OperationalError):
        return f"cannot use the database: {error.orig}"
    return None
