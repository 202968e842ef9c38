"""The enquiry log page: filters above a paged table that opens at once on a million rows.

Keys: Enter or F2 corrects the selected enquiry · Delete deletes it (Ctrl+Z brings it back) ·
Ctrl+F jumps to the notes filter · F5 reloads. Staff may change their own entries, team leaders anyone's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.enquiries import (
    EnquiryRecord,
    LogFilters,
    LogSort,
    delete_enquiry,
    get_enquiry,
    query_log,
    restore_enquiry,
)
from deskapp.desk.reference import ReferenceLists
from deskapp.platform.changes import Change, ChangeSet
from deskapp.platform.failures import Failure
from deskapp.ui.context import UiContext
from deskapp.ui.desk.labels import number_text
from deskapp.ui.keyboard import prefer_focus
from deskapp.ui.log.edit_dialog import EditEnquiryDialog
from deskapp.ui.log.filters import FilterBar
from deskapp.ui.log.model import ID_ROLE, PAGE_SIZE, LogModel
from deskapp.ui.log.sort_choice import SortChoice


def create_page(context: UiContext) -> QWidget:
    return LogPage(context)


class LogPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("logPage")
        self.context = context
        self._stale = False
        self._fetch_failure: Failure | None = None
        self.deleted: list[EnquiryRecord] = []
        self.ref = context.reference.lists()
        self.filters = FilterBar(self.ref)
        self.model = LogModel(self.ref, self._fetch, self, page_size)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Enquiry log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 210, 130, 140, 170, 55, 85, 85, 150, 220)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Alt+L comes back to this list from the filters"))
        self.edit_button = QPushButton(self.tr("Correct… (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete (Del)"))
        self.undo_button = QPushButton(self.tr("Undo delete (Ctrl+Z)"))
        self.undo_button.hide()
        self.status = QLabel()
        self.status.setObjectName("logStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)  # a long message wraps; it never widens the page
        self.sort_choice = SortChoice(self.table.horizontalHeader())
        sort_label = QLabel(self.tr("Sort &by:"))
        sort_label.setBuddy(self.sort_choice)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.undo_button)
        actions.addSpacing(12)
        actions.addWidget(sort_label)
        actions.addWidget(self.sort_choice)
        actions.addStretch(1)
        actions.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        prefer_focus(self, self.table)
        self._connect()
        self.reload()
        self.table.setSortingEnabled(True)  # after the first page: it re-announces "When, newest first" only

    def _connect(self) -> None:
        self.filters.changed.connect(lambda filters: self.reload(filters))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.model.modelReset.connect(self._update_status)
        for keys, slot, target in ((QKeySequence(Qt.Key.Key_F2), self.edit_selected, self),
                                   (QKeySequence.StandardKey.Undo, self.undo_delete, self),
                                   (QKeySequence.StandardKey.Find, self.filters.text.setFocus, self),
                                   (QKeySequence(Qt.Key.Key_F5), lambda: self.reload(), self),
                                   # Alt+L: from the filters straight to the list (six Tabs otherwise)
                                   (QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_L),
                                    self.table.setFocus, self)):
            shortcut = QShortcut(keys, target)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.context.bus.subscribe(self, {Change.ENQUIRIES}, self._on_enquiries_changed)
        self.context.reference.refreshed.connect(self._on_reference)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete in the table (a shortcut would lose to the view's own key handling).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # --- loading ----------------------------------------------------------------------------------------------
    def _fetch(self, filters: LogFilters, sort: LogSort, cursor, limit: int):
        outcome = self.context.read(lambda session: query_log(session, filters, sort, cursor=cursor, limit=limit),
                                    show=lambda failure: None)  # shown by _update_status, beside the filters
        self._fetch_failure = outcome.failure
        return outcome.value if outcome.value is not None else []

    def reload(self, filters: LogFilters | None = None) -> None:
        self.model.reload(filters)  # a filter the query refuses shows beside the filters (_update_status)
        self._stale = False
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self._fetch_failure is not None:
            text = self._fetch_failure.message
        elif count == 0:
            text = self.tr("No enquiries match these filters.")
        elif self.model.has_more:
            text = self.tr("Showing the first %1; scroll for more.").replace("%1", number_text(count))
        elif count == 1:
            text = self.tr("1 enquiry.")
        else:
            text = self.tr("%Ln enquiries.", "", count)
        self.status.setText(text)

    def _on_enquiries_changed(self, _changes: ChangeSet) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reload when next shown, not on every enquiry logged at the desk

    def _on_reference(self, ref: ReferenceLists) -> None:
        """A colleague added, a skill retired: names and filters as they are now."""
        self.ref = ref
        self.model.ref = ref
        self.filters.set_reference(ref)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- edit and delete ------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _may_change(self, enquiry_id: int | None) -> bool:
        if enquiry_id is None:
            return False
        actor = self.context.actor()
        row = self.model.rows[self.model.row_of(enquiry_id) or 0]
        return actor.is_leader or row.staff_id == actor.staff_id

    def _update_buttons(self) -> None:
        allowed = self._may_change(self.selected_id())
        self.edit_button.setEnabled(allowed)
        self.delete_button.setEnabled(allowed)
        tip = "" if allowed or self.selected_id() is None else self.tr(
            "You can change only your own enquiries; a team leader can correct this one.")
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    def edit_selected(self) -> None:
        enquiry_id = self.selected_id()
        if enquiry_id is None:
            return
        if not self._may_change(enquiry_id):
            # Say so now, not after the person has typed a whole correction (the domain refuses it anyway).
            self.status.setText(self.tr("#%1 is someone else's: you can change only your own; a team leader "
                                        "can correct it.").replace("%1", str(enquiry_id)))
            return
        record = self.context.read(lambda session: get_enquiry(session, enquiry_id),
                                   show=lambda failure: self.status.setText(failure.message)).value
        if record is None:
            return
        dialog = EditEnquiryDialog(self.context, self.ref, record, self)
        if self.open_dialog(dialog) and dialog.saved is not None:
            self.model.update_enquiry(dialog.saved)
            text = self.tr("Saved the correction to enquiry #%1.").replace("%1", str(enquiry_id))
            if dialog.redacted:
                text += " " + self.tr("Redacted %1 in the note before saving.").replace("%1", dialog.redacted)
            self.status.setText(text)

    def open_dialog(self, dialog: EditEnquiryDialog) -> bool:
        """Run the dialog (tests replace this to drive it without a nested event loop)."""
        return dialog.exec() == EditEnquiryDialog.DialogCode.Accepted

    def delete_selected(self) -> None:
        enquiry_id = self.selected_id()
        if enquiry_id is None:
            return
        row = self.table.currentIndex().row()
        snapshot = self.context.run(lambda session: delete_enquiry(session, self.context.actor(), enquiry_id),
                                    origin=self, show=lambda failure: self.status.setText(failure.message)).value
        if snapshot is None:
            return
        self.deleted.append(snapshot)
        self.model.remove_enquiry(enquiry_id)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.undo_button.show()
        self.status.setText(self.tr("Deleted enquiry #%1 (%2). Ctrl+Z brings it back.").replace(
            "%1", str(enquiry_id)).replace("%2", self.ref.label("categories", snapshot.category_id)))

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        snapshot = self.deleted[-1]
        restored = self.context.run(lambda session: restore_enquiry(session, self.context.actor(), snapshot),
                                    origin=self, show=lambda failure: self.status.setText(failure.message))
        if not restored.ok:
            if not restored.failure or not restored.failure.retryable:
                self.deleted.pop()  # refused for good: the message says why; a retry would say it again
            return
        self.deleted.pop()
        self.undo_button.setVisible(bool(self.deleted))
        self.reload()
        self.status.setText(self.tr("Enquiry #%1 is back in the log.").replace("%1", str(snapshot.id)))
