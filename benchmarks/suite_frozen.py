"""The frozen (PyInstaller one-folder) build: its size, and its start-up beside the same code run from source."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.config import Context
from benchmarks.harness import Budget, Measurement, from_samples, unavailable
from benchmarks.startup import alternate, time_command
from benchmarks.suite import NotAvailable, Row

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET = Budget("median", "<", 150.0, "< 150 MB")
START_BUDGET = Budget("median", "<", 1000.0, "< 1 s")
RATIO_BUDGET = Budget("ratio", "<=", 1.5, "frozen/source ≤ 1.5")


def frozen_rows(ctx: Context) -> list[Row]:
    return [Row("frozen.size", "Frozen build: folder size", "MB", SIZE_BUDGET),
            Row("frozen.startup", "Frozen build: start-up to first window", "ms", START_BUDGET),
            Row("frozen.ratio", "Frozen build: start-up vs from source", "ms", RATIO_BUDGET)]


def run_frozen(ctx: Context) -> list[Measurement]:
    """Wraps benchmarks/startup_frozen.py (the deployment work's): its prepared database, environment and
    folder breakdown; the runs alternate frozen/source after a warm-up of each."""
    from benchmarks import startup_frozen as frozen

    exe = frozen.DEFAULT_EXE
    if not exe.is_file():
        raise NotAvailable(f"not built (no {exe.relative_to(ROOT)}; scripts/build.sh builds it)")
    size_row, start_row, ratio_row = frozen_rows(ctx)
    total, biggest = frozen.folder_size(exe.parent)
    parts = ", ".join(f"{name} {size:.0f} MB" for name, size in biggest[:5])
    size = from_samples(size_row.key, size_row.title, size_row.unit, [total], budget=size_row.budget,
                        note=f"biggest parts: {parts}")
    try:
        return [size, *_frozen_starts(ctx, frozen, exe, start_row, ratio_row)]
    except Exception as error:  # a half-written or broken build: keep its size, say why the start failed
        why = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        return [size, *(unavailable(row.key, row.title, row.unit, why, row.budget) for row in (start_row, ratio_row))]


def _frozen_starts(ctx: Context, frozen, exe: Path, start_row: Row, ratio_row: Row) -> list[Measurement]:
    with tempfile.TemporaryDirectory(prefix="deskapp-bench-frozen-") as tmp:
        folder = Path(tmp)
        db = frozen.prepare_database(folder)
        elsewhere = folder / "cwd"
        elsewhere.mkdir()
        env = {k: v for k, v in ctx.data.child_env().items() if k != "DESKAPP_DB"}
        env.update(DESKAPP_EXIT_AFTER_FIRST_SHOW="1", XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_DATA_HOME=str(folder / "data"))
        frozen_cmd = [str(exe), "--db", str(db)]
        source_cmd = [sys.executable, "-m", "deskapp", "--db", str(db)]
        runs = max(2, ctx.config.startup_runs // 2)
        first = lambda: time_command(frozen_cmd, env, cwd=elsewhere)  # noqa: E731
        second = lambda: time_command(source_cmd, env, cwd=elsewhere)  # noqa: E731
        first()
        second()
        frozen_ms, source_ms, shown, _ = alternate(runs, first, second)
    note = f"first window: {shown}; a fresh seeded database with one team leader, started from another folder"
    start = from_samples(start_row.key, start_row.title, start_row.unit, frozen_ms, baseline_title="the same "
                         "code run from source", baseline=source_ms, budget=start_row.budget, note=note)
    ratio = from_samples(ratio_row.key, ratio_row.title, ratio_row.unit, frozen_ms, baseline_title="the same "
                         "code run from source", baseline=source_ms, budget=ratio_row.budget)
    return [start, ratio]
