"""Open the app's database: resolve where it is, migrate it, seed it. Shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import OperationalError

from deskapp.db import Database
from deskapp.db.engine import database_url
from deskapp.db.migrate import MigrationResult, UnknownRevisionError, setup_lock, upgrade
from deskapp.platform.failures import RETRYABLE, DatabaseUnreachableError, FailureKind, kind_of
from deskapp.platform.restore import refuse_if_missing
from deskapp.platform.settings import resolve_database
from deskapp.startup.seed import SeedReport, seed

__all__ = ["Database", "DatabaseUnreachableError", "OpenedDatabase", "UnknownRevisionError", "open_database"]

# A PostgreSQL server that is down or firewalled should be reported in seconds, not after TCP gives up.
CONNECT_TIMEOUT_SECONDS = 8


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    migration: MigrationResult
    seeding: SeedReport


def open_database(path_or_url: str | None = None, *, seed_data: bool = True) -> OpenedDatabase:
    """Migrate (backing up first) and seed the configured database.

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
        migration = upgrade(db)
        if seed_data:
            # Desks starting together would insert the same reference rows at once: one at a time.
            with setup_lock(db), db.write() as session:
                report = seed(session)
    except OperationalError as error:
        # Server down, file locked past the busy wait, read-only file, full disk: a true sentence and a
        # Retry, never an uncaught "database is locked" from the seeding.
        db.dispose()
        reason = str(error.orig).strip() if error.orig is not None else str(error)
        shown = url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)
        kind = kind_of(error)
        raise DatabaseUnreachableError(shown, reason, kind if kind in RETRYABLE else FailureKind.UNREACHABLE) \
            from error
    return OpenedDatabase(db, migration, report)
