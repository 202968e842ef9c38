"""The desk: saving an enquiry through the domain layer, and paging the enquiry log."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import baselines
from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement, from_samples, time_calls, unavailable
from benchmarks.suite import NotAvailable, Row

SAVE_BUDGET = Budget("ratio", "<=", 2.0, "p50 ≤ 2× raw")
SAVE_P99_BUDGET = Budget("p99_ratio", "<=", 1.5, "p99 ≤ 1.5× raw p99")
FIRST_PAGE_BUDGET = Budget("median", "<", 50.0, "< 50 ms")
FURTHER_PAGE_BUDGET = Budget("median", "<", 20.0, "< 20 ms")
SAVE_BLOCK = 50  # saves per block; domain and raw blocks alternate so a noisy moment hits both


def save_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.small)
    return [Row("save.domain", f"Save an enquiry (domain layer, SQLite, {label} rows)", "ms", SAVE_BUDGET),
            Row("save.domain_p99", f"Save an enquiry, p99 (domain layer, SQLite, {label} rows)", "ms",
                SAVE_P99_BUDGET),
            Row("save.ram_disk", f"Save an enquiry on a RAM disk (app cost without fsync, {label} rows)", "ms")]


def run_save(ctx: Context) -> list[Measurement]:
    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
    from deskapp.platform.actor import Actor
    from deskapp.startup.database import open_database

    domain_path = ctx.data.scratch_copy(ctx.config.small, "save-domain")
    raw_path = ctx.data.scratch_copy(ctx.config.small, "save-raw")
    db = open_database(str(domain_path)).db
    roles = dict(baselines.connect(domain_path, read_only=True).execute("SELECT id, role FROM staff").fetchall())
    count = ctx.config.saves
    rows = baselines.save_rows(domain_path, count + 2 * SAVE_BLOCK)
    warm, rows = rows[: 2 * SAVE_BLOCK], rows[2 * SAVE_BLOCK:]

    def domain_save(row: baselines.SaveRow) -> None:
        draft = EnquiryDraft(row.category_id, row.channel_id, row.outcome_id, row.patron_type_id, row.read_level,
                             row.duration_band_id, None, row.skill_ids, "", row.asked_at)
        with db.write() as session:
            log_enquiry(session, Actor.staff_member(row.staff_id, roles[row.staff_id]), row.desk_id, draft)

    raw = baselines.RawSaver(raw_path)
    counter = StatementCounter(db.engine)
    try:
        for row in warm[:SAVE_BLOCK]:
            domain_save(row)
        for row in warm[SAVE_BLOCK:]:
            raw.save(row)
        domain_ms: list[float] = []
        raw_ms: list[float] = []
        for start in range(0, count, SAVE_BLOCK):
            block = rows[start:start + SAVE_BLOCK]
            domain_ms += _time_each(domain_save, block)
            raw_ms += _time_each(raw.save, block)
        counter.reset()
        raw.statements = 0
        for row in warm[:10]:
            domain_save(row)
            raw.save(row)
        domain_statements, raw_statements = counter.per_save(10), raw.statements / 10
    finally:
        counter.remove()
        raw.close()
        db.dispose()
    disk_row, p99_row, ram_row = save_rows(ctx)
    statements = (f"statements per save: {domain_statements.text()}; the raw baseline runs "
                  f"{raw_statements:.0f} SQLite statement executions ({baselines.RawSaver.STATEMENTS})")
    ctx.notes.append(f"save: {statements}")
    common: dict[str, Any] = dict(
        baseline_title="raw sqlite3: the same rows (enquiry, skill links, rollups, audit), one transaction each",
        baseline=raw_ms, statements=domain_statements.__dict__, raw_statements=raw_statements)
    note = ("one `log_enquiry` per `Database.write()` (validation, skills, rollups, audit), synchronous=FULL on "
            "both sides; the baseline writes the same rows, alternating with the domain saves in blocks of 50; "
            + statements)
    on_disk = from_samples(disk_row.key, disk_row.title, disk_row.unit, domain_ms, budget=disk_row.budget,
                           note=note, **common)
    p99 = from_samples(p99_row.key, p99_row.title, p99_row.unit, domain_ms, budget=p99_row.budget,
                       note="the same samples, judged at p99 against the raw p99", **common)
    return [on_disk, p99, _save_in_memory(ctx, ram_row)]


class StatementCount:
    def __init__(self, issued: float, runs: float, executemany: float) -> None:
        self.issued = issued  # cursor executions SQLAlchemy sent (an executemany is one)
        self.runs = runs  # SQLite statement executions, BEGIN/PRAGMA/COMMIT included (sqlite3's trace)
        self.executemany = executemany

    def text(self) -> str:
        return (f"{self.issued:.0f} issued through SQLAlchemy ({self.executemany:.0f} of them executemany), "
                f"{self.runs:.0f} SQLite statement executions in all (BEGIN, PRAGMAs and COMMIT included)")


class StatementCounter:
    """Counts what one save sends to the database: SQLAlchemy's cursor executions (an executemany counted
    once) and, through sqlite3's trace callback, every statement SQLite runs, BEGIN and COMMIT included."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.engine = engine
        self.issued = self.runs = self.executemany = 0
        self._event = event
        event.listen(engine, "before_cursor_execute", self._on_execute)
        event.listen(engine, "checkout", self._on_checkout)

    def _on_execute(self, _conn, _cursor, _statement, _params, _context, executemany) -> None:
        self.issued += 1
        self.executemany += int(bool(executemany))

    def _on_checkout(self, dbapi_connection, _record, _proxy) -> None:
        if hasattr(dbapi_connection, "set_trace_callback"):
            dbapi_connection.set_trace_callback(self._on_trace)

    def _on_trace(self, _sql: str) -> None:
        self.runs += 1

    def reset(self) -> None:
        self.issued = self.runs = self.executemany = 0

    def per_save(self, saves: int) -> StatementCount:
        return StatementCount(self.issued / saves, self.runs / saves, self.executemany / saves)

    def remove(self) -> None:
        self._event.remove(self.engine, "before_cursor_execute", self._on_execute)
        self._event.remove(self.engine, "checkout", self._on_checkout)


def _save_in_memory(ctx: Context, row: Row) -> Measurement:
    """The same on a RAM disk (/dev/shm): the disk's fsync taken out, what is left is the app's own cost.
    Wraps the desk work's `save_timings` (benchmarks/desk_log.py)."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        return unavailable(row.key, row.title, row.unit, "no RAM disk (/dev/shm) on this machine")
    from benchmarks.desk_log import save_timings

    source = ctx.data.database(ctx.config.small)
    count = min(ctx.config.saves, 500)
    folder = Path(tempfile.mkdtemp(prefix="deskapp-bench-", dir=shm))
    try:
        domain_ms = save_timings(source, count=count, scratch_dir=folder)
        raw_path = folder / "raw.sqlite3"
        shutil.copyfile(source, raw_path)
        raw = baselines.RawSaver(raw_path)
        try:
            raw_ms = _time_each(raw.save, baselines.save_rows(raw_path, count))
        finally:
            raw.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return from_samples(row.key, row.title, row.unit, domain_ms, baseline_title="raw sqlite3 INSERTs on the "
                        "RAM disk", baseline=raw_ms, note="`save_timings` of benchmarks/desk_log.py with its "
                        "scratch copy on /dev/shm; no budget of its own: it shows how much of the save is the app")


def _time_each(fn, items) -> list[float]:
    iterator = iter(items)
    return time_calls(lambda: fn(next(iterator)), repeat=len(items), warmup=0)


# --- the enquiry log -------------------------------------------------------------------------------------

LOG_PAGES = 20  # further pages fetched after each opening


def log_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.small)
    return [Row("log.first_page", f"Log view: first page, {label} enquiries (newest first)", "ms",
                FIRST_PAGE_BUDGET),
            Row("log.further_page", f"Log view: a further page, {label} enquiries (newest first)", "ms",
                FURTHER_PAGE_BUDGET)]


def run_log(ctx: Context) -> list[Measurement]:
    """Wraps the desk work's `log_page_timings` (benchmarks/desk_log.py): the log's Qt model over the real
    query, opened afresh (reference lists + first page) and then scrolled page by page, for several sorts
    and filters. The baseline is the plainest newest-first query on sqlite3 (joins for the labels, keyset)."""
    try:
        from benchmarks.desk_log import log_page_timings
        from deskapp.ui.log.model import PAGE_SIZE
    except ImportError as error:
        raise NotAvailable(f"the desk work's log benchmark cannot be imported: {error}") from error

    path = ctx.data.database(ctx.config.small)
    repeat = max(2, ctx.config.log_repeat // 3)
    cases = log_page_timings(path, pages=LOG_PAGES if not ctx.config.quick else 3, repeat=repeat)
    raw_first, raw_further = baselines.raw_log_samples(path, ctx.config.log_repeat, PAGE_SIZE)
    first_row, further_row = log_rows(ctx)
    raw_title = "raw sqlite3 query of one page"
    label = size_label(ctx.config.small)
    out = []
    for name, timing in cases.items():
        if name == "newest first":
            out += [from_samples(first_row.key, first_row.title, "ms", timing["first"], baseline_title=raw_title,
                                 baseline=raw_first, budget=first_row.budget,
                                 note=f"LogModel.reload: reference lists + a page of {PAGE_SIZE} rows"),
                    from_samples(further_row.key, further_row.title, "ms", timing["further"],
                                 baseline_title=raw_title + " (keyset)", baseline=raw_further,
                                 budget=further_row.budget, note=f"LogModel.fetchMore, {PAGE_SIZE} rows")]
            continue
        slug = "_".join(name.lower().split())
        if timing["first"]:
            out.append(from_samples(f"log.first_page.{slug}", f"Log view: first page, {label}, {name}", "ms",
                                    timing["first"], budget=first_row.budget))
        if timing["further"]:
            out.append(from_samples(f"log.further_page.{slug}", f"Log view: a further page, {label}, {name}",
                                    "ms", timing["further"], budget=further_row.budget))
    return out
