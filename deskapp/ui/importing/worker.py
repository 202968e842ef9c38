"""Run one long domain call (an import, an export) on the thread pool, reporting progress by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Work = Callable[[Callable[[str, int, int], None]], Any]


class TaskSignals(QObject):
    # Emitted from the pool thread; Qt queues them to the receivers' (GUI) thread.
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """`work(progress)` runs off the GUI thread; plain-sentence errors (ValueError, PermissionError) become
    `failed(message)`, anything else is logged and reported as unexpected."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        # Python owns the task (the panel holds it until it reports): a pool that deleted it after run()
        # left PySide a dangling wrapper, which crashed the interpreter at exit after an import check.
        self.setAutoDelete(False)
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except (ValueError, PermissionError, OSError) as error:
            self.signals.failed.emit(str(error))
            return
        except Exception as error:  # never let a worker thread die silently
            log.exception("background task failed")
            self.signals.failed.emit(QCoreApplication.translate("Task", "Something went wrong: %1").replace(
                "%1", str(error)))
            return
        self.signals.finished.emit(result)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
