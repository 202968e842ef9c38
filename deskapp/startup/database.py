"""Open the app's database: resolve where it is, migrate it, seed it. Shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import OperationalError

from deskapp.db import Database
from deskapp.db.engine import database_url
from deskapp.db.migrate import MigrationResult, UnknownRevisionError, upgrade
from deskapp.platform.failures import DatabaseUnreachableError
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
    try:
        migration = upgrade(db)
    except OperationalError as error:
        db.dispose()
        reason = str(error.orig).strip() if error.orig is not None else str(error)
        shown = url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)
        raise DatabaseUnreachableError(shown, reason) from error
    report = SeedReport(skipped=True)
    if seed_data:
        with db.write() as session:
            report = seed(session)
    return OpenedDatabase(db, migration, report)
