"""Relevance of guide search: how often the right guide comes first (top-1) and in the top three (top-3)
for the patron phrasings in tests/data/guide_relevance.csv, on the starter guides.

    python -m benchmarks.relevance [--db PATH_OR_URL | --postgres] [--misses]

The same numbers are asserted by tests/test_guide_relevance.py (on SQLite and PostgreSQL) and reported by
`python -m benchmarks` beside the search speed.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.migrate import upgrade
from deskapp.db.models import Guide
from deskapp.guides.search import search_guides
from deskapp.startup.seed import seed

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "guide_relevance.csv"


@dataclass(frozen=True)
class Case:
    query: str
    expected: str  # guide key


@dataclass(frozen=True)
class Miss:
    case: Case
    found: tuple[str, ...]  # the keys of the top three, best first


@dataclass(frozen=True)
class Relevance:
    cases: int
    top1: int
    top3: int
    misses: tuple[Miss, ...]  # every case whose guide was not first

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.cases if self.cases else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.cases if self.cases else 0.0


def load_cases(path: Path = CASES) -> list[Case]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [Case(row["query"].strip(), row["expected"].strip()) for row in csv.DictReader(lines)]


def measure(db: Database, cases: list[Case] | None = None) -> Relevance:
    cases = load_cases() if cases is None else cases
    top1 = top3 = 0
    misses = []
    with db.read() as session:
        keys = dict(session.execute(select(Guide.id, Guide.key)).all())
        for case in cases:
            found = tuple(keys[hit.guide_id] for hit in search_guides(session, case.query, 3))
            top1 += found[:1] == (case.expected,)
            top3 += case.expected in found
            if found[:1] != (case.expected,):
                misses.append(Miss(case, found))
    return Relevance(len(cases), top1, top3, tuple(misses))


def run(path_or_url: str | None = None) -> Relevance:
    """A fresh database with the starter guides (a temporary SQLite file, or an empty PostgreSQL database)."""
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(path_or_url or str(Path(scratch) / "relevance.sqlite3"))
        try:
            upgrade(db)
            with db.write() as session:
                seed(session)
            return measure(db)
        finally:
            db.dispose()


def run_on_throwaway_postgres() -> Relevance:
    """The same measurement on a PostgreSQL server started from this machine's binaries (as the tests do)."""
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        raise SystemExit("no PostgreSQL server binaries (initdb/pg_ctl) on this machine")
    try:
        return run(server.url(server.create_database()))
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.relevance", description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an empty database URL (PostgreSQL) instead of a temporary SQLite file")
    parser.add_argument("--misses", action="store_true", help="list every phrasing whose guide was not first")
    parser.add_argument("--postgres", action="store_true",
                        help="start a throwaway PostgreSQL server from this machine's binaries and measure there")
    args = parser.parse_args(argv)
    result = run_on_throwaway_postgres() if args.postgres else run(args.db)
    print(f"{result.cases} phrasings: top-1 {result.top1} ({result.top1_rate:.1%}), "
          f"top-3 {result.top3} ({result.top3_rate:.1%})")
    if args.misses:
        for miss in result.misses:
            mark = "   " if miss.case.expected in miss.found else "!!!"
            print(f"{mark} {miss.case.query!r}: want {miss.case.expected}, got {', '.join(miss.found) or '(nothing)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
