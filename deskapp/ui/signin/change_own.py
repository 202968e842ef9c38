"""Ctrl+Shift+P: change your own PIN or password (the current one first), so no team leader need know it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from deskapp.people.auth import LockedOut, change_own_credential
from deskapp.ui.context import UiContext


class ChangeOwnCredentialDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locked_out = False
        self.setWindowTitle(self.tr("Change my PIN or password"))
        self.setMinimumWidth(440)
        self.current_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout()
        for text, edit, name in ((self.tr("&Current PIN or password:"), self.current_edit, "current"),
                                 (self.tr("&New PIN or password:"), self.new_edit, "new"),
                                 (self.tr("&Again:"), self.again_edit, "again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.current_edit.setFocus()

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def save(self) -> None:
        if self.new_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            self._fail(self.tr("The two new entries differ."))
            return
        try:
            change_own_credential(self.context.db, self.context.actor(), self.current_edit.text(),
                                  self.new_edit.text())
        except LockedOut:
            self.locked_out = True  # the main window locks the desk
            self.reject()
            return
        except ValueError as error:
            self.current_edit.clear()
            self._fail(str(error))
            return
        self.accept()
