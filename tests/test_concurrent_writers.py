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


def run_writers(db: Database) -> dict[int, str]:
    url = db.url.render_as_string(hide_password=False)
    ids = []
    with db.write() as session:
        for n in range(WRITERS):
            ids.append(ensure_staff_and_desk(session, initials=f"W{n}", desk=f"Desk {n % 2}"))  # two PCs per desk
    db.dispose()
    writers = [
        subprocess.Popen([sys.executable, "-m", "tests.crash_writer", "burst", url, str(staff), str(desk),
                          str(EACH), f"w{n}"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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


def check_all_there(db: Database, acked: dict[int, str]) -> None:
    assert len(acked) == WRITERS * EACH
    with db.read() as session:
        stored = dict(session.execute(select(Enquiry.id, Enquiry.notes)).all())
        audited = session.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.entity == "enquiry", AuditEvent.action == "create"))
    assert {i: stored.get(i) for i in acked} == acked
    assert len(stored) == WRITERS * EACH and audited == WRITERS * EACH


@pytest.mark.slow
def test_several_processes_on_one_sqlite_file_lose_nothing_and_see_no_errors(db):
    acked = run_writers(db)
    check_all_there(db, acked)


@pytest.mark.slow
@pytest.mark.postgres
def test_several_desks_on_postgres_lose_nothing_and_see_no_errors(pg_db):
    acked = run_writers(pg_db)
    check_all_there(pg_db, acked)
