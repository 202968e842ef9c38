#!/usr/bin/env python3
"""Set up and run deskapp from a source checkout with nothing but python3.

    python3 dev.py start [ARGS...]   create .venv if needed, install, start the app (or a CLI command)
    python3 dev.py test  [PYTEST ARGS...]   install test tools too, then ruff, mypy, import-linter and pytest
    python3 dev.py translations   refresh the screens' .ts files and the domain's .po files from the source
                                  (translations kept; new texts arrive unfinished, for a translator to fill)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_installed(extras: str) -> None:
    """Create the virtual environment and install deskapp into it, once per change of pyproject.toml."""
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    print(f"Installing deskapp{'[' + extras + ']' if extras else ''} into .venv ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], check=True)
    stamp.write_text(digest)


def run(*args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run(list(args), cwd=ROOT, env=env).returncode


def start(args: list[str]) -> int:
    ensure_installed("")
    return run(str(PYTHON), "-m", "deskapp", *args)


def test(args: list[str]) -> int:
    ensure_installed("dev")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        [str(PYTHON), "-m", "ruff", "check", "."],
        [str(PYTHON), "-m", "mypy"],  # files and strictness from [tool.mypy] in pyproject.toml
        [str(BIN / "lint-imports")],
        [str(PYTHON), "-m", "pytest", *args],
    ]
    for step in steps:
        print("$", " ".join(Path(step[0]).name if i == 0 else part for i, part in enumerate(step)), flush=True)
        code = run(*step, env=env)
        if code != 0:
            return code
    return 0


# Locations are left out of the catalogues so that two changes adding texts merge without conflicts.
# Which source files each screen catalogue (deskapp/ui/translations/<area>_da.ts) is extracted from; the
# tests check every catalogue against a fresh extraction over the same files.
TRANSLATION_AREAS: dict[str, list[str]] = {
    "app": ["deskapp/ui/*.py", "deskapp/ui/signin/*.py"],
    "desk": ["deskapp/ui/desk/*.py"], "log": ["deskapp/ui/log/*.py"], "guides": ["deskapp/ui/guides/*.py"],
    "checklists": ["deskapp/ui/checklists/*.py"], "skills": ["deskapp/ui/skills/*.py"],
    "admin": ["deskapp/ui/admin/*.py"], "importing": ["deskapp/ui/importing/*.py"],
}


def translations(_args: list[str]) -> int:
    ensure_installed("dev")
    lupdate = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    for ts in sorted((ROOT / "deskapp" / "ui" / "translations").glob("*_*.ts")):
        area = ts.stem.rsplit("_", 1)[0]
        files = sorted(str(p.relative_to(ROOT)) for pattern in TRANSLATION_AREAS[area] for p in ROOT.glob(pattern))
        code = run(str(lupdate), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts.relative_to(ROOT)))
        if code != 0:
            return code
    return run(str(PYTHON), str(ROOT / "scripts" / "domain_messages.py"))


def main() -> int:
    commands = {"start": start, "test": test, "translations": translations}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
