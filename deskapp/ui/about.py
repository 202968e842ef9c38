"""About / Diagnostics (F12 in the main window, also at the sign-in screen): version, database and schema
revision, effective settings and where each came from, Qt and Python versions; "Copy to clipboard" puts it
all in a support ticket."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.platform.diagnostics import Diagnostics, collect_diagnostics
from deskapp.platform.settings import LocalSettings, load_settings
from deskapp.startup.database import Database
from deskapp.ui.keyboard import tab_leaves_views

ABOUT_SHORTCUT = QKeySequence(Qt.Key.Key_F12)


def qt_rows() -> tuple[tuple[str, str], ...]:
    return (("Qt", qVersion()), ("PySide6", PySide6.__version__))


class AboutDialog(QDialog):
    def __init__(self, diagnostics: Diagnostics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About deskapp"))
        self.setObjectName("aboutDialog")
        # 760x520, or less on a small or scaled screen (1366x768 at 150 % is 910x512): never past its edges.
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(760, int(screen.width() * 0.9)), min(520, int(screen.height() * 0.85)))
        self._text = diagnostics.as_text(qt_rows())
        rows = diagnostics.lines(qt_rows())

        heading = QLabel(self.tr("deskapp {version}: diagnostics for a support ticket").replace(
            "{version}", diagnostics.version))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("diagnosticsTable")
        self.table.setAccessibleName(self.tr("Diagnostics"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (label, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        heading.setBuddy(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Co&py to clipboard"), self)
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel("", self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        tab_leaves_views(self)  # Tab reaches Copy and Close from the table

    def text(self) -> str:
        return self._text

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
        self.copied.setText(self.tr("Copied. Paste it into your support ticket."))


def open_about(db: Database, settings: LocalSettings | None = None, parent: QWidget | None = None) -> AboutDialog:
    """Show the dialog for the running app (modal to `parent`, without blocking) and return it."""
    dialog = AboutDialog(collect_diagnostics(db, settings or load_settings()), parent)
    dialog.open()
    return dialog
