"""Opening the database off the GUI thread, with a visible wait while another PC holds the setup lock.

On a shared PostgreSQL database one desk upgrades the schema (or seeds a new database) while the others
wait for its lock (deskapp/db/migrate.py). That can take a while; a start-up that simply blocked would show
nothing at all, or a frozen window. So the opening runs on a worker thread, and when it has to wait, a
small window says who it waits for, keeps painting, and offers Quit. Whatever the opening raises is raised
again here, on the GUI thread, so the Retry and recovery questions work as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

T = TypeVar("T")
Open = Callable[[Callable[[str], None]], T]  # open(on_wait) -> the opened database


class _Bridge(QObject):
    waiting = Signal(str)  # emitted on the worker thread, delivered on the GUI thread
    finished = Signal()


class QuitWhileWaiting(Exception):
    """The person chose Quit while deskapp waited for another PC."""


class _Result(Generic[T]):
    value: T | None = None
    error: BaseException | None = None


def wait_dialog(parent: QWidget | None = None) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("setupWaitDialog")
    dialog.setWindowTitle(QCoreApplication.translate("StartupWait", "Waiting for another PC"))
    dialog.setRange(0, 0)  # a moving bar: how long the other PC needs is not known
    dialog.setCancelButtonText(QCoreApplication.translate("StartupWait", "&Quit"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAccessibleName(QCoreApplication.translate("StartupWait", "Waiting for another PC"))
    label = QLabel(dialog)
    label.setWordWrap(True)  # the sentence names a PC and a time: wrapped, not a window across the screen
    dialog.setLabel(label)
    dialog.setMinimumWidth(460)
    dialog.setMaximumWidth(560)
    # A QProgressDialog shows itself after minimumDuration on its own timer; reset() stops that timer, so
    # this one shows only when there is a wait to show (else every start would flash it).
    dialog.reset()
    dialog.hide()
    return dialog


def open_with_visible_wait(open_database: Open[T], parent: QWidget | None = None) -> T:
    """Run open_database(on_wait) on a worker thread; show the wait when it calls on_wait. Raises what it
    raised, or QuitWhileWaiting when the person quits during the wait."""
    bridge = _Bridge()
    dialog = wait_dialog(parent)
    loop = QEventLoop()
    result: _Result[T] = _Result()
    quit_chosen: list[bool] = []

    def show_wait(sentence: str) -> None:
        dialog.setLabelText(sentence)
        dialog.setAccessibleDescription(sentence)
        dialog.show()

    def on_quit() -> None:
        quit_chosen.append(True)
        loop.quit()

    bridge.waiting.connect(show_wait, Qt.ConnectionType.QueuedConnection)
    bridge.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(on_quit)

    def work() -> None:
        try:
            result.value = open_database(bridge.waiting.emit)
        except BaseException as error:  # handed to the GUI thread, raised there
            result.error = error
        bridge.finished.emit()

    # A daemon thread: if the person quits while it waits on the server, the process may end under it
    # (the server drops the waiting session; nothing was written).
    worker = threading.Thread(target=work, name="open-database", daemon=True)
    worker.start()
    loop.exec()
    dialog.hide()
    dialog.deleteLater()
    if quit_chosen and worker.is_alive():
        raise QuitWhileWaiting()
    worker.join()
    if result.error is not None:
        raise result.error
    return result.value  # type: ignore[return-value]
