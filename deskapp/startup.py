"""Open the app's database: resolve where it is, migrate it, seed it. Shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.db import Database
from deskapp.db.migrate import MigrationResult, UnknownRevisionError, upgrade
from deskapp.paths import resolve_database
from deskapp.seed import SeedReport, seed

__all__ = ["Database", "OpenedDatabase", "UnknownRevisionError", "open_database"]


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    migration: MigrationResult
    seeding: SeedReport


def open_database(path_or_url: str | None = None, *, seed_data: bool = True) -> OpenedDatabase:
    """Migrate (backing up first) and seed the configured database; raises UnknownRevisionError."""
    db = Database(resolve_database(path_or_url))
    migration = upgrade(db)
    report = SeedReport(skipped=True)
    if seed_data:
        with db.write() as session:
            report = seed(session)
    return OpenedDatabase(db, migration, report)
