"""Start-up: process start to the first window painted on screen (offscreen), for the app and for a bare
PySide6 window started the same way.

Both are started as `python -m benchmarks.startup --probe app|bare`. The probe creates the QApplication,
watches for the first top-level window to be painted, prints one line (`SHOWN <class> <title>`) and leaves
at once. For the app it then calls the real `deskapp` entry point, which reuses that QApplication, so the
whole real start-up path (imports, opening and checking the database, building the first window) is timed
and the app needs no test hook. The parent times from just before it spawns the process to the moment the
line arrives: interpreter start-up and imports count, exactly as a person double-clicking would wait.

Run with `--probe` this module must stay light: only the standard library at the top.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

MARKER = "SHOWN"


def _probe(mode: str, db: str | None) -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow()
                    and watched.isVisible()):
                title = watched.windowTitle().replace("\n", " ") or "-"
                sys.stdout.write(f"{MARKER} {type(watched).__name__} {title}\n")
                sys.stdout.flush()
                os._exit(0)  # teardown is not part of start-up; leave before it
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1200, 720)
        window.show()
        return app.exec()
    from deskapp.cli import main

    return main(["--db", db] if db else [])


def time_start(mode: str, db: Path | None, env: dict[str, str], timeout: float = 60.0) -> tuple[float, str]:
    """Milliseconds from spawning the probe to its SHOWN line, and what was shown."""
    command = [sys.executable, "-m", "benchmarks.startup", "--probe", mode]
    if db is not None:
        command += ["--db", str(db)]
    return time_command(command, env, timeout)


def time_command(command: list[str], env: dict[str, str], timeout: float = 60.0,
                 cwd: Path | None = None) -> tuple[float, str]:
    """Spawn `command`; milliseconds until it prints a line starting with SHOWN (then it is ended)."""
    started = time.perf_counter_ns()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               cwd=cwd or Path(__file__).resolve().parent.parent)
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + timeout
        for line in process.stdout:
            if line.startswith(MARKER):
                elapsed = (time.perf_counter_ns() - started) / 1e6
                return elapsed, line[len(MARKER):].strip()
            if time.monotonic() > deadline:
                break
        process.wait(timeout=5)
        error = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"no window was shown (exit {process.returncode}): {error.strip()[-600:]}")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def alternate(runs: int, first, second) -> tuple[list[float], list[float], str, str]:
    """Interleave the two kinds of start (a, b, a, b, ...) so a noisy minute hits both alike."""
    a_samples, b_samples, a_what, b_what = [], [], "", ""
    for _ in range(runs):
        elapsed, a_what = first()
        a_samples.append(elapsed)
        elapsed, b_what = second()
        b_samples.append(elapsed)
    return a_samples, b_samples, a_what, b_what


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", choices=["app", "bare"], required=True)
    parser.add_argument("--db")
    args = parser.parse_args()
    return _probe(args.probe, args.db)


if __name__ == "__main__":
    sys.exit(main())
