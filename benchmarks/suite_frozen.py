"""The frozen (PyInstaller one-folder) build: its size, and its start-up beside the same code run from source."""

from __future__ import annotations

from pathlib import Path

from benchmarks.config import Context
from benchmarks.harness import Budget, Measurement, from_samples
from benchmarks.suite import NotAvailable, Row

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "deskapp"
SIZE_BUDGET = Budget("median", "<", 150.0, "< 150 MB")
START_BUDGET = Budget("median", "<", 1000.0, "< 1 s")


def frozen_rows(ctx: Context) -> list[Row]:
    return [Row("frozen.size", "Frozen build: folder size", "MB", SIZE_BUDGET),
            Row("frozen.startup", "Frozen build: start-up to first window", "ms", START_BUDGET)]


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


def executable() -> Path | None:
    for name in ("deskapp", "deskapp.exe"):
        if (DIST / name).is_file():
            return DIST / name
    return None


def run_frozen(ctx: Context) -> list[Measurement]:
    exe = executable()
    if exe is None:
        raise NotAvailable(f"not built (no {DIST.relative_to(ROOT)}/deskapp; build it with scripts/build.sh)")
    size_row, start_row = frozen_rows(ctx)
    size = from_samples(size_row.key, size_row.title, size_row.unit, [folder_mb(DIST)], budget=size_row.budget,
                        note=f"{DIST.relative_to(ROOT)}, every file counted once")
    return [size, _frozen_start(ctx, exe, start_row)]


def _frozen_start(ctx: Context, exe: Path, row: Row) -> Measurement:
    return Measurement(row.key, row.title, row.unit, budget=row.budget,
                       unavailable="the frozen app has no way yet to report its first shown window")
