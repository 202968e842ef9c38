"""Programs a few tests need from the system (Xvfb, xdotool, NSIS, 7-Zip), installed once if they may be.

The test command runs on clean machines where only python3 can be assumed: as root with apt-get the
packages are installed (refreshing the package lists once if the first try finds nothing), otherwise the
test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence

_tried: dict[tuple[str, ...], str] = {}


def install(programs: Sequence[str], packages: Sequence[str]) -> str:
    """'' when every program is on PATH (installing `packages` if needed and allowed), else why not."""
    if all(shutil.which(p) for p in programs):
        return ""
    key = tuple(packages)
    if key not in _tried:
        _tried[key] = _apt_install(programs, packages)
    return _tried[key]


def _apt_install(programs: Sequence[str], packages: Sequence[str]) -> str:
    names = ", ".join(programs)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"{names} not installed and cannot be installed here (needs root and apt-get)"
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:  # a fresh machine may not have read its package lists yet
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, text=True)
        done = subprocess.run(command, capture_output=True, text=True)
    if all(shutil.which(p) for p in programs):
        return ""
    return f"could not install {names}: {done.stderr.strip()[-200:]}"
