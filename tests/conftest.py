"""Shared fixtures: a migrated, seeded template database copied per test (SQLite), and a real PostgreSQL
server started once per test session from the machine's binaries."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from deskapp.db import Database
from deskapp.db.migrate import upgrade
from deskapp.platform import i18n
from deskapp.startup.seed import seed
from tests.fault_helpers import quick_busy_db  # noqa: F401  (a fixture: a real busy wait, shortened)
from tests.pg_server import PostgresServer, find_pg_bin, start_server


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Every test starts in English, whatever the machine's LANG, and a test that switches to Danish does
    not leave the next one speaking it."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session")
def template_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate and seed once per test session; each test gets a copy (fast and isolated)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(path)
    upgrade(db)
    with db.write() as session:
        seed(session, language="en")  # the English fixtures, whatever this machine's locale
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(template_sqlite: Path, tmp_path: Path) -> Path:
    path = tmp_path / "deskapp.sqlite3"
    shutil.copyfile(template_sqlite, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A migrated, seeded SQLite database of this test's own."""
    database = Database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if find_pg_bin() is None:
        pytest.skip("no PostgreSQL server binaries (initdb/pg_ctl) on this machine")
    server = start_server()
    assert server is not None
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """Name of a migrated, seeded PostgreSQL database to copy per test."""
    name = pg_server.create_database()
    database = Database(pg_server.url(name))
    upgrade(database)
    with database.write() as session:
        seed(session, language="en")  # the English fixtures, whatever this machine's locale
    database.dispose()
    return name


@pytest.fixture
def pg_db(pg_server: PostgresServer, pg_template: str) -> Iterator[Database]:
    """A migrated, seeded PostgreSQL database of this test's own."""
    database = Database(pg_server.url(pg_server.create_database(template=pg_template)))
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on SQLite and on the real PostgreSQL server."""
    fixture = "db" if request.param == "sqlite" else "pg_db"
    return request.getfixturevalue(fixture)
