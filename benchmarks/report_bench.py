"""Skill-gap, desk-statistics and coverage reports over the whole history of a 1M and a 5M-enquiry
database, against a hand-written single SQL aggregate over the raw enquiry rows (what a report would cost
without the rollups).

    .venv/bin/deskapp --db /tmp/r1.sqlite3 demo-data --enquiries 1000000
    .venv/bin/deskapp --db /tmp/r5.sqlite3 demo-data --enquiries 5000000
    .venv/bin/python -m benchmarks.report_bench /tmp/r1.sqlite3 /tmp/r5.sqlite3

Budget: under 100 ms on the large database, and no more than 1.5× the time on the small one. Each figure is
the median of REPEAT calls after a warm-up (wall clock), with the median CPU time of this process beside it:
on a shared, busy machine the CPU time is the steadier of the two.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import statistics
import time
from datetime import date

REPORTS = ("skill-gaps", "desk-stats", "coverage")
BUDGET_MS = 100.0
RATIO = 1.5
RAW_SQL = {
    "skill-gaps": "SELECT es.skill_id, count(*), sum(o.kind = 'referred'), sum(o.kind = 'escalated'), "
                  "sum(e.read_level <= 2) FROM enquiry_skills es JOIN enquiries e ON e.id = es.enquiry_id "
                  "JOIN outcomes o ON o.id = e.outcome_id WHERE e.asked_local_date BETWEEN ? AND ? "
                  "GROUP BY es.skill_id",
    "desk-stats": "SELECT e.category_id, e.outcome_id, e.read_level, count(*) FROM enquiries e "
                  "WHERE e.asked_local_date BETWEEN ? AND ? GROUP BY e.category_id, e.outcome_id, e.read_level",
    "coverage": "SELECT es.skill_id, e.asked_hour_of_week, count(*) FROM enquiry_skills es "
                "JOIN enquiries e ON e.id = es.enquiry_id WHERE e.asked_local_date BETWEEN ? AND ? "
                "GROUP BY es.skill_id, e.asked_hour_of_week",
}


def _time(call, repeat: int, warmup: int = 2) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of `repeat` calls after `warmup` calls."""
    for _ in range(warmup):
        call()
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        gc.enable()
    return statistics.median(walls), statistics.median(cpus)


def measure(path: str, repeat: int, raw_repeat: int) -> dict[str, dict[str, float]]:
    from deskapp.platform.actor import Actor
    from deskapp.reports import run_report
    from deskapp.startup.database import open_database

    db = open_database(path, seed_data=False).db
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    count, first, last = raw.execute(
        "SELECT count(*), min(asked_local_date), max(asked_local_date) FROM enquiries").fetchone()
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    out: dict[str, dict[str, float]] = {"_": {"enquiries": count}}
    try:
        for name in REPORTS:
            wall, cpu = _time(lambda name=name: run_report(db, Actor.cli(), name, start, end), repeat)
            raw_wall, _ = _time(lambda name=name: raw.execute(RAW_SQL[name], (first, last)).fetchall(), raw_repeat,
                                warmup=1)
            out[name] = {"wall": wall, "cpu": cpu, "raw": raw_wall}
    finally:
        raw.close()
        db.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("small", help="the 1M-enquiry SQLite file")
    parser.add_argument("large", help="the 5M-enquiry SQLite file")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--raw-repeat", type=int, default=3)
    args = parser.parse_args()
    small = measure(args.small, args.repeat, args.raw_repeat)
    large = measure(args.large, args.repeat, args.raw_repeat)
    print(f"small: {small['_']['enquiries']:,} enquiries   large: {large['_']['enquiries']:,} enquiries")
    print(f"{'report':<12} {'small ms':>9} {'(cpu)':>7} {'large ms':>9} {'(cpu)':>7} {'ratio':>6} "
          f"{'raw small':>10} {'raw large':>10}  verdict")
    ok = True
    for name in REPORTS:
        s, g = small[name], large[name]
        ratio = g["wall"] / s["wall"]
        met = g["wall"] < BUDGET_MS and ratio <= RATIO
        ok &= met
        print(f"{name:<12} {s['wall']:9.1f} {s['cpu']:7.1f} {g['wall']:9.1f} {g['cpu']:7.1f} {ratio:6.2f} "
              f"{s['raw']:10.0f} {g['raw']:10.0f}  {'met' if met else 'MISSED'} (< {BUDGET_MS:.0f} ms, ≤ {RATIO}×)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
