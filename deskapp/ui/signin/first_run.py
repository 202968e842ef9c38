"""First run on an empty staff list: name this desk PC and create the first team leader (with admin
rights), who is then signed in and can add everyone else on the Staff & settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.people.staff import create_first_leader
from deskapp.platform.desks import clean_desk_name
from deskapp.platform.failures import Failure
from deskapp.platform.settings import save_user_setting
from deskapp.ui.context import UiContext
from deskapp.ui.session import SessionController


def suggest_initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalnum()).upper()[:8]


class FirstRunWizard(QWidget):
    done = Signal()

    def __init__(self, context: UiContext, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self._initials_touched = False
        self.setObjectName("firstRunWizard")

        heading = QLabel(self.tr("Welcome to deskapp"))
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr("No one can sign in yet. Name this desk, then create the first team leader: "
                               "you. You can add everyone else afterwards under Staff & settings."))
        intro.setWordWrap(True)
        intro.setProperty("role", "subheading")

        self.desk_edit = QLineEdit(context.desk_name)
        self.desk_edit.setPlaceholderText(self.tr("e.g. Main Library – Ground floor desk"))
        self.name_edit = QLineEdit()
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(8)
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit, name in ((self.desk_edit, "firstRunDesk"), (self.name_edit, "firstRunName"),
                           (self.initials_edit, "firstRunInitials"), (self.password_edit, "firstRunPassword"),
                           (self.again_edit, "firstRunAgain")):
            edit.setObjectName(name)
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit, accessible in (
            (self.tr("This &desk:"), self.desk_edit, self.tr("Name of this desk")),
            (self.tr("Your &name:"), self.name_edit, self.tr("Your name")),
            (self.tr("&Initials:"), self.initials_edit, self.tr("Your initials")),
            (self.tr("&Password:"), self.password_edit, self.tr("Password, at least 8 characters")),
            (self.tr("Password &again:"), self.again_edit, self.tr("Password again")),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(accessible)
            form.addRow(label, edit)

        self.message = QLabel()
        self.message.setObjectName("firstRunMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(self.tr("Team leaders sign in with a password of at least 8 characters; staff may use a "
                              "PIN."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.button = QPushButton(self.tr("&Create and sign in"))
        self.button.setDefault(True)

        card = QWidget()
        card.setObjectName("firstRunCard")
        card.setMaximumWidth(600)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.name_edit.textEdited.connect(self._suggest)
        self.initials_edit.textEdited.connect(lambda _text: setattr(self, "_initials_touched", True))
        for edit in (self.desk_edit, self.name_edit, self.initials_edit, self.password_edit):
            edit.returnPressed.connect(self.focusNextChild)
        self.again_edit.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def prepare(self) -> None:
        (self.name_edit if self.desk_edit.text() else self.desk_edit).setFocus()

    def _suggest(self, name: str) -> None:
        if not self._initials_touched:
            self.initials_edit.setText(suggest_initials(name))

    def _fail(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        focus.setFocus()
        focus.selectAll()

    def submit(self) -> None:
        password = self.password_edit.text()
        try:
            desk_name = clean_desk_name(self.desk_edit.text())
        except ValueError as error:
            self._fail(str(error), self.desk_edit)
            return
        if password != self.again_edit.text():
            self.again_edit.clear()
            self._fail(self.tr("The two passwords differ. Type it again."), self.password_edit)
            return
        name, initials = self.name_edit.text(), self.initials_edit.text()

        def fail(failure: Failure) -> None:
            text = failure.message
            focus = self.initials_edit if "nitials" in text else (
                self.name_edit if "name" in text else self.password_edit)
            self._fail(text, focus)

        staff_id = self.context.run(lambda session: create_first_leader(session, name, initials, password),
                                    origin=self, show=fail).value
        if staff_id is None:
            return
        save_user_setting("desk_name", desk_name, user_config=self.context.user_config)
        self.context.desk_name = desk_name
        self.controller.sign_in(staff_id, password, desk_name)
        self.password_edit.clear()
        self.again_edit.clear()
        self.done.emit()
