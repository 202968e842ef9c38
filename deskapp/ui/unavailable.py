"""What a screen shows when it could not be built: a plain "this is broken, tell IT" note naming the log file.

The caller logs the exception (with its traceback) first; this only finds where that log went.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def log_file_path() -> str | None:
    """The file the root logger writes to (deskapp/logfile.py adds it at start-up), if any."""
    for handler in reversed(logging.getLogger().handlers):  # the newest first
        name = getattr(handler, "baseFilename", None)
        if name and name != os.devnull:
            return str(name)
    return None


def unavailable_message() -> str:
    path = log_file_path()
    if path is None:
        return QCoreApplication.translate(
            "unavailable", "This area could not be opened. The error was written to the app's log. "
                           "Please tell IT (press F12 and copy the details).")
    return QCoreApplication.translate(
        "unavailable", "This area could not be opened. The error was written to %1. "
                       "Please tell IT (press F12 and copy the details).").replace("%1", path)


def unavailable_widget(parent: QWidget | None = None, reason: str | None = None) -> QLabel:
    """reason: a plain sentence saying why (the database cannot be reached, say), instead of "tell IT"."""
    text = reason + "\n\n" + QCoreApplication.translate("unavailable", "Open the area again to retry.") \
        if reason else unavailable_message()
    label = QLabel(text, parent)
    label.setObjectName("pageUnavailable")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # Selectable, so IT can be sent the exact path; focusable so a keyboard user lands on it and hears it.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(label.text())
    label.setMargin(24)
    return label
