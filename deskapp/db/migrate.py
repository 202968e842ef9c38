"""Bring a database to the schema this code expects, before any window is built.

Fast path: a database already at HEAD_REVISION costs one small query; Alembic is not even imported.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from deskapp.db.engine import Database

if TYPE_CHECKING:  # Alembic is imported only when a migration is due (the fast path above)
    from alembic.config import Config

# The newest revision in deskapp/db/migrations/versions. A test checks it against Alembic's own view.
HEAD_REVISION = "0013"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# pg_advisory_lock key for "one process sets the schema up at a time" (any bigint; this spells "deskmigr").
MIGRATION_LOCK_KEY = 0x6465736B6D696772
_held = threading.local()


# Called with a plain sentence when this process has to wait for another one's setup lock (the window
# shows it; deskapp/ui/startup_wait.py).
OnWait = Callable[[str], None]


def lock_holder(conn: Connection) -> str:
    """Who holds the setup lock, for the person waiting: the desk PC's name (application_name) and since."""
    row = conn.exec_driver_sql(
        "SELECT a.application_name, a.client_addr, a.xact_start, a.backend_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
        f"AND l.classid = {MIGRATION_LOCK_KEY >> 32} AND l.objid = {MIGRATION_LOCK_KEY & 0xFFFFFFFF} "
        "AND l.objsubid = 1 LIMIT 1").first()
    if row is None:
        return "another PC"
    name = row.application_name or (f"a program at {row.client_addr}" if row.client_addr else "a program")
    since = row.xact_start or row.backend_start
    return f"{name} (connected since {since.astimezone():%H:%M})" if since else name


@contextmanager
def setup_lock(db: Database, on_wait: OnWait | None = None) -> Iterator[None]:
    """Hold the server-wide setup lock while migrating and seeding a PostgreSQL database.

    Desks starting together on a new or older database then take turns: the first upgrades, the others
    wait on the lock, find the schema current and go on (without it two of three crashed on duplicate
    types and functions). Re-entrant in one thread; SQLite needs none (its write lock already serialises).
    """
    if db.engine.dialect.name != "postgresql" or getattr(_held, "engine", None) is db.engine:
        yield
        return
    with db.engine.connect() as conn:
        got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({MIGRATION_LOCK_KEY})").scalar()
        if not got:
            if on_wait is not None:
                on_wait(f"{lock_holder(conn)} is setting up or upgrading the database. deskapp waits for it "
                        "to finish, then opens by itself.")
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
        conn.commit()
        _held.engine = db.engine
        try:
            yield
        finally:
            _held.engine = None
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")
            conn.commit()


class UnknownRevisionError(RuntimeError):
    """The database was written by a newer (or foreign) version of the app."""


class NotADeskappDatabaseError(UnknownRevisionError):
    """The database has tables but no schema revision: another program's, or damaged, or half-copied."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {heads}")
    return heads[0]


def backup_sqlite_file(path: Path, revision: str) -> Path:
    """Copy the database with SQLite's online backup API (consistent even in WAL mode)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-from-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        names = inspect(conn).get_table_names()
    # An empty alembic_version is what a downgrade to base leaves: still ours.
    return any(not name.startswith("sqlite_") and name != "alembic_version" for name in names)


def revision_of(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return current_revision(conn)


def upgrade(db: Database, target: str = "head", on_wait: OnWait | None = None) -> MigrationResult:
    """Migrate to `target` (default head), backing up an existing SQLite file first.

    Raises UnknownRevisionError, changing nothing, when the database is at a revision this code lacks.
    On PostgreSQL it runs under `setup_lock`, so concurrent starts wait for one upgrade.
    """
    before = revision_of(db)
    if before == HEAD_REVISION and target == "head":
        return MigrationResult(before, before, None)  # the fast path takes no lock
    with setup_lock(db, on_wait):
        return _upgrade_locked(db, target)


def _upgrade_locked(db: Database, target: str) -> MigrationResult:
    before = revision_of(db)  # again: another desk may have upgraded while this one waited
    if before == HEAD_REVISION and target == "head":
        return MigrationResult(before, before, None)
    if before is None and _has_tables(db):
        raise NotADeskappDatabaseError(
            f"{db.url.render_as_string(hide_password=True)} holds tables but no deskapp schema revision: it is "
            "not a deskapp database, or it is damaged or incomplete (an SQLite file copied without its -wal "
            "file looks like this; copy databases with `deskapp backup --out FILE`). Nothing was changed."
        )
    if before is not None and before not in known_revisions():
        raise UnknownRevisionError(
            f"This database is at schema revision {before!r}, which this version of deskapp does not "
            f"know (newest known: {HEAD_REVISION}). It was probably written by a newer deskapp: "
            "install that version instead. Nothing was changed."
        )
    backup = None
    if before is not None and db.sqlite_path is not None and db.sqlite_path.exists():
        backup = backup_sqlite_file(db.sqlite_path, before)

    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), target)
    after = revision_of(db)
    assert after is not None
    return MigrationResult(before, after, backup)


def downgrade(db: Database, target: str) -> None:
    from alembic import command

    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), target)
