"""Import speed: generate a Gimlet-style API CSV (100,000 rows by default) and import it into a fresh,
migrated and seeded SQLite database. Reports rows per second for the whole import (read, check every row,
bulk insert, rollups, audit), for a dry run, and for a raw sqlite3 executemany of the same number of rows
as a same-machine baseline.

    .venv/bin/python -m benchmarks.import_bench [--rows 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

HEADER = ["question_number", "initials", "email", "location", "duration", "format", "asked_by", "question_type",
          "difficulty", "asked_at", "question_date", "question_time", "question_half_hour", "question_weekday",
          "added_at", "tags", "site", "account", "question", "answer"]
TYPES = ["Directional", "Reference", "Technology", "Printing", "Circulation", "Policy", "Equipment", "Wireless",
         "Password", "Account", "Rooms", "Something else"]
FORMATS = ["In Person"] * 7 + ["Phone", "Email", "Chat", "Roving"]
ASKED_BY = ["Student"] * 6 + ["Graduate", "Graduate", "Faculty", "Staff", "Community"]
DURATIONS = ["0-5 minutes"] * 5 + ["5-10 minutes"] * 3 + ["10-20 minutes", "20+ minutes"]
TAGS = ["", "", "", "eduroam", "mfa", "password", "printing", "directions", "wifi laptop"]
LOCATIONS = ["Main Desk", "Science Desk"]


def generate_gimlet_csv(path: Path, rows: int, seed: int = 1) -> None:
    """A realistic Gimlet API export: a year of desk questions, 25 staff, two desks, some unknown values."""
    rng = random.Random(seed)
    staff = [f"{chr(65 + i % 26)}{chr(65 + (i * 7) % 26)}" for i in range(25)]
    start = datetime(2021, 1, 4, 8, 0)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number in range(1, rows + 1):
            asked = start + timedelta(days=rng.randrange(365), hours=rng.randrange(13), minutes=rng.randrange(60),
                                      seconds=rng.randrange(60))
            added = asked + timedelta(seconds=rng.randrange(5, 600))
            initials = rng.choice(staff)
            stamp = asked.strftime("%Y-%m-%d %I:%M:%S %p")
            writer.writerow([
                number, initials, f"{initials.lower()}@library.example.edu", rng.choice(LOCATIONS),
                rng.choice(DURATIONS), rng.choice(FORMATS), rng.choice(ASKED_BY), rng.choice(TYPES),
                rng.randint(1, 4), stamp, asked.strftime("%Y-%m-%d"), asked.strftime("%I:%M:%S %p"),
                asked.replace(minute=asked.minute // 30 * 30, second=0).strftime("%I:%M %p"),
                asked.strftime("%A"), added.strftime("%Y-%m-%d %I:%M:%S %p"), rng.choice(TAGS), "Main Library",
                "University Library", "Where is the printer?" if number % 3 else "", "Level 2" if number % 3 else "",
            ])


@dataclass(frozen=True)
class ImportMeasurement:
    rows: int
    import_seconds: float
    dry_run_seconds: float
    raw_insert_seconds: float
    # Where the committed import's time went: read + check every row, insert rows, then the report
    # rollups, audit and commit.
    check_seconds: float = 0.0
    insert_seconds: float = 0.0
    rollup_commit_seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.import_seconds

    @property
    def dry_run_rows_per_second(self) -> float:
        return self.rows / self.dry_run_seconds

    @property
    def raw_rows_per_second(self) -> float:
        return self.rows / self.raw_insert_seconds


def _fresh_database(folder: Path, name: str):
    from deskapp.db import Database
    from deskapp.db.migrate import upgrade
    from deskapp.startup.seed import seed

    db = Database(folder / name)
    upgrade(db)
    with db.write() as session:
        seed(session)
    return db


def _raw_baseline(folder: Path, rows: int) -> float:
    """A bare sqlite3 executemany of as many 15-column rows: the floor any importer sits on."""
    connection = sqlite3.connect(folder / "raw.sqlite3")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d INT, e INT, f INT, "
                       "g INT, h INT, i INT, j INT, k INT, l INT, m TEXT, n TEXT UNIQUE)")
    data = [(f"2021-01-01 10:00:{i % 60:02d}", "2021-01-01 10:01:00", "2021-01-01", i % 168, 1, 1, 1, 1, 1, 2,
             1, 1, "", f"{i:064x}") for i in range(rows)]
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO t (a, b, c, d, e, f, g, h, i, j, k, l, m, n) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", data)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def measure(folder: Path, rows: int = 100_000, seed: int = 1) -> ImportMeasurement:
    from deskapp.importing import FORMATS as IMPORT_FORMATS
    from deskapp.importing import import_file
    from deskapp.platform.actor import Actor

    source = folder / f"gimlet-{rows}.csv"
    if not source.exists():
        generate_gimlet_csv(source, rows, seed)
    db = _fresh_database(folder, f"import-{time.time_ns()}.sqlite3")
    try:
        started = time.perf_counter()
        dry = import_file(db, Actor.cli(), source, IMPORT_FORMATS["gimlet"], timezone="UTC", dry_run=True)
        dry_seconds = time.perf_counter() - started
        marks: dict[str, float] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if done >= total:
                marks[stage] = time.perf_counter()

        started = time.perf_counter()
        done = import_file(db, Actor.cli(), source, IMPORT_FORMATS["gimlet"], timezone="UTC", progress=progress)
        finished = time.perf_counter()
        import_seconds = finished - started
    finally:
        db.dispose()
    if done.imported != rows or dry.new_rows != rows:
        raise RuntimeError(f"expected {rows} rows, imported {done.imported} (dry run: {dry.new_rows})")
    checked, written = marks.get("checking", started), marks.get("writing", finished)
    return ImportMeasurement(rows, import_seconds, dry_seconds, _raw_baseline(folder, rows),
                             checked - started, written - checked, finished - written)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = measure(args.keep, args.rows, args.seed)
    else:
        with tempfile.TemporaryDirectory() as folder:
            result = measure(Path(folder), args.rows, args.seed)
    print(f"rows:                {result.rows:,}")
    print(f"import (committed):  {result.import_seconds:.2f} s = {result.rows_per_second:,.0f} rows/s")
    print(f"  of which read + check {result.check_seconds:.2f} s, insert {result.insert_seconds:.2f} s, "
          f"report rollups + audit + commit {result.rollup_commit_seconds:.2f} s")
    print(f"dry run (check all): {result.dry_run_seconds:.2f} s = {result.dry_run_rows_per_second:,.0f} rows/s")
    print(f"baseline raw sqlite3 executemany, same row count: {result.raw_insert_seconds:.2f} s "
          f"= {result.raw_rows_per_second:,.0f} rows/s")
    print(f"ratio import / raw insert time: {result.import_seconds / result.raw_insert_seconds:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
