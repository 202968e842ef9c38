"""Guide search over 10,000 generated guides with its relevance beside it, and the import of a 100,000-row
Gimlet-style CSV.

Both wrap the measuring functions their areas put in benchmarks/ (guide_search_bench.py, import_bench.py)."""

from __future__ import annotations

import os
import re
import sqlite3
from functools import partial
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement, Stats, from_samples, time_calls
from benchmarks.suite import NotAvailable, Row

SEARCH_BUDGET = Budget("p95", "<", 20.0, "p95 < 20 ms")
# The goal, as shares of the phrasings missed: at least 95% first, all in the top three.
TOP1_BUDGET = Budget("median", "<=", 5.0, "≤ 5% not first")
TOP3_BUDGET = Budget("median", "<=", 0.0, "none outside the top 3")


def area_module(name: str, owner: str) -> ModuleType:
    if find_spec(f"benchmarks.{name}") is None:
        raise NotAvailable(f"benchmarks/{name}.py from the {owner} work is not in the tree yet")
    return import_module(f"benchmarks.{name}")


def search_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.guides)
    return [Row("search.mixed", f"Guide search, {label} guides, mixed queries", "ms", SEARCH_BUDGET),
            Row("search.relevance_top1", "Guide search relevance: phrasings whose guide is not first", "%",
                TOP1_BUDGET),
            Row("search.relevance_top3", "Guide search relevance: phrasings whose guide is not in the top 3", "%",
                TOP3_BUDGET)]


def relevance_measurements(rows: list[Row]) -> list[Measurement]:
    """The relevance set (tests/data/guide_relevance.csv) on the starter guides, SQLite. One figure each, not
    a timing: the share of phrasings missed, so a budget can say "at most"."""
    from benchmarks.relevance import run as measure_relevance

    result = measure_relevance()
    note = (f"{result.top1} of {result.cases} patron phrasings find their guide first, {result.top3} in the top "
            "three (tests/data/guide_relevance.csv, SQLite; PostgreSQL: python -m benchmarks.relevance --postgres)")
    _, top1, top3 = rows
    return [from_samples(top1.key, top1.title, top1.unit, [100.0 * (1 - result.top1_rate)], budget=top1.budget,
                         note=note),
            from_samples(top3.key, top3.title, top3.unit, [100.0 * (1 - result.top3_rate)], budget=top3.budget,
                         note=note)]


def _raw_search(connection: sqlite3.Connection, sql: str, query: str) -> list[Any]:
    return connection.execute(sql, (_raw_match(query),)).fetchall()


def _raw_match(query: str) -> str:
    """The plainest FTS5 query for the same text: every word, the last one as a prefix (as-you-type)."""
    words = re.findall(r"\w+", query.lower())
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


def _build_raw_fts(corpus: Path, target: Path) -> None:
    connection = sqlite3.connect(target)
    try:
        connection.execute(f"ATTACH DATABASE '{corpus}' AS corpus")
        connection.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(title, summary, body)")
        connection.execute("INSERT INTO raw_fts (rowid, title, summary, body) "
                           "SELECT id, title, summary, body FROM corpus.guides")
        connection.commit()
    finally:
        connection.close()


def _raw_search_samples(path: Path, mix: list[tuple[str, str]], rounds: int) -> list[float]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sql = "SELECT rowid, title FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 10"
    try:
        for _kind, query in mix:
            connection.execute(sql, (_raw_match(query),)).fetchall()
        samples = []
        for _ in range(rounds):
            for _kind, query in mix:
                samples += time_calls(partial(_raw_search, connection, sql, query), repeat=1, warmup=0)
        return samples
    finally:
        connection.close()


def run_search(ctx: Context) -> list[Measurement]:
    bench = area_module("guide_search_bench", "guides")
    from deskapp.db import Database
    from deskapp.db.migrate import upgrade

    count = ctx.config.guides

    def build_corpus(path: Path) -> None:
        db = Database(path)
        try:
            upgrade(db)
            bench.generate_guides(db, count)
        finally:
            db.dispose()

    sources = ["benchmarks.guide_search_bench", "deskapp.guides.search"]
    corpus = ctx.data.cached(f"guides-{count}", build_corpus, sources)
    raw = ctx.data.cached(f"rawfts-guides-{count}", lambda target: _build_raw_fts(corpus, target), sources)
    db = Database(corpus)
    try:
        measured = bench.measure(db, ctx.config.search_rounds)
    finally:
        db.dispose()
    # Wall-clock ms by kind (a plain dict, or `.wall` with `.cpu` beside it: CPU time shows how much of the
    # wall time a busy machine added).
    by_kind: dict[str, list[float]] = getattr(measured, "wall", measured)
    cpu_by_kind: dict[str, list[float]] = getattr(measured, "cpu", {})
    cpu_all = [ms for values in cpu_by_kind.values() for ms in values]
    everything = [ms for values in by_kind.values() for ms in values]
    raw_ms = _raw_search_samples(raw, bench.query_mix(), ctx.config.search_rounds)
    row, *relevance = search_rows(ctx)
    kinds = "; ".join(f"{kind} p95 {Stats.of(values).p95:.1f} ms" for kind, values in by_kind.items())
    mixed = from_samples(row.key, row.title, row.unit, everything, budget=row.budget,
                         baseline_title="bare FTS5 MATCH, same corpus and queries", baseline=raw_ms,
                         note=f"`search_guides` (ranking, snippets, typo and prefix expansion) over "
                              f"{count:,} generated guides of 200–800 words; by kind: {kinds}"
                              + (f"; CPU time p95 {Stats.of(cpu_all).p95:.1f} ms" if cpu_all else ""))
    per_kind = [from_samples(f"search.{kind}", f"Guide search: {kind} queries", "ms", values)
                for kind, values in by_kind.items()]
    return [mixed, *per_kind, *relevance_measurements([row, *relevance])]


def import_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.import_rows)
    return [Row("import.gimlet", f"Import a {label}-row Gimlet-style CSV", "rows/s"),
            Row("import.dry_run", f"Import dry run (check every row), {label} rows", "rows/s")]


def run_import(ctx: Context) -> list[Measurement]:
    """Wraps the import work's `measure` (benchmarks/import_bench.py): a generated Gimlet API export imported
    into a fresh, seeded database (read, check, bulk insert, rollups, audit) and a dry run; its baseline is
    a bare sqlite3 executemany of as many rows."""
    bench = area_module("import_bench", "import")
    results = []
    csv_name = f"gimlet-{ctx.config.import_rows}.csv"
    for run in range(ctx.config.import_runs):
        folder = ctx.work_dir / f"import-{run}"  # a folder per run: the bench's raw baseline file is per folder
        folder.mkdir()
        if run:
            os.link(ctx.work_dir / "import-0" / csv_name, folder / csv_name)  # the same CSV, generated once
        results.append(bench.measure(folder, ctx.config.import_rows))
    full, dry = import_rows(ctx)
    raw = [r.raw_rows_per_second for r in results]
    raw_title = "raw sqlite3 executemany, same row count"
    return [
        from_samples(full.key, full.title, full.unit, [r.rows_per_second for r in results], higher_is_better=True,
                     baseline_title=raw_title, baseline=raw,
                     note=f"median of {len(results)} imports; {results[0].import_seconds:.1f} s for the first"
                          + _phases(results[0])),
        from_samples(dry.key, dry.title, dry.unit, [r.dry_run_rows_per_second for r in results],
                     higher_is_better=True, baseline_title=raw_title, baseline=raw),
    ]


def _phases(result: object) -> str:
    """Where the import's time went, when the import bench reports it."""
    phases = [(name, getattr(result, f"{name}_seconds", 0.0)) for name in ("check", "insert", "rollup_commit")]
    if not any(seconds for _name, seconds in phases):
        return ""
    return " (" + ", ".join(f"{name.replace('_', ' + ')} {seconds:.1f} s" for name, seconds in phases) + ")"


DESK_WAIT_BUDGET = Budget("max", "<", 1000.0, "longest < 1 s")


def import_desk_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.import_desk_rows)
    return [Row("import_desk.save_wait", f"Desk save while another program imports {label} rows", "ms",
                DESK_WAIT_BUDGET)]


def run_import_desk(ctx: Context) -> list[Measurement]:
    """benchmarks/import_desk_bench.py: a desk saving every 50 ms while a child process imports."""
    from benchmarks import import_desk_bench

    folder = ctx.work_dir / "import-desk"
    folder.mkdir()
    result = import_desk_bench.measure(folder, ctx.config.import_desk_rows)
    (row,) = import_desk_rows(ctx)
    return [from_samples(row.key, row.title, row.unit, result.during_ms, budget=row.budget,
                         baseline_title="the same saves with no import running", baseline=result.quiet_ms,
                         note=f"{len(result.during_ms)} desk saves (`log_enquiry`, one `Database.write()` each) "
                              f"during a {result.import_seconds:.0f} s import of {result.rows:,} Gimlet rows in a "
                              f"second process; {result.failures} failed; longest {max(result.during_ms):.0f} ms "
                              f"(with no import: {max(result.quiet_ms):.0f} ms); the budget is on the longest")]
