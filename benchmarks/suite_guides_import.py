"""Guide search over 10,000 generated guides, and the import of a 100,000-row Gimlet-style CSV.

Both wrap the measuring functions their areas put in benchmarks/ (guide_search_bench.py, import_bench.py)."""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from benchmarks.config import Context, size_label
from benchmarks.harness import Budget, Measurement
from benchmarks.suite import NotAvailable, Row

SEARCH_BUDGET = Budget("p95", "<", 20.0, "p95 < 20 ms")


def area_module(name: str, owner: str) -> ModuleType:
    if find_spec(f"benchmarks.{name}") is None:
        raise NotAvailable(f"benchmarks/{name}.py from the {owner} work is not in the tree yet")
    return import_module(f"benchmarks.{name}")


def search_rows(ctx: Context) -> list[Row]:
    return [Row("search.mixed", f"Guide search, {size_label(ctx.config.guides)} guides, mixed queries", "ms",
                SEARCH_BUDGET)]


def run_search(ctx: Context) -> list[Measurement]:
    area_module("guide_search_bench", "guides")
    raise NotAvailable("benchmarks/guide_search_bench.py has no measuring function this suite knows")


def import_rows(ctx: Context) -> list[Row]:
    return [Row("import.gimlet", f"Import a {size_label(ctx.config.import_rows)}-row Gimlet-style CSV", "rows/s")]


def run_import(ctx: Context) -> list[Measurement]:
    area_module("import_bench", "import")
    raise NotAvailable("benchmarks/import_bench.py has no measuring function this suite knows")
