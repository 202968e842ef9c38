"""The order of a run: cheap and independent first, the 5M database (generated on first use) late."""

from __future__ import annotations

from benchmarks.suite import Step, memory_rows, run_memory, run_startup, startup_rows

STEPS: list[Step] = [
    Step("startup", run_startup, startup_rows),
    Step("memory", run_memory, memory_rows),
]
