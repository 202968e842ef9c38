"""At 125 % and 150 % on a 1366x768 desk PC, in English and Danish: the window fits the screen, nothing on the
desk, the sign-in screen or About scrolls sideways or is cut ("…", clipped text, tab scroll arrows), and no
navigation entry runs into its Alt+N hint. Measured on the laid-out widgets (tests/layout_checks.py) in a
program of its own per scale (tests/scaled_window.py): Qt reads QT_SCALE_FACTOR once, at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREEN = {"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}
LOCALES = {"en": "en_GB.UTF-8", "da": "da_DK.UTF-8"}
_measured: dict[tuple[str, float], dict[str, list[str]]] = {}


def _environment(tmp: Path, language: str, scale: float | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": LOCALES[language], "HOME": str(tmp / "home")}
    if scale is not None:
        (tmp / "screen.json").write_text(json.dumps(SCREEN), encoding="utf-8")
        env |= {"QT_QPA_PLATFORM": f"offscreen:configfile={tmp / 'screen.json'}", "QT_SCALE_FACTOR": str(scale)}
    return env


def measure(tmp_path_factory: pytest.TempPathFactory, language: str, scale: float) -> dict[str, list[str]]:
    """Every area and tab of the window over a demo database made in `language`, signed in as its leader."""
    if (language, scale) not in _measured:
        tmp = tmp_path_factory.mktemp(f"scaled-{language}")
        database = tmp / "demo.db"
        subprocess.run([sys.executable, "-m", "deskapp", "--db", str(database), "demo-data", "--enquiries", "60",
                        "--staff", "4", "--days", "5"], check=True, capture_output=True,
                       env=_environment(tmp, language), timeout=300)
        done = subprocess.run([sys.executable, "-m", "tests.scaled_window", str(database), language, "Bo",
                               "leader-pass"], check=True, capture_output=True, text=True, cwd=ROOT,
                              env=_environment(tmp, language, scale), timeout=600)
        _measured[(language, scale)] = json.loads(done.stdout.strip().splitlines()[-1])
    return _measured[(language, scale)]


@pytest.mark.parametrize(("language", "scale"), [("en", 1.25), ("da", 1.25), ("en", 1.5), ("da", 1.5)])
def test_the_desk_sign_in_and_about_fit_a_scaled_1366x768_screen_with_nothing_cut(
        tmp_path_factory: pytest.TempPathFactory, language: str, scale: float) -> None:
    found = measure(tmp_path_factory, language, scale)
    assert len(found) >= 12, found  # every area and tab was reached
    assert {where: found[where] for where in ("sign-in", "desk", "about")} == {"sign-in": [], "desk": [], "about": []}
    everywhere = sorted({problem for problems in found.values() for problem in problems
                         if problem.startswith(("navigation:", "window cannot"))})
    assert everywhere == []


@pytest.mark.xfail(strict=True, reason="open: the log (Danish), guides, checklists (Danish), Skills & reports "
                   "(its tab bar) and three Staff & settings tabs still scroll sideways at 125 %")
@pytest.mark.parametrize("language", ["en", "da"])
def test_no_area_or_tab_scrolls_sideways_or_cuts_a_text_at_125_percent(
        tmp_path_factory: pytest.TempPathFactory, language: str) -> None:
    found = measure(tmp_path_factory, language, 1.25)
    assert {where: problems for where, problems in found.items() if problems} == {}
