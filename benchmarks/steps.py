"""The order of a run: cheap and independent first, the 5M database (generated on first use) late."""

from __future__ import annotations

from benchmarks.suite import Step, memory_rows, run_memory, run_startup, startup_rows
from benchmarks.suite_desk import log_rows, run_log, run_save, save_rows
from benchmarks.suite_frozen import frozen_rows, run_frozen
from benchmarks.suite_guides_import import (
    import_desk_rows,
    import_rows,
    run_import,
    run_import_desk,
    run_search,
    search_rows,
)
from benchmarks.suite_pg import pg_save_rows, run_pg_save
from benchmarks.suite_reports import report_rows, run_reports

STEPS: list[Step] = [
    Step("startup", run_startup, startup_rows),
    Step("save", run_save, save_rows),
    Step("pg_save", run_pg_save, pg_save_rows),
    Step("log", run_log, log_rows),
    Step("search", run_search, search_rows),
    Step("import", run_import, import_rows),
    Step("import_desk", run_import_desk, import_desk_rows),
    Step("memory", run_memory, memory_rows),
    Step("reports", run_reports, report_rows),
    Step("frozen", run_frozen, frozen_rows),
]
