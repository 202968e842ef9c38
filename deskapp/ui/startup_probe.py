"""A hidden switch for measuring start-up, of the frozen build as well as from source.

With DESKAPP_EXIT_AFTER_FIRST_SHOW=1 in the environment the app prints one line when its first top-level
window is painted (`SHOWN <class> <title> <seconds since the QApplication existed>`), then leaves at once.
benchmarks/startup_frozen.py times the whole process from spawn to that line. Off (and free) otherwise.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

ENV_SWITCH = "DESKAPP_EXIT_AFTER_FIRST_SHOW"
MARKER = "SHOWN"  # the line benchmarks/startup.py waits for


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._started = time.perf_counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow()
                and watched.isVisible()):
            title = watched.windowTitle().replace("\n", " ") or "-"
            elapsed = time.perf_counter() - self._started
            stream = sys.stdout or sys.__stdout__
            if stream is not None:
                stream.write(f"{MARKER} {type(watched).__name__} {title} {elapsed:.3f}\n")
                stream.flush()
            os._exit(0)  # teardown is not part of start-up
        return False


def install_if_requested(app: QApplication) -> None:
    if os.environ.get(ENV_SWITCH) == "1":
        app.installEventFilter(_FirstPaint(app))
