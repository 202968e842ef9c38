"""What a run measures and how often: the full run for the release notes, the quick run for CI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.data import DataStore


@dataclass(frozen=True)
class Config:
    small: int = 1_000_000  # enquiries in the main database
    large: int = 5_000_000  # enquiries in the database reports must not slow down on
    guides: int = 10_000
    import_rows: int = 100_000
    import_desk_rows: int = 300_000  # the import a desk saves beside (the 300k-row case)
    startup_runs: int = 15
    saves: int = 1_000
    log_repeat: int = 30
    search_rounds: int = 20  # each round runs every query of the mix once
    report_repeat: int = 15
    import_runs: int = 2  # a 100k import takes tens of seconds on a busy machine
    memory_runs: int = 3
    log_pages: int = 50
    quick: bool = False

    @classmethod
    def full(cls) -> Config:
        return cls()

    @classmethod
    def quick_run(cls) -> Config:
        return cls(small=2_000, large=10_000, guides=200, import_rows=1_000, import_desk_rows=3_000, startup_runs=1,
                   saves=40, log_repeat=5, search_rounds=2, report_repeat=3, import_runs=1, memory_runs=1, log_pages=3,
                   quick=True)

    def with_sizes(self, small: int | None, large: int | None) -> Config:
        return replace(self, small=small or self.small, large=large or self.large)


def size_label(count: int) -> str:
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000}M"
    if count >= 1_000 and count % 1_000 == 0:
        return f"{count // 1_000}k"
    return f"{count:,}"


@dataclass
class Context:
    config: Config
    data: DataStore
    work_dir: Path  # scratch space for this run (CSV files, copies)
    log: Callable[[str], None] = print
    notes: list[str] = field(default_factory=list)  # lines for the "Data" section of results.md
