"""The desks' runtime PostgreSQL role works end to end and cannot tamper with the audit trail (real server)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import ProgrammingError

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import AuditEvent, Staff
from deskapp.people.staff import add_staff
from deskapp.platform.actor import Actor
from deskapp.startup.database import open_database


@pytest.fixture
def runtime_url(pg_server, pg_db: Database, capsys) -> str:
    role = f"desk_{pg_db.url.database}"
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
    assert main(["--db", pg_db.url.render_as_string(hide_password=False), "db", "grant-runtime", role]) == 0
    assert "REVOKE UPDATE, DELETE, TRUNCATE ON audit_events" in capsys.readouterr().out
    return f"postgresql+psycopg://{role}@/{pg_db.url.database}?host={pg_server.socket_dir}"


def test_the_runtime_role_starts_the_app_and_saves(runtime_url: str) -> None:
    opened = open_database(runtime_url)  # the same start-up as a desk: schema check and seeding
    try:
        with opened.db.write() as session:
            add_staff(session, Actor.cli(), "Ana Silva", "AS", "staff", "2468")
        with opened.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Staff).where(Staff.name == "Ana Silva")) == 1
            assert session.scalar(select(func.count()).select_from(AuditEvent)) > 0
    finally:
        opened.db.dispose()


@pytest.mark.parametrize("tampering", [
    "ALTER TABLE audit_events DISABLE TRIGGER ALL",
    "UPDATE audit_events SET actor = 'nobody'",
    "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "DROP TABLE enquiries",
    "UPDATE alembic_version SET version_num = '0001'",
])
def test_the_runtime_role_cannot_tamper(runtime_url: str, tampering: str) -> None:
    db = Database(runtime_url)
    try:
        with pytest.raises(ProgrammingError) as refused, db.engine.begin() as conn:
            conn.execute(text(tampering))
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    finally:
        db.dispose()


def test_grant_runtime_names_a_missing_role_plainly(pg_db: Database, capsys) -> None:
    assert main(["--db", pg_db.url.render_as_string(hide_password=False), "db", "grant-runtime", "nobody_here"]) == 1
    assert "There is no PostgreSQL role 'nobody_here'" in capsys.readouterr().err
