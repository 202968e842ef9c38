"""Run a domain call on the thread pool and hand its result back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


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
        except Exception as error:  # shown to the person as a plain sentence; the traceback goes to the log
            log.exception("background job failed")
            self.signals.failed.emit(str(error))
        else:
            self.signals.finished.emit(result)


def start(call: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None],
          pool: QThreadPool | None = None) -> Job:
    """Run `call` on `pool` (default: the global pool). Keep the returned job until it reports back."""
    job = Job(call)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
