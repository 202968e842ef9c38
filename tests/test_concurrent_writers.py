"""Several desks writing at once: on one SQLite file (processes on one PC) and on PostgreSQL (many PCs).

Each writer process logs enquiries through the desk's domain function as fast as it can; none may see an
error, and every enquiry it was told was saved must be there, once, with its audit event.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Enquiry
from tests.safety_helpers import ensure_staff_and_desk

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 4
EACH = 25


def run_writers(db: Database, writers_count: int = WRITERS, each: int = EACH) -> dict[int, str]:
    url = db.url.render_as_string(hide_password=False)
    ids = []
    with db.write() as session:
        for n in range(writers_count):
            ids.append(ensure_staff_and_desk(session, initials=f"W{n}", desk=f"Desk {n % 2}"))  # two PCs per desk
    db.dispose()
    writers = [
        subprocess.Popen([sys.executable, "-m", "tests.crash_writer", "burst", url, str(staff), str(desk),
                          str(each), f"w{n}"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for n, (staff, desk) in enumerate(ids)
    ]
    acked: dict[int, str] = {}
    problems = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        for line in out.decode().splitlines():
            words = line.split()
            if words[0] == "ack":
                acked[int(words[1])] = words[2]
            else:
                problems.append(line)
        if writer.returncode != 0:
            problems.append(f"exit {writer.returncode}: {err.decode()[-2000:]}")
    assert problems == []
    return acked


def check_all_there(db: Database, acked: dict[int, str], expected: int = WRITERS * EACH) -> None:
    assert len(acked) == expected
    with db.read() as session:
        stored = dict(session.execute(select(Enquiry.id, Enquiry.notes)).all())
        audited = session.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.entity == "enquiry", AuditEvent.action == "create"))
    assert {i: stored.get(i) for i in acked} == acked
    assert len(stored) == expected and audited == expected


@pytest.mark.slow
def test_several_processes_on_one_sqlite_file_lose_nothing_and_see_no_errors(db):
    acked = run_writers(db)
    check_all_there(db, acked)


@pytest.mark.slow
@pytest.mark.postgres
def test_several_desks_on_postgres_lose_nothing_and_see_no_errors(pg_db):
    acked = run_writers(pg_db)
    check_all_there(pg_db, acked)


@pytest.mark.slow
@pytest.mark.postgres
def test_eight_desks_saving_at_once_on_postgres_never_deadlock_on_the_shared_counts(pg_db):
    """Every save adds to the same "all desks" rows of the day and month: eight desks at once must queue
    behind each other (the rows are locked in one order), never fail with a deadlock."""
    acked = run_writers(pg_db, writers_count=8, each=40)
    check_all_there(pg_db, acked, expected=8 * 40)
