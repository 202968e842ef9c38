"""The sign-in and lock screen: type your name (or initials), Enter, your PIN, Enter.

The same screen locks the desk: after the idle time, or Ctrl+L when the shift changes. Nothing of the
previous person's work is visible while it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.people.auth import SignInError
from deskapp.people.staff import StaffPick, list_for_sign_in
from deskapp.platform.settings import save_user_setting
from deskapp.ui.context import UiContext
from deskapp.ui.session import SessionController
from deskapp.ui.signin.name_model import StaffPickModel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SignInScreen(QWidget):
    """Emits `done` after a successful sign-in (the controller announces who)."""

    done = Signal()

    def __init__(self, context: UiContext, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.chosen: StaffPick | None = None
        self.setObjectName("signInScreen")

        self.heading = QLabel(self.tr("Sign in"))
        self.heading.setProperty("role", "heading")
        self.desk_label = QLabel()
        self.desk_label.setProperty("role", "subheading")

        self.desk_edit = QLineEdit()
        self.desk_edit.setObjectName("deskName")
        self.desk_edit.setPlaceholderText(self.tr("e.g. Main Library – Ground floor desk"))
        self.desk_edit.setAccessibleName(self.tr("Name of this desk"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("signInName")
        self.name_edit.setPlaceholderText(self.tr("Type your name or initials"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.names = StaffPickModel(self)
        self.names_view = QListView()
        self.names_view.setObjectName("signInNames")
        self.names_view.setModel(self.names)
        self.names_view.setAccessibleName(self.tr("Matching names"))
        self.names_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # driven from the name field's arrow keys
        self.names_view.setMinimumHeight(110)  # five names; the card then fits 1366x768 at 150 % (464 px high)
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("signInSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("PIN or password"))
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.hide()
        self.button = QPushButton(self.tr("&Sign in"))
        self.button.setDefault(True)
        self.hint = QLabel(self.tr("Type your name, press Enter, type your PIN or password, press Enter."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.desk_row_label = QLabel(self.tr("This &desk:"))
        self.desk_row_label.setBuddy(self.desk_edit)
        form.addRow(self.desk_row_label, self.desk_edit)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.names_view)
        secret_label = QLabel(self.tr("&PIN or password:"))
        secret_label.setBuddy(self.secret_edit)
        form.addRow(secret_label, self.secret_edit)

        card = QWidget()
        card.setObjectName("signInCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.desk_label)
        inner.addLayout(form)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
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

        self.name_edit.textEdited.connect(self._on_name_typed)
        self.name_edit.installEventFilter(self)
        self.secret_edit.installEventFilter(self)
        self.names_view.clicked.connect(lambda index: self._choose(index.row()))
        self.secret_edit.returnPressed.connect(self.attempt)
        # On a PC's first run Enter after the desk's name goes on to the person's name, as the hint promises.
        self.desk_edit.returnPressed.connect(self.name_edit.setFocus)
        self.button.clicked.connect(self.attempt)
        self.setTabOrder(self.desk_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.secret_edit)
        self.setTabOrder(self.secret_edit, self.button)

    # --- showing ------------------------------------------------------------------------------------------
    def prepare(self, *, locked: bool = False, message: str = "") -> None:
        """Fresh screen: reload the names, clear every field, focus the name."""
        people = self.context.query(list_for_sign_in)
        if people is not None:  # else the status bar says the database cannot be reached; names stay as they were
            self.names.set_people(people)
        self.heading.setText(self.tr("Locked: sign in to continue") if locked else self.tr("Sign in"))
        has_desk = bool(self.context.desk_name)
        self.desk_edit.setVisible(not has_desk)
        self.desk_row_label.setVisible(not has_desk)
        self.desk_label.setText(self.context.desk_name if has_desk else self.tr("Name this desk PC once; "
                                                                                 "it is remembered."))
        self.chosen = None
        self.name_edit.clear()
        self.secret_edit.clear()
        self._on_name_typed("")
        self._show_message(message)
        (self.name_edit if has_desk else self.desk_edit).setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- choosing a name ----------------------------------------------------------------------------------
    def _on_name_typed(self, text: str) -> None:
        self.chosen = None
        self.names.set_filter(text)
        if self.names.rowCount():
            self.names_view.setCurrentIndex(self.names.index(0, 0))

    def _move(self, step: int) -> None:
        count = self.names.rowCount()
        if count:
            row = max(0, min(count - 1, self.names_view.currentIndex().row() + step))
            self.names_view.setCurrentIndex(self.names.index(row, 0))

    def _choose(self, row: int) -> None:
        person = self.names.person(row)
        if person is None:
            self._show_message(self.tr("No one on the staff list matches that. Check the spelling, or ask a "
                                       "team leader to add you."))
            return
        self.chosen = person
        self.name_edit.setText(person.name)
        self.names.set_filter(person.name)
        self.names_view.setCurrentIndex(self.names.index(0, 0))
        self._show_message("")
        self.secret_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.name_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in ENTER_KEYS or key == Qt.Key.Key_Tab:
                self._choose(self.names_view.currentIndex().row())
                return True
        if watched is self.secret_edit and key == Qt.Key.Key_Escape:
            self.secret_edit.clear()
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return True
        return False

    # --- signing in ---------------------------------------------------------------------------------------
    def attempt(self) -> None:
        if self.chosen is None:
            self._choose(self.names_view.currentIndex().row())
            if self.chosen is None:
                return
        desk_name = self.context.desk_name or self.desk_edit.text().strip()
        if not desk_name:
            self._show_message(self.tr("Name this desk first, e.g. “Main Library – Ground floor desk”."))
            self.desk_edit.setFocus()
            return
        secret = self.secret_edit.text()
        self.secret_edit.clear()
        try:
            result = self.controller.sign_in(self.chosen.id, secret, desk_name)
        except SignInError as error:
            self._show_message(str(error))
            # Even when locked out the focus stays in the masked PIN field: the next PIN typed without looking
            # must never land in the Name field in clear text. Esc goes back to the name for someone else.
            self.secret_edit.setFocus()
            return
        except ValueError as error:  # a desk name that cannot be used
            self._show_message(str(error))
            self.desk_edit.setFocus()
            return
        if not self.context.desk_name:
            save_user_setting("desk_name", result.desk_name, user_config=self.context.user_config)
            self.context.desk_name = result.desk_name
        self._show_message("")
        self.done.emit()
