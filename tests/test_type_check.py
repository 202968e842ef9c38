"""mypy is part of the test command, and its configuration cannot quietly switch checks off."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import deskapp

ROOT = Path(deskapp.__file__).resolve().parent.parent


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _dev_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("failing", ["ruff", "mypy", "lint-imports"])
def test_the_test_command_runs_mypy_among_the_checks_and_stops_at_the_first_that_fails(monkeypatch, failing):
    dev = _dev_script()
    ran: list[str] = []
    monkeypatch.setattr(dev, "ensure_installed", lambda extras: ran.append(f"install {extras}"))

    def run(*command: str, env: dict[str, str] | None = None) -> int:
        step = next(name for name in ("ruff", "mypy", "lint-imports", "pytest") if any(name in p for p in command))
        ran.append(step)
        return 1 if step == failing else 0

    monkeypatch.setattr(dev, "run", run)

    assert dev.test([]) == 1
    steps = ["ruff", "mypy", "lint-imports", "pytest"]
    assert ran == ["install dev", *steps[: steps.index(failing) + 1]]


def test_the_dev_extra_installs_mypy_and_the_stubs_it_needs():
    dev_extra = " ".join(_config()["project"]["optional-dependencies"]["dev"])
    assert "mypy" in dev_extra and "types-PyYAML" in dev_extra


def test_only_committed_migrations_are_exempt_from_the_type_check():
    mypy = _config()["tool"]["mypy"]
    assert mypy["strict"] is True and set(mypy["files"]) == {"deskapp", "benchmarks"}
    exempt = [o["module"] for o in mypy["overrides"] if o.get("ignore_errors")]
    assert exempt == [["deskapp.db.migrations.versions.*"]]
