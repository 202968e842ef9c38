"""Saving an enquiry on PostgreSQL: the domain save beside a raw psycopg save of the same rows, on one local
server started the way tests/conftest.py starts its own (tests/pg_server.py: initdb from the machine's
binaries, a Unix socket only, fsync=off). Both sides share that server and its settings, so the ratio is the
app's overhead. One desk saves alone; then 8 desks (8 processes, each its own connection) save at once.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from typing import Any

from benchmarks import baselines
from benchmarks.harness import time_calls

DESKS = 8


class PgRawSaver(baselines.RawSaver):
    """RawSaver's statements on psycopg (placeholders %s), one transaction each."""

    BEGIN = "BEGIN"

    def __init__(self, conninfo: str) -> None:
        import psycopg

        self.pg = psycopg.connect(conninfo, autocommit=True)
        self.connection = self.pg  # type: ignore[assignment]  # the base class's name for its connection
        self._load()

    def _execute(self, sql: str, params: tuple = ()):
        return self.pg.execute(sql.replace("?", "%s"), params)

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.pg.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows)

    def _commit(self) -> None:
        self.pg.execute("COMMIT")


def _rows(conninfo: str, count: int, seed: int) -> list[baselines.SaveRow]:
    import psycopg

    with psycopg.connect(conninfo) as connection:
        return baselines.save_rows_from(connection, count, seed)


def domain_samples(url: str, conninfo: str, count: int, seed: int = 7) -> list[float]:
    from deskapp.db import Database
    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
    from deskapp.platform.actor import Actor

    rows = _rows(conninfo, count + 20, seed)
    db = Database(url)
    try:
        with db.read() as session:
            from sqlalchemy import text

            roles: dict[int, str] = dict(session.execute(text("SELECT id, role FROM staff")).all())
        iterator = iter(rows)

        def save() -> None:
            row = next(iterator)
            draft = EnquiryDraft(row.category_id, row.channel_id, row.outcome_id, row.patron_type_id,
                                 row.read_level, row.duration_band_id, None, row.skill_ids, "", row.asked_at)
            with db.write() as session:
                log_enquiry(session, Actor.staff_member(row.staff_id, roles[row.staff_id]), row.desk_id, draft)

        return time_calls(save, repeat=count, warmup=20)
    finally:
        db.dispose()


def raw_samples(conninfo: str, count: int, seed: int = 7) -> list[float]:
    rows = _rows(conninfo, count + 20, seed)
    saver = PgRawSaver(conninfo)
    try:
        iterator = iter(rows)
        return time_calls(lambda: saver.save(next(iterator)), repeat=count, warmup=20)
    finally:
        saver.close()


def _worker(args: tuple[str, str, str, int, int]) -> list[float]:
    kind, url, conninfo, count, seed = args
    return domain_samples(url, conninfo, count, seed) if kind == "domain" else raw_samples(conninfo, count, seed)


def concurrent_samples(kind: str, url: str, conninfo: str, count: int) -> list[float]:
    """Every save of DESKS processes saving at once (each its own rows and connection)."""
    with multiprocessing.get_context("spawn").Pool(DESKS) as pool:
        parts = pool.map(_worker, [(kind, url, conninfo, count, 100 + desk) for desk in range(DESKS)])
    return [ms for part in parts for ms in part]


def prepared_server(enquiries: int, env: dict[str, str]) -> tuple[Any, str, str]:
    """(server, SQLAlchemy URL, libpq conninfo) of a fresh local server holding `enquiries` demo enquiries."""
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        raise RuntimeError("no PostgreSQL binaries on this machine")
    name = server.create_database()
    url = server.url(name)
    completed = subprocess.run([sys.executable, "-m", "deskapp", "--db", url, "demo-data", "--enquiries",
                                str(enquiries), "--staff", "12", "--seed", "1"], capture_output=True, text=True,
                               env=env)
    if completed.returncode != 0:
        server.stop()
        raise RuntimeError(f"demo-data on PostgreSQL failed: {completed.stderr.strip()[-600:]}")
    return server, url, f"host={server.socket_dir} user=postgres dbname={name}"
