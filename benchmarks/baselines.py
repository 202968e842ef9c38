"""Baselines: the same job done the plainest way, straight on the sqlite3 module, measured in the same run.

Each is what the app's figure is divided by. They use the app's own connection settings (WAL,
synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes), so the ratio shows what the app's layers cost,
not a difference in durability.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.harness import time_calls

LOG_PAGE_SIZE = 200  # the log model's page


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

@dataclass(frozen=True)
class SaveRow:
    """One enquiry as the desk form would hand it over; the domain and the raw insert save the same rows."""

    staff_id: int
    desk_id: int
    category_id: int
    channel_id: int
    patron_type_id: int
    read_level: int
    duration_band_id: int
    outcome_id: int
    skill_ids: tuple[int, ...]
    asked_at: datetime


def save_rows(path: Path, count: int, seed: int = 7) -> list[SaveRow]:
    """`count` typical enquiries: a category people pick, its mapped skills, resolved at the desk."""
    connection = connect(path, read_only=True)
    try:
        return save_rows_from(connection, count, seed)
    finally:
        connection.close()


def save_rows_from(connection, count: int, seed: int = 7) -> list[SaveRow]:
    """The same from an open connection (sqlite3 or psycopg: both have `execute`)."""
    if True:
        def ids(sql: str) -> list[int]:
            return [row[0] for row in connection.execute(sql)]

        staff = ids("SELECT id FROM staff WHERE active ORDER BY id")
        desks = ids("SELECT id FROM desks ORDER BY id")
        categories = ids("SELECT id FROM categories WHERE pickable AND active ORDER BY id")
        mapping: dict[int, list[int]] = {}
        for category_id, skill_id in connection.execute(
                "SELECT cs.category_id, cs.skill_id FROM category_skills cs JOIN skills s ON s.id = cs.skill_id"
                " WHERE s.active ORDER BY 1, 2"):
            mapping.setdefault(category_id, []).append(skill_id)
        channels = ids("SELECT id FROM channels WHERE active ORDER BY id")
        patrons = ids("SELECT id FROM patron_types WHERE active ORDER BY id")
        bands = ids("SELECT id FROM duration_bands WHERE active ORDER BY id")
        resolved = connection.execute("SELECT id FROM outcomes WHERE key = 'resolved'").fetchone()[0]
    rng = random.Random(seed)
    now = datetime.now(UTC)
    rows = []
    for _ in range(count):
        category = rng.choice(categories)
        rows.append(SaveRow(rng.choice(staff), desks[0], category, channels[0], rng.choice(patrons),
                            rng.randint(1, 3), rng.choice(bands), resolved, tuple(mapping.get(category, [])[:2]),
                            now - timedelta(minutes=rng.randrange(1, 600))))
    return rows


class RawSaver:
    """Saves a SaveRow the plainest way, writing the same rows the domain save writes: the enquiry, its skill
    links, the rollup rows (day and month, its desk and desk 0 "all desks", upserted with VALUES computed
    here from lookups loaded once) and one audit event, in one BEGIN IMMEDIATE ... COMMIT, with the app's
    pragmas (WAL, synchronous=FULL). No validation, no ORM: the ratio is the app's overhead, not the disk's."""

    STATEMENTS = "BEGIN, INSERT enquiry, INSERT skill links (one executemany), 4 rollup upserts (executemany), " \
                 "INSERT audit, COMMIT"

    BEGIN = "BEGIN IMMEDIATE"

    def __init__(self, path: Path) -> None:
        self.connection = connect(path)
        self.connection.set_trace_callback(self._count)
        self._load()

    def _load(self) -> None:
        self.outcome_kind = dict(self.connection.execute("SELECT id, kind FROM outcomes").fetchall())
        self.counts_as = {sid: merged or sid for sid, merged in
                          self.connection.execute("SELECT id, merged_into_id FROM skills")}
        self.statements = 0

    def _execute(self, sql: str, params: tuple = ()):
        return self.connection.execute(sql, params)

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.connection.executemany(sql, rows)

    def _commit(self) -> None:
        self.connection.execute("COMMIT")

    def _count(self, _sql: str) -> None:
        self.statements += 1

    def save(self, row: SaveRow) -> None:
        asked = row.asked_at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        entered = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        local = row.asked_at.astimezone()
        day = local.date()
        hour = local.weekday() * 24 + local.hour
        execute = self._execute
        execute(self.BEGIN)
        cursor = execute(
            "INSERT INTO enquiries (asked_at, entered_at, asked_local_date, asked_hour_of_week, staff_id, desk_id,"
            " category_id, channel_id, patron_type_id, read_level, duration_band_id, outcome_id, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '') RETURNING id",
            (asked, entered, day.isoformat(), hour, row.staff_id, row.desk_id,
             row.category_id, row.channel_id, row.patron_type_id, row.read_level, row.duration_band_id,
             row.outcome_id))
        enquiry_id = cursor.fetchone()[0]
        if row.skill_ids:
            self._executemany("INSERT INTO enquiry_skills (enquiry_id, skill_id) VALUES (?, ?)",
                                        [(enquiry_id, skill_id) for skill_id in row.skill_ids])
        self._rollups(row, day, hour)
        changes = {"asked_at": row.asked_at.isoformat(), "category_id": row.category_id,
                   "channel_id": row.channel_id, "patron_type_id": row.patron_type_id,
                   "read_level": row.read_level, "duration_band_id": row.duration_band_id,
                   "outcome_id": row.outcome_id, "referral_target_id": None, "notes": "",
                   "staff_id": row.staff_id, "desk_id": row.desk_id, "skill_ids": list(row.skill_ids),
                   "guides": []}
        execute("INSERT INTO audit_events (at, actor, actor_staff_id, action, entity, entity_id, changes, desk_id)"
                " VALUES (?, ?, ?, 'create', 'enquiry', ?, ?, ?)",
                (entered, f"staff:{row.staff_id}", row.staff_id, str(enquiry_id), json.dumps(changes),
                 row.desk_id))
        self._commit()

    def _rollups(self, row: SaveRow, day: date, hour: int) -> None:
        kind = self.outcome_kind[row.outcome_id]
        low = row.read_level is not None and row.read_level <= 2
        referred, escalated = int(kind == "referred"), int(kind == "escalated")
        follow_up = int(kind == "follow-up")
        skills = list(dict.fromkeys(self.counts_as[s] for s in row.skill_ids))
        periods = [("d", day.isoformat()), ("m", day.replace(day=1).isoformat())]
        desks = [row.desk_id, 0]
        dims = [("all", 0), ("category", row.category_id), ("outcome", row.outcome_id),
                ("read", row.read_level or 0), ("channel", row.channel_id), ("patron", row.patron_type_id or 0),
                ("hour", hour)]
        upsert = self._executemany
        upsert("INSERT INTO rollup_enquiry_counts (grain, period_start, desk_id, dim, value, n)"
               " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (grain, period_start, desk_id, dim, value)"
               " DO UPDATE SET n = rollup_enquiry_counts.n + 1",
               [(g, p, d, dim, value) for g, p in periods for d in desks for dim, value in dims])
        if not skills:
            return
        outcomes = (referred, escalated, follow_up, int(low), int(low) * referred, int(low) * escalated)
        keys = [(g, p, d, s) for g, p in periods for d in desks for s in skills]
        upsert("INSERT INTO rollup_skill_counts (grain, period_start, desk_id, skill_id, n, referred, escalated,"
               " follow_up, low_n, low_referred, low_escalated, expected, low_expected)"
               " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0, 0)"
               " ON CONFLICT (grain, period_start, desk_id, skill_id) DO UPDATE SET"
               " n = rollup_skill_counts.n + 1, referred = rollup_skill_counts.referred + excluded.referred,"
               " escalated = rollup_skill_counts.escalated + excluded.escalated,"
               " follow_up = rollup_skill_counts.follow_up + excluded.follow_up,"
               " low_n = rollup_skill_counts.low_n + excluded.low_n,"
               " low_referred = rollup_skill_counts.low_referred + excluded.low_referred,"
               " low_escalated = rollup_skill_counts.low_escalated + excluded.low_escalated",
               [(*key, *outcomes) for key in keys])
        staff_outcomes = (referred, escalated, int(low), int(low) * referred, int(low) * escalated)
        upsert("INSERT INTO rollup_staff_skill_counts (grain, period_start, desk_id, staff_id, skill_id, n,"
               " referred, escalated, low_n, low_referred, low_escalated, expected, low_expected)"
               " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 0, 0)"
               " ON CONFLICT (grain, period_start, desk_id, staff_id, skill_id) DO UPDATE SET"
               " n = rollup_staff_skill_counts.n + 1,"
               " referred = rollup_staff_skill_counts.referred + excluded.referred,"
               " escalated = rollup_staff_skill_counts.escalated + excluded.escalated,"
               " low_n = rollup_staff_skill_counts.low_n + excluded.low_n,"
               " low_referred = rollup_staff_skill_counts.low_referred + excluded.low_referred,"
               " low_escalated = rollup_staff_skill_counts.low_escalated + excluded.low_escalated",
               [(g, p, d, row.staff_id, s, *staff_outcomes) for g, p, d, s in keys])
        upsert("INSERT INTO rollup_skill_hours (grain, period_start, desk_id, skill_id, hour_of_week, n, referred,"
               " escalated, expected) VALUES (?, ?, ?, ?, ?, 1, ?, ?, 0)"
               " ON CONFLICT (grain, period_start, desk_id, skill_id, hour_of_week) DO UPDATE SET"
               " n = rollup_skill_hours.n + 1, referred = rollup_skill_hours.referred + excluded.referred,"
               " escalated = rollup_skill_hours.escalated + excluded.escalated",
               [(*key, hour, referred, escalated) for key in keys])

    def close(self) -> None:
        self.connection.close()


# --- the log: newest first, one page at a time -----------------------------------------------------------

LOG_SQL = (
    "SELECT e.id, e.asked_at, s.initials, d.name, c.label, ch.label, o.label, e.read_level, e.notes"
    " FROM enquiries e JOIN staff s ON s.id = e.staff_id JOIN desks d ON d.id = e.desk_id"
    " JOIN categories c ON c.id = e.category_id JOIN channels ch ON ch.id = e.channel_id"
    " JOIN outcomes o ON o.id = e.outcome_id {where} ORDER BY e.asked_at DESC, e.id DESC LIMIT ?"
)


def raw_log_samples(path: Path, repeat: int, page_size: int = LOG_PAGE_SIZE) -> tuple[list[float], list[float]]:
    """First page (fresh connection each time, as a freshly opened log) and the next page by keyset."""
    first_samples: list[float] = []
    holder: dict[str, tuple] = {}

    def first_page() -> None:
        connection = connect(path, read_only=True)
        try:
            rows = connection.execute(LOG_SQL.format(where=""), (page_size,)).fetchall()
            holder["last"] = (rows[-1][1], rows[-1][0])
        finally:
            connection.close()

    first_samples = time_calls(first_page, repeat=repeat)
    connection = connect(path, read_only=True)
    try:
        def further_page() -> None:
            asked_at, enquiry_id = holder["last"]
            connection.execute(LOG_SQL.format(where="WHERE (e.asked_at, e.id) < (?, ?)"),
                               (asked_at, enquiry_id, page_size)).fetchall()

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


def raw_report_samples(path: Path, sql: str, repeat: int) -> list[float]:
    first, last = history_span(path)
    connection = connect(path, read_only=True)
    try:
        return time_calls(lambda: connection.execute(sql, (first, last)).fetchall(), repeat=repeat)
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
