"""When the configured database cannot be reached at start-up: say which one and why, offer Retry or Quit.

Never fall back to another database: a desk that silently logged into a local file while the shared server
was down would split the team's records in two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskapp.platform.failures import FailureKind
from deskapp.startup.database import DatabaseUnreachableError

T = TypeVar("T")
AskRetry = Callable[[DatabaseUnreachableError], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionError", text)


def _words(kind: FailureKind) -> tuple[str, str, str]:
    """Title, statement and advice: true to what happened (busy and read-only are not "unreachable")."""
    if kind is FailureKind.BUSY:
        return (_tr("The database is busy"),
                _tr("Another program is writing to the database (a large import, a backup, or a program that "
                    "holds it open), and deskapp waited 10 seconds for it:"),
                _tr("Wait a moment, then choose Retry. If it stays busy, tell IT support (Show Details)."))
    if kind is FailureKind.READ_ONLY:
        return (_tr("The database cannot be written"),
                _tr("The database file is read-only, or this Windows user may not change it:"),
                _tr("Nothing is wrong with the data. Ask IT support to give this user write access to the file "
                    "and its folder, then choose Retry (Show Details has the error)."))
    if kind is FailureKind.DISK_FULL:
        return (_tr("The disk is full"), _tr("The disk that holds the database is full:"),
                _tr("Ask IT support to free some space, then choose Retry."))
    return (_tr("deskapp cannot reach its database"), _tr("deskapp cannot reach the database it is set up to use:"),
            _tr("Check the network cable or Wi-Fi, and that the database server is running, then choose Retry. "
                "If it keeps failing, tell IT support and give them the details (Show Details)."))


def retry_box(error: DatabaseUnreachableError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("connectionErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    title, text, advice = _words(error.kind)
    box.setWindowTitle(title)
    box.setText(text + f"\n\n{error.location}")
    box.setInformativeText(advice + " " + _tr("deskapp will not switch to a different database on its own."))
    box.setDetailedText(error.reason)
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(_tr("&Quit"))
    box.button(QMessageBox.StandardButton.Retry).setText(_tr("&Retry"))
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.setEscapeButton(QMessageBox.StandardButton.Close)
    return box


def ask_retry(error: DatabaseUnreachableError) -> bool:
    """The real question: True for Retry, False for Quit (or closing the box)."""
    return retry_box(error).exec() == QMessageBox.StandardButton.Retry


def open_until_reachable(open_database: Callable[[], T], ask: AskRetry = ask_retry) -> T | None:
    """Call open_database until it succeeds, asking after each unreachable attempt; None when the user quits."""
    while True:
        try:
            return open_database()
        except DatabaseUnreachableError as error:
            if not ask(error):
                return None
