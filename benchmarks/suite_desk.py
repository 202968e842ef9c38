"""The desk: saving an enquiry through the domain layer, and paging the enquiry log."""

from __future__ import annotations

from benchmarks import baselines
from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement, from_samples, time_calls
from benchmarks.suite import NotAvailable, Row

SAVE_BUDGET = Budget("p99", "<", 5.0, "p99 < 5 ms")
FIRST_PAGE_BUDGET = Budget("median", "<", 50.0, "< 50 ms")
FURTHER_PAGE_BUDGET = Budget("median", "<", 20.0, "< 20 ms")
SAVE_BLOCK = 50  # saves per block; domain and raw blocks alternate so a noisy moment hits both


def save_rows(ctx: Context) -> list[Row]:
    return [Row("save.domain", f"Save an enquiry (domain layer, SQLite, {size_label(ctx.config.small)} rows)", "ms",
                SAVE_BUDGET)]


def run_save(ctx: Context) -> list[Measurement]:
    from deskapp.actor import Actor
    from deskapp.enquiries import EnquiryDraft, log_enquiry
    from deskapp.startup import open_database

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
    finally:
        raw.close()
        db.dispose()
    (row,) = save_rows(ctx)
    return [from_samples(row.key, row.title, row.unit, domain_ms, baseline_title="raw sqlite3 INSERTs, one "
                         "transaction each", baseline=raw_ms, budget=row.budget,
                         note="one `log_enquiry` per `Database.write()` (validation, skills, rollups, audit), "
                              "synchronous=FULL; the baseline inserts the same rows and skill links")]


def _time_each(fn, items) -> list[float]:
    iterator = iter(items)
    return time_calls(lambda: fn(next(iterator)), repeat=len(items), warmup=0)


# --- the enquiry log -------------------------------------------------------------------------------------

def log_rows(ctx: Context) -> list[Row]:
    label = size_label(ctx.config.small)
    return [Row("log.first_page", f"Log view: first page, {label} enquiries", "ms", FIRST_PAGE_BUDGET),
            Row("log.further_page", f"Log view: a further page, {label} enquiries", "ms", FURTHER_PAGE_BUDGET)]


def run_log(ctx: Context) -> list[Measurement]:
    raise NotAvailable("the desk work's log-page benchmark (benchmarks/desk_*.py) is not in the tree yet")
