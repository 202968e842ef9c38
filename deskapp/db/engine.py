"""The one place that builds engines and sessions.

SQLite is the default (one desk PC, a power cut at any moment); PostgreSQL (psycopg 3) serves a site with
several desks. Sessions are short-lived: one per operation, through `Database.read()` / `Database.write()`.
"""

from __future__ import annotations

import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from deskapp.db.live_file import LiveFileWatch
from deskapp.db.write_faults import diagnose, is_write_fault

BUSY_TIMEOUT_MS = 10_000
BEGIN_POLL_SECONDS = 0.002  # how often a waiting writer asks for SQLite's write lock
CONNECT_TIMEOUT_SECONDS = 8
_WRITE_OPTION = "deskapp_write"


def database_url(path_or_url: str | Path) -> URL:
    """Turn a file path or a URL into a SQLAlchemy URL (psycopg 3 for PostgreSQL)."""
    text = str(path_or_url)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _configure_sqlite(engine: Engine, watch: LiveFileWatch | None = None) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the sqlite3 module so BEGIN is ours to choose.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        # A desk PC can lose power: FULL makes every acknowledged commit durable.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        if watch is not None:
            watch.record()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # Writers take the write lock up front: no deadlock-prone upgrade from a read lock later.
        if conn.get_execution_options().get(_WRITE_OPTION, False):
            _begin_immediate(conn)
        else:
            conn.exec_driver_sql("BEGIN")


def _begin_immediate(conn: Any) -> None:
    """BEGIN IMMEDIATE, asking for the write lock every few milliseconds for up to the busy timeout.

    SQLite's own busy handler sleeps ever longer between tries (up to 100 ms), so a writer that commits
    in short batches with short gaps (an import) would take the lock back every time before a waiting desk
    woke up, and the desk would wait out the whole import. Polling faster than the importer's gap
    (importing/commit.py) lets the desk in at the first gap.
    """
    raw = conn.connection.driver_connection
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
            time.sleep(BEGIN_POLL_SECONDS)
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # one last try: raises SQLAlchemy's "database is locked"
    finally:
        # Statements inside the transaction (a checkpoint, a reader's lock) keep the normal patient wait.
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def make_engine(path_or_url: str | Path, *, watch: LiveFileWatch | None = None, **kwargs: Any) -> Engine:
    url = database_url(path_or_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine, watch)
        return engine
    # A PostgreSQL server that is down, firewalled or silent is reported within seconds, never after TCP
    # gives up (minutes): libpq's connect_timeout bounds the whole handshake, not only the TCP connect.
    connect_args = dict(kwargs.pop("connect_args", {}))
    if "connect_timeout" not in url.query:
        connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    if "application_name" not in url.query:
        # The server's view of who is connected (pg_stat_activity): a desk waiting for another's upgrade
        # names the PC that holds it.
        connect_args.setdefault("application_name", f"deskapp on {socket.gethostname()}"[:63])
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)


class Database:
    """An engine plus its two session factories: `read()` for queries, `write()` for one unit of work."""

    def __init__(self, path_or_url: str | Path, **engine_kwargs: Any) -> None:
        url = database_url(path_or_url)
        # A file database is watched: a save into a -wal that no one else will read is never acknowledged.
        self.watch: LiveFileWatch | None = None
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            self.watch = LiveFileWatch(Path(str(url.database)))
        self.engine = make_engine(path_or_url, watch=self.watch, **engine_kwargs)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(str(self.url.database))
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back on any exception.

        Raises DatabaseFileChangedError, before the work and again after its commit, when the file (or its
        -wal) was deleted, moved or replaced under the app: then the save is not acknowledged, because no
        other program and no restart would ever see it. Raises DatabaseWriteError (an OSError naming the
        cause) when SQLite could not write its file and the file system shows why: read-only, full, gone.
        """
        if self.watch is not None:
            self.watch.require_unchanged()
        try:
            with self._write.begin() as session:
                yield session
        except sa_exc.DBAPIError as error:
            path = self.sqlite_path
            found = diagnose(path) if path is not None and is_write_fault(error.orig) else None
            if found is None:
                raise
            raise found from error
        if self.watch is not None:
            self.watch.require_unchanged()

    def ping(self) -> None:
        """One trivial query; raises what the driver raises when the database cannot be reached (a
        PostgreSQL server that is down: within the connect timeout)."""
        with self.read() as session:
            session.execute(text("SELECT 1"))

    def files_problem(self) -> str | None:
        """Why writing has stopped (the file was deleted, replaced or detached from its -wal), or None."""
        return None if self.watch is None else self.watch.check()

    def dispose(self) -> None:
        self.engine.dispose()
