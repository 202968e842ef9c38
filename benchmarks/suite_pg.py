"""The save on PostgreSQL, 1 desk and 8 concurrent desks, beside a raw psycopg save of the same rows."""

from __future__ import annotations

from benchmarks.config import Context
from benchmarks.harness import Measurement, from_samples
from benchmarks.suite import NotAvailable, Row
from benchmarks.suite_desk import SAVE_BUDGET

PG_ENQUIRIES = 20_000  # history on the server (the rollups' rows are what a save touches)


def pg_save_rows(ctx: Context) -> list[Row]:
    return [Row("pg_save.one_desk", "Save an enquiry (domain layer, PostgreSQL, 1 desk)", "ms", SAVE_BUDGET),
            Row("pg_save.eight_desks", "Save an enquiry (domain layer, PostgreSQL, 8 desks at once)", "ms",
                SAVE_BUDGET)]


def run_pg_save(ctx: Context) -> list[Measurement]:
    try:
        import psycopg  # noqa: F401

        from benchmarks import pg_save
    except ImportError as error:
        raise NotAvailable(f"psycopg cannot be imported: {error}") from error
    quick = ctx.config.quick
    try:
        server, url, conninfo = pg_save.prepared_server(2_000 if quick else PG_ENQUIRIES, ctx.data.child_env())
    except RuntimeError as error:
        raise NotAvailable(str(error)) from error
    one, eight = pg_save_rows(ctx)
    alone = 20 if quick else 300
    each = 5 if quick else 60
    try:
        domain_one = pg_save.domain_samples(url, conninfo, alone)
        raw_one = pg_save.raw_samples(conninfo, alone)
        domain_eight = pg_save.concurrent_samples("domain", url, conninfo, each)
        raw_eight = pg_save.concurrent_samples("raw", url, conninfo, each)
    finally:
        server.stop()
    raw_title = "raw psycopg: the same rows (enquiry, skill links, rollups, audit), one transaction each"
    out = []
    for row, domain, raw, how in ((one, domain_one, raw_one, f"{alone} saves one after another"),
                                  (eight, domain_eight, raw_eight, f"{pg_save.DESKS} processes × {each} saves, "
                                                                   "all at once; the raw side the same")):
        m = from_samples(row.key, row.title, row.unit, domain, baseline_title=raw_title, baseline=raw,
                         budget=row.budget, note="")
        m.note = (f"{how}; local server started as tests/pg_server.py does (Unix socket, fsync=off, shared by "
                  f"both sides); p99 {m.stats.p99:.2f} ms vs raw p99 {m.baseline.p99:.2f} ms "
                  f"({m.p99_ratio:.2f}×)" if m.stats and m.baseline and m.p99_ratio else how)
        out.append(m)
    return out
