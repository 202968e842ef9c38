"""SQLite is set up for a desk PC that can lose power, and for several writers."""

from __future__ import annotations

import sqlite3

import pytest

from deskapp.db import Database


def pragma(db: Database, name: str):
    with db.read() as session:
        return session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()


def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys(db: Database):
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") >= 5000


def test_a_write_session_takes_the_write_lock_before_it_writes_anything(db: Database, db_path):
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.write() as session:
        session.connection()  # begin, but write nothing yet
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_a_read_session_does_not_block_writers(db: Database, db_path):
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with db.read() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM categories").scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()


def test_a_failed_unit_of_work_leaves_nothing_behind(db: Database):
    from sqlalchemy import func, select

    from deskapp.db.models import Desk

    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Desk(name="Half-saved desk"))
        session.flush()
        raise RuntimeError("power cut")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Desk)) == 0
