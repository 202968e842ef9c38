"""Ctrl+Shift+P: my own settings: the interface language I read at every desk, and my PIN or password (the
current one first, so no team leader need know it). The language needs no PIN: choosing it changes nothing
anyone else relies on, and a colleague may help someone who cannot read the current language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from deskapp.people.auth import LockedOut, change_own_credential
from deskapp.people.staff import own_language, set_language
from deskapp.platform.failures import Failure
from deskapp.platform.settings import load_settings
from deskapp.ui import i18n
from deskapp.ui.context import UiContext
from deskapp.ui.signin.language_combo import LanguageCombo


class ChangeOwnCredentialDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locked_out = False
        self.language_saved = False  # True once this dialog saved a new language (the window switches to it)
        self.credential_saved = False
        self.setWindowTitle(self.tr("My language, PIN and password"))
        self.setMinimumWidth(440)
        actor = context.actor()
        stored = context.query(lambda session: own_language(session, actor))
        self._saved_language = stored or ""
        try:
            pc = load_settings(user_config=context.user_config).language
        except ValueError:  # an unreadable deskapp.toml: the window said so at start; the system's then
            pc = ""
        self.language_combo = LanguageCombo("pc", i18n.choose_language(None, pc), self._saved_language)
        self.language_combo.setAccessibleName(self.tr("My language"))
        if stored is None:  # not readable now: choosing would save over a value we cannot see
            self.language_combo.setEnabled(False)
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        hint = QLabel(self.tr("Leave the PIN fields empty to change only the language."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.current_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
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
        """The language first (one audited write), then the PIN or password if any was typed. A failure says
        what was saved and what was not, and keeps what was typed."""
        wants_credential = any(edit.text() for edit in (self.current_edit, self.new_edit, self.again_edit))
        if wants_credential and self.new_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            self._fail(self.tr("The two new entries differ."))
            return
        chosen = self.language_combo.code()
        saved_now = False
        if self.language_combo.isEnabled() and chosen != self._saved_language:
            actor = self.context.actor()

            def choose(session) -> bool:
                return set_language(session, actor, actor.staff_id or 0, chosen)

            def refused(failure: Failure) -> None:
                self._fail(self.tr("Nothing was saved: %1").replace("%1", failure.message))

            if not self.context.run(choose, origin=self, show=refused).ok:
                return
            self._saved_language = chosen
            self.language_saved = saved_now = True
        if wants_credential:
            try:
                change_own_credential(self.context.db, self.context.actor(), self.current_edit.text(),
                                      self.new_edit.text())
            except LockedOut:
                self.locked_out = True  # the main window locks the desk
                self.reject()
                return
            except ValueError as error:
                self.current_edit.clear()
                if saved_now:
                    self._fail(self.tr("Your language is saved; the PIN or password is not: %1").replace(
                        "%1", str(error)))
                else:
                    self._fail(str(error))
                return
            self.credential_saved = True
        self.accept()
