"""Modal questions go through this small service, so tests can answer them without real message boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from deskapp.ui.file_dialogs import existing_directory


class DialogService:
    """The real dialogs. Tests pass a scripted stand-in with the same methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def choose_folder(self, title: str, start: str = "") -> str | None:
        folder = existing_directory(self.parent, title, start)
        return folder or None
