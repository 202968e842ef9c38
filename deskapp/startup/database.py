"""Open the app's database: resolve where it is, migrate it, seed it. Shared by the GUI and the CLI."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from deskapp.db import Database
from deskapp.db.engine import database_url
from deskapp.db.migrate import MigrationResult, OnWait, UnknownRevisionError, setup_lock, upgrade
from deskapp.importing.commit import undo_abandoned
from deskapp.platform.failures import RETRYABLE, DatabaseUnreachableError, FailureKind, kind_of
from deskapp.platform.restore import refuse_if_missing
from deskapp.platform.settings import resolve_database
from deskapp.startup.seed import SeedReport, seed

__all__ = ["Database", "DatabaseUnreachableError", "OpenedDatabase", "UnknownRevisionError", "open_database"]

# A PostgreSQL server that is down or firewalled should be reported in seconds, not after TCP gives up.
CONNECT_TIMEOUT_SECONDS = 8
log = logging.getLogger(__name__)


def _undo_abandoned_imports(db: Database) -> None:
    """Rows of an import whose program died part way are taken out (all or nothing). A failure here must
    not keep the desk from starting: the next start or import tries again."""
    try:
        undone = undo_abandoned(db)
    except Exception:
        log.warning("Could not take out the rows of an import that stopped part way", exc_info=True)
        return
    if undone:
        log.warning("Took out the rows of imports that stopped part way: batches %s", undone)


def _permission_problem(url: URL) -> str | None:
    """For an SQLite file that failed to open: the permission this PC's user lacks, in plain words; None if
    it is not a matter of permissions. access(2) only: the file itself is never opened here."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(str(url.database))
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return f"this user may not {'read' if not os.access(path, os.R_OK) else 'change'} the file {path}"
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists() and not os.access(extra, os.R_OK | os.W_OK):
            return f"this user may not change the file {extra}"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"this user may not create files in the folder {path.parent} (SQLite needs its -wal and -shm there)"
    return None


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    migration: MigrationResult
    seeding: SeedReport


def open_database(path_or_url: str | None = None, *, seed_data: bool = True,
                  on_wait: OnWait | None = None) -> OpenedDatabase:
    """Migrate (backing up first) and seed the configured database.

    on_wait(sentence) is called (on this thread) when another desk holds the setup lock and this one waits.
    Raises UnknownRevisionError (newer database), DatabaseUnreachableError (server down, file unusable) or
    DatabaseMissingError (the SQLite file is gone but its backups are not: never silently replaced).
    """
    location = resolve_database(path_or_url)
    refuse_if_missing(location)
    url = database_url(location)
    options: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    db = Database(location, **options)
    report = SeedReport(skipped=True)
    try:
        migration = upgrade(db, on_wait=on_wait)
        if seed_data:
            # Desks starting together would insert the same reference rows at once: one at a time.
            with setup_lock(db, on_wait), db.write() as session:
                report = seed(session)
            _undo_abandoned_imports(db)
    except OperationalError as error:
        # Server down, file locked past the busy wait, read-only file, full disk: a true sentence and a
        # Retry, never an uncaught "database is locked" from the seeding.
        db.dispose()
        reason = str(error.orig).strip() if error.orig is not None else str(error)
        shown = url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)
        kind = kind_of(error)
        denied = _permission_problem(url)
        if denied is not None:  # SQLite says only "unable to open database file"; the file system says why
            kind, reason = FailureKind.READ_ONLY, f"{denied} ({reason})"
        raise DatabaseUnreachableError(shown, reason, kind if kind in RETRYABLE else FailureKind.UNREACHABLE) \
            from error
    return OpenedDatabase(db, migration, report)
