"""`deskapp --self-test`: the whole chain on a throw-away database, from any working directory."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from deskapp.startup.selftest import STEPS, SelfTestState, run_self_test


def self_test_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DESKAPP_DB", None)
    return env


def test_self_test_passes_from_an_unrelated_working_directory(tmp_path: Path) -> None:
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()

    result = subprocess.run([sys.executable, "-m", "deskapp", "--self-test"], cwd=elsewhere,
                            env=self_test_env(tmp_path), capture_output=True, text=True, timeout=300)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "deskapp self-test passed" in result.stdout
    for name, _step in STEPS:
        assert f"[ok] {name}" in result.stdout
    # It never touches the configured database: nothing was created in the user's data folder.
    assert not (tmp_path / "data").exists()


def test_a_failing_step_stops_the_test_and_is_named_with_a_non_zero_exit() -> None:
    def broken(state: SelfTestState) -> str:
        raise RuntimeError("the migrations folder is missing")

    def never(state: SelfTestState) -> str:
        raise AssertionError("steps after a failure must not run")

    out = io.StringIO()
    code = run_self_test(out, steps=[STEPS[0], ("read the migrations", broken), ("later", never)])

    assert code == 1
    text = out.getvalue()
    assert "[ok] " + STEPS[0][0] in text
    assert "deskapp self-test FAILED at step 'read the migrations': RuntimeError: the migrations folder is missing" \
        in text
    assert "] later" not in text


def test_self_test_reports_each_step_it_ran_in_process(qapp) -> None:
    # qapp: the PDF step reuses the running QApplication (the only kind pytest-qt can share later).
    out = io.StringIO()

    code = run_self_test(out)

    assert code == 0, out.getvalue()
    assert out.getvalue().count("[ok] ") == len(STEPS)
