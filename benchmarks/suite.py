"""The steps of a run, in order. Each returns its rows; a step that cannot run yields "not available" rows
saying why, and the run goes on."""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks import startup
from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement, from_samples, unavailable


@dataclass(frozen=True)
class Row:
    """A row a step promises, so it can be reported as not available when the step fails."""

    key: str
    title: str
    unit: str
    budget: Budget | None = None


@dataclass(frozen=True)
class Step:
    key: str
    run: Callable[[Context], list[Measurement]]
    rows: Callable[[Context], list[Row]]


def run_step(step: Step, ctx: Context) -> list[Measurement]:
    try:
        return step.run(ctx)
    except NotAvailable as reason:
        why = str(reason)
    except Exception as error:  # a broken step must not sink the run; say what broke
        why = f"{type(error).__name__}: {error}".strip()
        ctx.log(traceback.format_exc())
    why = " ".join(why.split())[:300]
    return [unavailable(row.key, row.title, row.unit, why, row.budget) for row in step.rows(ctx)]


class NotAvailable(Exception):
    """The thing to measure does not exist (yet); the message says what is missing."""


# --- start-up --------------------------------------------------------------------------------------------

STARTUP_BUDGET = Budget("ratio", "<=", 4.0, "ratio ≤ 4")


def startup_rows(ctx: Context) -> list[Row]:
    return [Row("startup.source", f"Start-up to the sign-in window, {size_label(ctx.config.small)} enquiries", "ms",
                STARTUP_BUDGET)]


def run_startup(ctx: Context) -> list[Measurement]:
    db = ctx.data.scratch_copy(ctx.config.small, "startup")
    env = ctx.data.child_env()
    app = lambda: startup.time_start("app", db, env)  # noqa: E731
    bare = lambda: startup.time_start("bare", None, env)  # noqa: E731
    app()  # warm the file cache and let the first start do any one-off work (a migration, a backup)
    bare()
    app_ms, bare_ms, shown, _ = startup.alternate(ctx.config.startup_runs, app, bare)
    (row,) = startup_rows(ctx)
    return [from_samples(row.key, row.title, row.unit, app_ms, baseline_title="bare PySide6 window",
                         baseline=bare_ms, budget=row.budget,
                         note=f"process start to the first painted window ({shown}), offscreen; "
                              "the baseline is QApplication + QMainWindow shown, started the same way")]


# --- memory ----------------------------------------------------------------------------------------------

MEMORY_BUDGET = Budget("median", "<", 200.0, "< 200 MB")


def memory_rows(ctx: Context) -> list[Row]:
    return [Row("memory.log", f"Peak RSS, {size_label(ctx.config.small)} open, log scrolled "
                f"{ctx.config.log_pages} pages", "MB", MEMORY_BUDGET)]


def _memory_child(args: list[str], ctx: Context) -> dict:
    command = [sys.executable, "-m", "benchmarks.memory", *args]
    done = subprocess.run(command, capture_output=True, text=True, env=ctx.data.child_env(), timeout=300)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise NotAvailable(f"the memory probe failed: {last}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_memory(ctx: Context) -> list[Measurement]:
    db = ctx.data.scratch_copy(ctx.config.small, "memory")
    pages = str(ctx.config.log_pages)
    app, bare, details = [], [], {}
    for _ in range(ctx.config.memory_runs):
        details = _memory_child(["--db", str(db), "--pages", pages], ctx)
        app.append(details["peak_rss_mb"])
        bare.append(_memory_child(["--bare", "--pages", pages], ctx)["peak_rss_mb"])
    (row,) = memory_rows(ctx)
    return [from_samples(row.key, row.title, row.unit, app, baseline_title="bare PySide6 window + empty table",
                         baseline=bare, budget=row.budget,
                         note="peak RSS (VmHWM) of a process holding the log model and view; "
                              f"{details['pages_fetched']} "
                              f"pages fetched, {details['rows']:,} rows in the model")]
