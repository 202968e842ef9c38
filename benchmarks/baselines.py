"""Baselines: the same job done the plainest way, straight on the sqlite3 module, measured in the same run.

Each is what the app's figure is divided by. They use the app's own connection settings (WAL,
synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes), so the ratio shows what the app's layers cost,
not a difference in durability.
"""

from __future__ import annotations

import csv
import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.harness import time_calls

LOG_PAGE_SIZE = 100


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 10000")
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


# --- saving one enquiry ----------------------------------------------------------------------------------

def raw_save_samples(path: Path, count: int, seed: int = 7) -> list[float]:
    """Insert `count` enquiries (each with 1-2 skill links), one transaction each; ms per enquiry."""
    connection = connect(path)
    ids = {table: [row[0] for row in connection.execute(f"SELECT id FROM {table} ORDER BY id")]
           for table in ("staff", "desks", "categories", "channels", "patron_types", "duration_bands", "outcomes",
                         "skills")}
    rng = random.Random(seed)
    now = datetime.now(UTC)

    def one() -> None:
        asked = now - timedelta(minutes=rng.randrange(600))
        stamp = asked.replace(tzinfo=None).isoformat(" ", "microseconds")
        connection.execute("BEGIN IMMEDIATE")
        cursor = connection.execute(
            "INSERT INTO enquiries (asked_at, entered_at, asked_local_date, asked_hour_of_week, staff_id, desk_id,"
            " category_id, channel_id, patron_type_id, read_level, duration_band_id, outcome_id, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stamp, stamp, asked.date().isoformat(), asked.weekday() * 24 + asked.hour, rng.choice(ids["staff"]),
             ids["desks"][0], rng.choice(ids["categories"]), ids["channels"][0], rng.choice(ids["patron_types"]),
             rng.randint(1, 3), ids["duration_bands"][0], ids["outcomes"][0], ""))
        for skill_id in rng.sample(ids["skills"], rng.randint(1, 2)):
            connection.execute("INSERT INTO enquiry_skills (enquiry_id, skill_id) VALUES (?, ?)",
                               (cursor.lastrowid, skill_id))
        connection.execute("COMMIT")

    try:
        return time_calls(one, repeat=count, warmup=5)
    finally:
        connection.close()


# --- the log: newest first, one page at a time -----------------------------------------------------------

LOG_SQL = (
    "SELECT e.id, e.asked_at, s.initials, d.name, c.label, ch.label, o.label, e.read_level, e.notes"
    " FROM enquiries e JOIN staff s ON s.id = e.staff_id JOIN desks d ON d.id = e.desk_id"
    " JOIN categories c ON c.id = e.category_id JOIN channels ch ON ch.id = e.channel_id"
    " JOIN outcomes o ON o.id = e.outcome_id {where} ORDER BY e.asked_at DESC, e.id DESC LIMIT ?"
)


def raw_log_samples(path: Path, repeat: int) -> tuple[list[float], list[float]]:
    """First page (fresh connection each time, as a freshly opened log) and the next page by keyset."""
    first_samples: list[float] = []
    holder: dict[str, tuple] = {}

    def first_page() -> None:
        connection = connect(path, read_only=True)
        try:
            rows = connection.execute(LOG_SQL.format(where=""), (LOG_PAGE_SIZE,)).fetchall()
            holder["last"] = (rows[-1][1], rows[-1][0])
        finally:
            connection.close()

    first_samples = time_calls(first_page, repeat=repeat)
    connection = connect(path, read_only=True)
    try:
        def further_page() -> None:
            asked_at, enquiry_id = holder["last"]
            connection.execute(LOG_SQL.format(where="WHERE (e.asked_at, e.id) < (?, ?)"),
                               (asked_at, enquiry_id, LOG_PAGE_SIZE)).fetchall()

        further_samples = time_calls(further_page, repeat=repeat)
    finally:
        connection.close()
    return first_samples, further_samples


# --- report aggregates straight over the raw enquiry rows ------------------------------------------------

REFERRED = "('referred-colleague', 'referred-specialist')"
RAW_REPORT_SQL = {
    "skill-gaps": (
        "SELECT es.skill_id, count(*), sum(o.key IN " + REFERRED + "), sum(o.key = 'escalated-it'),"
        " sum(e.read_level <= 2) FROM enquiry_skills es JOIN enquiries e ON e.id = es.enquiry_id"
        " JOIN outcomes o ON o.id = e.outcome_id WHERE e.asked_local_date BETWEEN ? AND ? GROUP BY es.skill_id"
    ),
    "desk-stats": (
        "SELECT e.category_id, e.outcome_id, e.read_level, count(*) FROM enquiries e"
        " WHERE e.asked_local_date BETWEEN ? AND ? GROUP BY e.category_id, e.outcome_id, e.read_level"
    ),
    "coverage": (
        "SELECT es.skill_id, e.asked_hour_of_week, count(*) FROM enquiry_skills es"
        " JOIN enquiries e ON e.id = es.enquiry_id WHERE e.asked_local_date BETWEEN ? AND ?"
        " GROUP BY es.skill_id, e.asked_hour_of_week"
    ),
}


def history_span(path: Path) -> tuple[str, str]:
    connection = connect(path, read_only=True)
    try:
        first, last = connection.execute(
            "SELECT min(asked_local_date), max(asked_local_date) FROM enquiries").fetchone()
        return str(first), str(last)
    finally:
        connection.close()


def raw_report_samples(path: Path, report: str, repeat: int) -> list[float]:
    first, last = history_span(path)
    connection = connect(path, read_only=True)
    try:
        return time_calls(lambda: connection.execute(RAW_REPORT_SQL[report], (first, last)).fetchall(),
                          repeat=repeat)
    finally:
        connection.close()


# --- import: read the CSV and store its rows, nothing else -----------------------------------------------

def raw_import_seconds(csv_path: Path, scratch: Path) -> tuple[float, int]:
    """Parse the CSV with the csv module and insert every row as text into one table, one transaction."""
    import time

    if scratch.exists():
        scratch.unlink()
    started = time.perf_counter()
    connection = connect(scratch)
    try:
        with csv_path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            columns = ", ".join(f'"c{i}" TEXT' for i in range(len(header)))
            connection.execute(f"CREATE TABLE imported ({columns})")
            marks = ", ".join("?" for _ in header)
            connection.execute("BEGIN IMMEDIATE")
            count = 0

            def rows():
                nonlocal count
                for row in reader:
                    count += 1
                    yield (row + [""] * len(header))[: len(header)]

            connection.executemany(f"INSERT INTO imported VALUES ({marks})", rows())
            connection.execute("COMMIT")
    finally:
        connection.close()
    return time.perf_counter() - started, count


def timed(fn: Callable[[], object]) -> float:
    return time_calls(fn, repeat=1, warmup=0)[0]
