"""Several desks starting at once on a new (or older) PostgreSQL database: one upgrades, the others wait.

Real processes against the real server: each runs the same start-up (migrate, then seed) as the window.
"""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import func, select

from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION, downgrade, revision_of
from deskapp.db.models import Skill

DESKS = 3


def start_desks_at_once(url: str) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    processes = [subprocess.Popen([sys.executable, "-m", "deskapp", "--db", url, "staff", "list"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(DESKS)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def test_three_desks_starting_together_on_an_empty_database_all_start(pg_server) -> None:
    url = pg_server.url(pg_server.create_database())
    results = start_desks_at_once(url)
    assert [r.returncode for r in results] == [0] * DESKS, [r.stderr[-2000:] for r in results]
    db = Database(url)
    try:
        assert revision_of(db) == HEAD_REVISION
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Skill)) > 0
    finally:
        db.dispose()


def test_three_desks_starting_together_on_an_older_database_all_start(pg_server, pg_template) -> None:
    url = pg_server.url(pg_server.create_database(template=pg_template))
    db = Database(url)
    try:
        downgrade(db, "0003")
    finally:
        db.dispose()
    results = start_desks_at_once(url)
    assert [r.returncode for r in results] == [0] * DESKS, [r.stderr[-2000:] for r in results]
    db = Database(url)
    try:
        assert revision_of(db) == HEAD_REVISION
    finally:
        db.dispose()
