"""Reports over all of the history, on the 1M and the 5M database: each time, the 5M/1M ratio, and a
hand-written single SQL aggregate over the raw enquiry rows as the baseline (what a report costs without
rollups: it grows with the history)."""

from __future__ import annotations

from datetime import date
from functools import partial

from benchmarks import baselines
from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement, from_samples, time_calls
from benchmarks.suite import Row

REPORTS = ("skill-gaps", "desk-stats", "coverage")
LARGE_BUDGET = Budget("median", "<", 100.0, "< 100 ms")


def report_rows(ctx: Context) -> list[Row]:
    small, large = size_label(ctx.config.small), size_label(ctx.config.large)
    rows = []
    for name in REPORTS:
        rows += [Row(f"reports.{name}.small", f"Report {name}, all of {small}", "ms"),
                 Row(f"reports.{name}.large", f"Report {name}, all of {large}", "ms", LARGE_BUDGET),
                 Row(f"reports.{name}.scaling", f"Report {name}, {large} vs {small}", "ms",
                     Budget("ratio", "<=", 1.5, f"{large}/{small} ≤ 1.5"))]
    return rows


def _raw_sql(report: str) -> str:
    """The reports work's own hand-written aggregate (benchmarks/report_bench.py) where it has one."""
    try:
        from benchmarks.report_bench import RAW_SQL
    except ImportError:
        return baselines.RAW_REPORT_SQL[report]
    return RAW_SQL.get(report, baselines.RAW_REPORT_SQL[report])


def _time_reports(ctx: Context, size: int) -> dict[str, tuple[list[float], list[float]]]:
    """{report: (app samples, raw SQL samples)} over the whole history of the database with `size` rows."""
    from deskapp.platform.actor import Actor
    from deskapp.reports import run_report
    from deskapp.startup.database import open_database

    path = ctx.data.database(size)
    db = open_database(str(path), seed_data=False).db
    first, last = (date.fromisoformat(day) for day in baselines.history_span(path))
    actor = Actor.cli()  # an admin: reports are for team leaders and up
    results = {}
    try:
        for name in REPORTS:
            app = time_calls(partial(run_report, db, actor, name, first, last),
                             repeat=ctx.config.report_repeat, warmup=2)
            # The raw aggregate reads every row (seconds at 5M): fewer repeats keep the run short.
            raw = baselines.raw_report_samples(path, _raw_sql(name), max(3, ctx.config.report_repeat // 3))
            results[name] = (app, raw)
    finally:
        db.dispose()
    return results


def run_reports(ctx: Context) -> list[Measurement]:
    small = _time_reports(ctx, ctx.config.small)
    large = _time_reports(ctx, ctx.config.large)
    rows = {row.key: row for row in report_rows(ctx)}
    out = []
    raw_title = "single SQL aggregate over the raw rows"
    for name in REPORTS:
        for size_key, timings in (("small", small), ("large", large)):
            row = rows[f"reports.{name}.{size_key}"]
            app, raw = timings[name]
            out.append(from_samples(row.key, row.title, row.unit, app, baseline_title=raw_title, baseline=raw,
                                    budget=row.budget))
        row = rows[f"reports.{name}.scaling"]
        out.append(from_samples(row.key, row.title, row.unit, large[name][0],
                                baseline_title=f"the same report on {size_label(ctx.config.small)}",
                                baseline=small[name][0], budget=row.budget,
                                note="ratio of the two medians: report cost should not grow with the history"))
    return out
