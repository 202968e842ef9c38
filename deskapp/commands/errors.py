"""Errors a CLI user should see as one plain sentence rather than a traceback."""

from __future__ import annotations

from deskapp.db.migrate import UnknownRevisionError
from deskapp.platform.actor import PermissionDenied
from deskapp.platform.failures import DatabaseUnreachableError, FailureKind, describe_failure
from deskapp.platform.instance_lock import DatabaseInUseError
from deskapp.platform.restore import DatabaseMissingError

# Domain modules may append their own user-facing error classes here.
USER_ERRORS: list[type[BaseException]] = [UnknownRevisionError, PermissionDenied, ValueError, FileNotFoundError,
                                          DatabaseMissingError, DatabaseInUseError, DatabaseUnreachableError]


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def describe(error: BaseException) -> str | None:
    """The sentence to print, or None for a fault in the program (then the traceback is the right report)."""
    if isinstance(error, tuple(USER_ERRORS)):
        return str(error)
    # Every database failure from the machine (server down or silent, disk full, file locked or read-only,
    # file deleted under the app) is said the way the window says it, with the driver's first line for IT.
    failure = describe_failure(error)
    if failure.kind is not FailureKind.UNEXPECTED:
        return f"{failure.message} ({_first_line(error)})"
    from sqlalchemy.exc import OperationalError

    if isinstance(error, OperationalError):
        return f"cannot use the database: {_first_line(error)}"
    return None
