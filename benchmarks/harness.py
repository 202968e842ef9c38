"""Repeat, summarise, compare with a baseline measured in the same run, judge against a budget.

A figure alone says little on a shared, noisy machine; the same figure beside a baseline taken a moment
earlier on the same machine (and the ratio of the two) survives the noise. Every row of the results is a
`Measurement`: the samples' median, p95/p99 and min–max, the baseline's median, the ratio, the budget and a
plain verdict.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

MET = "met"
MISSED = "MISSED"
NO_BUDGET = "no budget"
NOT_AVAILABLE = "not available"


def percentile(samples: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (the same as numpy's default), for pct in 0..100."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Stats:
    n: int
    median: float
    p95: float
    p99: float
    min: float
    max: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        return cls(len(samples), statistics.median(samples), percentile(samples, 95), percentile(samples, 99),
                   min(samples), max(samples))

    def get(self, name: str) -> float:
        return float(getattr(self, name))


def time_calls(fn: Callable[[], Any], *, repeat: int, warmup: int = 1) -> list[float]:
    """Call `fn` warmup + repeat times; return the repeat timings in milliseconds.

    The garbage collector is paused around each call (and run between calls) so a collection triggered by
    earlier work does not land inside one sample.
    """
    for _ in range(warmup):
        fn()
    samples = []
    enabled = gc.isenabled()
    try:
        for _ in range(repeat):
            gc.collect()
            gc.disable()
            started = time.perf_counter_ns()
            fn()
            samples.append((time.perf_counter_ns() - started) / 1e6)
            gc.enable()
    finally:
        if enabled:
            gc.enable()
    return samples


@dataclass(frozen=True)
class Budget:
    """`stat` of the measurement (median, p95, p99, max, ratio, p99_ratio) must be `op` ("<", "<=") `limit`."""

    stat: str
    op: str
    limit: float
    text: str

    def holds(self, value: float) -> bool:
        return value < self.limit if self.op == "<" else value <= self.limit


@dataclass
class Measurement:
    key: str  # stable identifier, e.g. "save.domain"
    title: str  # what a reader sees in the table
    unit: str  # "ms", "MB", "rows/s", "s", "×"
    stats: Stats | None = None
    baseline_title: str | None = None
    baseline: Stats | None = None
    budget: Budget | None = None
    higher_is_better: bool = False  # throughputs (rows/s): the ratio is baseline / figure then
    note: str = ""
    unavailable: str | None = None  # "not available: <why>"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """How many times the baseline this costs (> 1: slower / bigger than the baseline)."""
        if self.stats is None or self.baseline is None or self.baseline.median == 0:
            return None
        if self.higher_is_better:
            return self.baseline.median / self.stats.median if self.stats.median else None
        return self.stats.median / self.baseline.median

    @property
    def p99_ratio(self) -> float | None:
        """The same at the 99th percentile: how the slowest saves compare with the baseline's slowest."""
        if self.stats is None or self.baseline is None or self.baseline.p99 == 0:
            return None
        return self.stats.p99 / self.baseline.p99

    def budget_value(self) -> float | None:
        if self.budget is None or self.stats is None:
            return None
        if self.budget.stat == "ratio":
            return self.ratio
        if self.budget.stat == "p99_ratio":
            return self.p99_ratio
        return self.stats.get(self.budget.stat)

    @property
    def verdict(self) -> str:
        if self.unavailable is not None or self.stats is None:
            return NOT_AVAILABLE
        value = self.budget_value()
        if self.budget is None:
            return NO_BUDGET
        if value is None:
            return NOT_AVAILABLE
        return MET if self.budget.holds(value) else MISSED

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["p99_ratio"] = self.p99_ratio
        data["verdict"] = self.verdict
        data["budget_value"] = self.budget_value()
        return data


def unavailable(key: str, title: str, unit: str, why: str, budget: Budget | None = None) -> Measurement:
    return Measurement(key, title, unit, budget=budget, unavailable=why)


def from_samples(key: str, title: str, unit: str, samples: Sequence[float], *,
                 baseline_title: str | None = None, baseline: Sequence[float] | None = None,
                 budget: Budget | None = None, note: str = "", higher_is_better: bool = False,
                 **extra: Any) -> Measurement:
    return Measurement(key, title, unit, Stats.of(samples), baseline_title,
                       Stats.of(baseline) if baseline else None, budget, higher_is_better, note, None, dict(extra))


def measurement_from_json(data: dict[str, Any]) -> Measurement:
    """A row read back from results.json (a partial run keeps the rows of the steps it did not repeat)."""
    budget = Budget(**data["budget"]) if data.get("budget") else None
    stats = Stats(**data["stats"]) if data.get("stats") else None
    baseline = Stats(**data["baseline"]) if data.get("baseline") else None
    return Measurement(data["key"], data["title"], data["unit"], stats, data.get("baseline_title"), baseline, budget,
                       bool(data.get("higher_is_better")), data.get("note", ""), data.get("unavailable"),
                       dict(data.get("extra") or {}))
