"""Run a domain call on the thread pool and hand its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """One call off the GUI thread; `signals` are delivered on the GUI thread (queued connections)."""

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self.call = call
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as error:  # shown to the leader as a plain sentence
            self.signals.failed.emit(str(error))
        else:
            self.signals.finished.emit(result)


def start(call: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]) -> Job:
    job = Job(call)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(job)
    return job
