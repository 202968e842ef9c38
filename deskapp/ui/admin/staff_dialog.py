"""Add or edit a person, or give them a new PIN or password. The dialog stays open and says what is wrong
until the domain accepts the change; nothing is saved half-way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.people.staff import ROLE_LABELS, StaffRow
from deskapp.ui.admin.roles import role_label
from deskapp.ui.signin.language_combo import LanguageCombo


@dataclass(frozen=True)
class StaffValues:
    name: str
    initials: str
    role: str
    secret: str  # "" = keep the current PIN or password (edit only)
    language: str = ""  # their interface language; "" = the language of the PC they sign in at


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when a message appears
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.on_save: Callable[[], bool] = lambda: False  # the tab sets it: True when saved

    def add_row(self, text: str, widget: QWidget, accessible: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        self.form.addRow(label, widget)

    def _secret_pair(self) -> tuple[QLineEdit, QLineEdit]:
        secret, again = QLineEdit(), QLineEdit()
        secret.setObjectName("secret")
        again.setObjectName("secretAgain")
        for edit in (secret, again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return secret, again

    def fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def _check(self) -> str | None:
        return None

    def _try_save(self) -> None:
        problem = self._check()
        if problem:
            self.fail(problem)
            return
        if self.on_save():  # False: not saved, and on_save has said why (self.fail)
            self.accept()


class StaffDialog(_FormDialog):
    """`person` None: add someone. Roles offered: staff and team leader; admin too when `can_grant_admin`."""

    saved_id: int | None = None

    def __init__(self, person: StaffRow | None, *, can_grant_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a person") if person is None else self.tr("Edit %1").replace(
            "%1", person.name), parent)
        self.person = person
        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setObjectName("name")
        self.initials_edit = QLineEdit(person.initials if person else "")
        self.initials_edit.setObjectName("initials")
        self.initials_edit.setMaxLength(8)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role")
        roles = [r for r in ROLE_LABELS if r != "admin" or can_grant_admin or (person and person.role == "admin")]
        for role in roles:
            self.role_combo.addItem(role_label(role, ROLE_LABELS[role]), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(person.role if person else "staff")))
        self.language_combo = LanguageCombo("desk", "", person.language if person else "")
        self.secret_edit, self.again_edit = self._secret_pair()
        self.add_row(self.tr("&Name:"), self.name_edit, self.tr("Name"))
        self.add_row(self.tr("&Initials:"), self.initials_edit, self.tr("Initials"))
        self.add_row(self.tr("&Role:"), self.role_combo, self.tr("Role"))
        self.add_row(self.tr("&Language:"), self.language_combo, self.tr("Language"))
        self.secret_label = QLabel()
        self.add_row(self.tr("&PIN or password:"), self.secret_edit, self.tr("PIN or password"))
        self.add_row(self.tr("&Again:"), self.again_edit, self.tr("PIN or password again"))
        self.form.addRow("", self.secret_label)
        self.secret_label.setProperty("role", "hint")
        self.secret_label.setWordWrap(True)
        self.role_combo.currentIndexChanged.connect(self._explain)
        self._explain()
        self.name_edit.setFocus()

    def _explain(self) -> None:
        role = self.values().role
        rule = (self.tr("A PIN of 4 to 8 digits, or a password of at least 8 characters.") if role == "staff"
                else self.tr("Team leaders and admins need a password of at least 8 characters."))
        if self.person is not None:
            rule += " " + self.tr("Leave empty to keep the current one.")
        self.secret_label.setText(rule)

    def values(self) -> StaffValues:
        return StaffValues(self.name_edit.text(), self.initials_edit.text(), self.role_combo.currentData(),
                           self.secret_edit.text(), self.language_combo.code())

    def _check(self) -> str | None:
        if self.secret_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            return self.tr("The two PIN or password entries differ.")
        if self.person is None and not self.secret_edit.text():
            return self.tr("Give them a PIN or password so they can sign in.")
        return None


class CredentialDialog(_FormDialog):
    def __init__(self, person: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New PIN or password for %1").replace("%1", person.name), parent)
        self.person = person
        self.secret_edit, self.again_edit = self._secret_pair()
        self.add_row(self.tr("&New PIN or password:"), self.secret_edit, self.tr("New PIN or password"))
        self.add_row(self.tr("&Again:"), self.again_edit, self.tr("New PIN or password again"))
        hint = QLabel(self.tr("Staff: a PIN of 4 to 8 digits or a password. Team leaders and admins: a password "
                              "of at least 8 characters. This also ends a lock-out."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.form.addRow("", hint)
        self.secret_edit.setFocus()

    def _check(self) -> str | None:
        if self.secret_edit.text() != self.again_edit.text():
            self.again_edit.clear()
            return self.tr("The two entries differ.")
        return None
