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


def test_the_runtime_role_imports_in_batches_and_takes_an_unfinished_import_out(runtime_url: str, tmp_path) -> None:
    """An import writes and clears its pending marker (app_settings) and an undo deletes rows and the batch:
    the desks' role may do both."""
    from datetime import timedelta

    from benchmarks.import_bench import generate_gimlet_csv
    from deskapp.db.models import Enquiry, ImportBatch
    from deskapp.importing import FORMATS, import_file
    from deskapp.importing.commit import undo_abandoned

    csv = tmp_path / "gimlet.csv"
    generate_gimlet_csv(csv, 1_500)
    opened = open_database(runtime_url)
    db = opened.db
    stopped: list[int] = []

    def stop_part_way(stage: str, _done: int, _total: int) -> None:
        if stage == "writing" and not stopped:  # another PC took it for dead: the import stops, keeps nothing
            stopped.extend(undo_abandoned(db, older_than=timedelta(0)))

    try:
        with pytest.raises(ValueError, match="The import was stopped"):
            import_file(db, Actor.cli(), csv, FORMATS["gimlet"], timezone="UTC", progress=stop_part_way)
        summary = import_file(db, Actor.cli(), csv, FORMATS["gimlet"], timezone="UTC")
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Enquiry)) == summary.imported == 1_500
            assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
    finally:
        db.dispose()
    assert len(stopped) == 1
