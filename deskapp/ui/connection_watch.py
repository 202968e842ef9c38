"""A shared PostgreSQL server going away and coming back, noticed without anyone pressing a key.

Every few seconds a trivial query runs off the GUI thread (a silent server takes up to the connect
timeout to answer; the window must not freeze meanwhile). When it fails, the status bar says the
database is unavailable before anyone tries to save; when the server answers again, the warning goes and
the next save simply works: the connection pool checks each connection before use (pool_pre_ping), so a
connection from before the outage is replaced, and no restart is needed. SQLite needs none of this: its
file is watched by deskapp/db/live_file.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from deskapp.platform.failures import Failure, FailureKind, describe_failure
from deskapp.ui import background
from deskapp.ui.context import UiContext

HEALTHY_MS = 15_000  # while all is well: an outage shows within this long
DOWN_MS = 3_000  # while the server is away: how soon its return shows


class ConnectionWatch(QObject):
    def __init__(self, context: UiContext, parent: QObject | None = None, *, healthy_ms: int = HEALTHY_MS,
                 down_ms: int = DOWN_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.healthy_ms, self.down_ms = healthy_ms, down_ms
        self._job: background.Job | None = None  # at most one probe at a time
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._probe)
        # A save that failed for want of the server: look again soon, not in 15 s.
        context.bus.reachability_changed.connect(self._on_reachability)

    def start(self) -> None:
        if self.context.db.is_sqlite:
            return
        self._timer.start(self.healthy_ms)

    def _on_reachability(self, reachable: bool, _message: str) -> None:
        if not reachable and self.context.bus.trouble is FailureKind.UNREACHABLE and not self.context.db.is_sqlite:
            self._timer.start(min(self._timer.remainingTime() if self._timer.isActive() else self.down_ms,
                                  self.down_ms))

    def _probe(self) -> None:
        if self._job is not None:
            return
        db = self.context.db

        def ping() -> Failure | None:
            try:
                db.ping()
            except Exception as error:  # the failure's kind decides what the status bar says
                return describe_failure(error)
            return None

        self._job = background.start(ping, self._done, self._crashed)

    def _done(self, failure: Failure | None) -> None:
        self._job = None
        bus = self.context.bus
        if failure is None:
            # Only an outage of the server is cleared here: a full disk or a refused write shows until a
            # save works, since a query that works says nothing about those.
            if not bus.reachable and bus.trouble is FailureKind.UNREACHABLE:
                bus.set_reachable(True)
            self._timer.start(self.healthy_ms)
            return
        if failure.kind is FailureKind.UNREACHABLE:
            bus.set_reachable(False, failure.message, failure.kind)
        self._timer.start(self.down_ms if not bus.reachable else self.healthy_ms)

    def _crashed(self, _message: str) -> None:  # ping() returns its failures; this is a bug, logged by the job
        self._job = None
        self._timer.start(self.healthy_ms)
