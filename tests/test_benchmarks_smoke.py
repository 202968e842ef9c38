"""The benchmark suite must not rot: its quick mode runs end to end on tiny databases and writes well-formed
results. No timing is asserted here (speed is measured by `python -m benchmarks`, not by tests)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = {"met", "MISSED", "no budget", "not available"}
EXPECTED_STEPS = {"startup", "save", "log", "search", "reports", "import", "import_desk", "memory", "frozen"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("bench-out")
    data = tmp_path_factory.mktemp("bench-data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESKAPP_DB", None)
    command = [sys.executable, "-m", "benchmarks", "--quick", "--small", "300", "--large", "600",
               "--out-dir", str(out), "--data-dir", str(data)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    return done, out


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@pytest.mark.slow
def test_quick_benchmark_run_exits_cleanly_and_writes_both_result_files(quick_run) -> None:
    done, out = quick_run
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "results.md").read_text(encoding="utf-8").startswith("# Benchmark results")
    assert (out / "results.json").exists()


@pytest.mark.slow
def test_quick_benchmark_results_json_is_well_formed(quick_run) -> None:
    _, out = quick_run
    document = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert document["schema"] == 1
    assert document["quick"] is True
    measurements = document["measurements"]
    assert measurements, "a run reports at least one row"
    keys = [m["key"] for m in measurements]
    assert len(keys) == len(set(keys)), "row keys are unique"
    assert {key.split(".")[0] for key in keys} >= EXPECTED_STEPS, "every step reports its rows"
    for m in measurements:
        assert m["title"] and m["unit"] and m["verdict"] in VERDICTS, m
        if m["verdict"] == "not available":
            assert m["unavailable"] or m["stats"] is None, m
            continue
        stats = m["stats"]
        assert stats["n"] >= 1
        assert all(_is_number(stats[name]) for name in ("median", "p95", "p99", "min", "max")), m
        assert stats["min"] <= stats["median"] <= stats["max"], m
        if m["baseline"] is not None:
            assert _is_number(m["baseline"]["median"]) and _is_number(m["ratio"]), m
        if m["budget"] is not None:
            assert m["verdict"] in {"met", "MISSED"}, m


@pytest.mark.slow
def test_quick_benchmark_results_table_has_a_line_per_measurement(quick_run) -> None:
    _, out = quick_run
    document = json.loads((out / "results.json").read_text(encoding="utf-8"))
    table = (out / "results.md").read_text(encoding="utf-8")
    for m in document["measurements"]:
        assert f"| {m['title']} |" in table
