"""The staff list for team leaders: add, edit (name, initials, role, language), new PIN or password, deactivate.

Keys: Ctrl+N add, Enter edit, Ctrl+R new PIN or password, Delete deactivate / reactivate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.people.staff import (
    StaffRow,
    add_staff,
    deactivate_staff,
    edit_staff,
    reactivate_staff,
    reset_credential,
    set_language,
    set_role,
)
from deskapp.ui.admin.staff_dialog import CredentialDialog, StaffDialog
from deskapp.ui.admin.staff_model import StaffTableModel
from deskapp.ui.context import UiContext
from deskapp.ui.keyboard import prefer_focus


class StaffTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: StaffDialog | CredentialDialog | None = None  # the open one (tests drive it)
        self.model = StaffTableModel(context, self)
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons and the tabs
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.show_inactive = QCheckBox(self.tr("&Show deactivated people"))
        self.add_button = QPushButton(self.tr("&Add…  Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…  Enter"))
        self.reset_button = QPushButton(self.tr("New &PIN…  Ctrl+R"))
        self.reset_button.setToolTip(self.tr("A new PIN or password; also ends a lock-out"))
        self.active_button = QPushButton(self.tr("&Deactivate  Del"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_inactive)

        self.add_button.clicked.connect(self.open_add)
        self.edit_button.clicked.connect(self.open_edit)
        self.reset_button.clicked.connect(self.open_reset)
        self.active_button.clicked.connect(self.toggle_active)
        self.show_inactive.toggled.connect(self._show_inactive)
        self.table.activated.connect(lambda _index: self.open_edit())
        for keys, slot in ((QKeySequence.StandardKey.New, self.open_add),
                           (QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_R), self.open_reset),
                           (QKeySequence(Qt.Key.Key_Delete), self.toggle_active)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        prefer_focus(self, self.table)
        self.refresh()

    # --- list ---------------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        self.model.refresh()
        row = self.model.row_of(select_id if select_id is not None else (current.id if current else -1))
        self.table.selectRow(max(0, row))
        self._update_buttons()

    def _show_inactive(self, on: bool) -> None:
        self.model.include_inactive = on
        self.refresh()

    def selected(self) -> StaffRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        person = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(person is not None)
        self.active_button.setText(self.tr("&Reactivate  Del") if person and not person.active
                                   else self.tr("&Deactivate  Del"))

    def _changed(self, staff_id: int | None = None) -> None:
        self.refresh(staff_id)  # the other screens hear of it from the operation runner

    def _save_from(self, dialog, op) -> bool:
        """Run op(session) for a dialog: a failure is said in the dialog, which stays open with what was typed."""
        return self.context.run(op, origin=self, show=lambda failure: dialog.fail(failure.message)).ok

    # --- actions ------------------------------------------------------------------------------------------
    def open_add(self) -> StaffDialog:
        dialog = StaffDialog(None, can_grant_admin=self.context.actor().role == "admin", parent=self)

        def save() -> bool:
            values = dialog.values()

            def add(session) -> None:
                dialog.saved_id = add_staff(session, self.context.actor(), values.name, values.initials,
                                            values.role, values.secret)
                if values.language:
                    set_language(session, self.context.actor(), dialog.saved_id, values.language)
            return self._save_from(dialog, add)

        dialog.on_save = save
        dialog.accepted.connect(lambda: self._changed(dialog.saved_id))
        return self._open(dialog)

    def open_edit(self) -> StaffDialog | None:
        person = self.selected()
        if person is None:
            return None
        dialog = StaffDialog(person, can_grant_admin=self.context.actor().role == "admin", parent=self)

        def save() -> bool:
            values = dialog.values()
            actor = self.context.actor()

            # One transaction: a refused role change leaves the name edit unsaved too.
            def change(session) -> None:
                edit_staff(session, actor, person.id, name=values.name, initials=values.initials)
                if values.role != person.role:
                    set_role(session, actor, person.id, values.role, values.secret or None)
                elif values.secret:
                    reset_credential(session, actor, person.id, values.secret)
                set_language(session, actor, person.id, values.language)
            return self._save_from(dialog, change)

        dialog.on_save = save
        dialog.accepted.connect(lambda: self._changed(person.id))
        return self._open(dialog)

    def open_reset(self) -> CredentialDialog | None:
        person = self.selected()
        if person is None:
            return None
        dialog = CredentialDialog(person, parent=self)

        def save() -> bool:
            secret = dialog.secret_edit.text()
            return self._save_from(dialog, lambda session: reset_credential(session, self.context.actor(),
                                                                            person.id, secret))

        dialog.on_save = save
        dialog.accepted.connect(lambda: self._changed(person.id))
        return self._open(dialog)

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self.table.setFocus())
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialogs = self.context.dialogs
        if person.active and not dialogs.confirm(
                self.tr("Deactivate %1?").replace("%1", person.name),
                self.tr("%1 will no longer be able to sign in. Their enquiries and history stay theirs; you can "
                        "reactivate them later.").replace("%1", person.name)):
            return
        change = deactivate_staff if person.active else reactivate_staff
        if self.context.run(lambda session: change(session, self.context.actor(), person.id), origin=self,
                            title=self.tr("Cannot change %1").replace("%1", person.name)).ok:
            self._changed(person.id)


def create_tab(context: UiContext) -> QWidget:
    return StaffTab(context)
