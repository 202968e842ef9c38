"""Idle lock: watch every key press, click and mouse move in the app; after the idle time, say so.

One event filter on the QApplication sees all input; it only restarts a clock, so it costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    idle = Signal()
    remaining_changed = Signal(int)  # whole seconds until the lock

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._check)
        self._running = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 turns the idle lock off."""
        self._timeout_ms = timeout_ms
        if self._running:
            self.start()

    def start(self) -> None:
        self._running = self._timeout_ms > 0
        self._clock.start()
        if self._running:
            # Tick often enough for a smooth countdown and for short test timeouts.
            self._tick.start(max(50, min(1000, self._timeout_ms // 5)))
            self.remaining_changed.emit(self.remaining_seconds())
        else:
            self._tick.stop()

    def stop(self) -> None:
        self._running = False
        self._tick.stop()

    def is_running(self) -> bool:
        return self._running

    def remaining_seconds(self) -> int:
        left = self._timeout_ms - self._clock.elapsed()
        return max(0, -(-left // 1000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in INPUT_EVENTS:
            self._clock.restart()
        return False

    def _check(self) -> None:
        if not self._running:
            return
        if self._clock.elapsed() >= self._timeout_ms:
            self.stop()
            self.idle.emit()
        else:
            self.remaining_changed.emit(self.remaining_seconds())
