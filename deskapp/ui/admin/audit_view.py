"""The audit trail tab of Staff & settings: who changed what and when, filtered, newest first, paged."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.platform.audit_trail import PAGE_SIZE, AuditFilter, AuditRow, audit_choices, audit_count, audit_page
from deskapp.platform.changes import Change
from deskapp.platform.localtime import local_zone
from deskapp.ui.context import UiContext
from deskapp.ui.keyboard import prefer_focus
from deskapp.ui.picked_date import picked_date
from deskapp.ui.skills.formats import date_edit_format, short_datetime

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Audit events matching a filter, fetched `page_size` rows at a time (keyed on the event id)."""

    def __init__(self, context: UiContext, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.page_size = page_size
        self.filter = AuditFilter()
        self.total = 0
        self._rows: list[AuditRow] = []
        self._exhausted = True
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Id"),
                         self.tr("Changes")]

    def set_filter(self, filt: AuditFilter) -> None:
        self.filter = filt
        self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor()
        self.beginResetModel()
        self.total = audit_count(self.context.db, actor, self.filter)
        self._rows = audit_page(self.context.db, actor, self.filter, limit=self.page_size)
        self._exhausted = len(self._rows) < self.page_size
        self.endResetModel()

    def row(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- paging -------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        more = audit_page(self.context.db, self.context.actor(), self.filter, before_id=self._rows[-1].id,
                          limit=self.page_size)
        self._exhausted = len(more) < self.page_size
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- table --------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return event.changes
        return None

    @staticmethod
    def _text(event: AuditRow, column: int) -> str:
        if column == 0:
            return short_datetime(event.at.astimezone(local_zone()), seconds=True)
        values = (event.actor_name, event.action, event.entity, event.entity_id, event.changes)
        text = values[column - 1]
        return text if len(text) <= 160 else text[:157] + "..."


class AuditView(QWidget):
    """Filters (who, what, action, date range) over the paged audit table. Enter or Alt+F applies them."""

    def __init__(self, context: UiContext, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("auditView")
        self.model = AuditTableModel(context, self, page_size=page_size)
        self.who = self._combo("auditWho", self.tr("Who"))
        self.entity = self._combo("auditEntity", self.tr("What"))
        self.action = self._combo("auditAction", self.tr("Action"))
        self.use_dates = QCheckBox(self.tr("&Between"))
        self.use_dates.setObjectName("auditUseDates")
        today = QDate.currentDate()
        self.since = self._date("auditSince", today.addDays(-30), self.tr("From date"))
        self.until = self._date("auditUntil", today, self.tr("To date"))
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.apply_button = QPushButton(self.tr("&Filter"))
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        grid = QGridLayout()
        for column, (label_text, widget) in enumerate(((self.tr("&Who"), self.who), (self.tr("W&hat"), self.entity),
                                                       (self.tr("A&ction"), self.action))):
            label = QLabel(label_text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.use_dates, 0, 3)
        dates = QWidget()
        dates_layout = QGridLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.since, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("to")), 0, 1)
        dates_layout.addWidget(self.until, 0, 2)
        grid.addWidget(dates, 1, 3)
        grid.addWidget(self.apply_button, 1, 4)
        grid.setColumnStretch(5, 1)  # the filters keep their size; spare width goes to the right
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        for keys in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.apply)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        prefer_focus(self, self.who)
        context.bus.subscribe(self, set(Change), lambda _changes: self._on_changed())
        self.reload()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(14)
        return combo

    def _date(self, name: str, value: QDate, accessible: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setEnabled(False)
        return edit

    def reload(self) -> None:
        """Refresh the filter choices (keeping what is chosen) and the rows."""
        choices = audit_choices(self.context.db, self.context.actor())
        self._fill(self.who, [(label, name) for label, name in choices.actors])
        self._fill(self.entity, [(e, e) for e in choices.entities])
        self._fill(self.action, [(a, a) for a in choices.actions])
        self.apply()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(all)"), None)
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.use_dates.isChecked():
            zone = local_zone()
            since = datetime.combine(picked_date(self.since), time.min, tzinfo=zone)
            until = datetime.combine(picked_date(self.until), time.min, tzinfo=zone) + timedelta(days=1)
            if until <= since:
                since, until = until - timedelta(days=1), since + timedelta(days=1)
        return AuditFilter(actor=self.who.currentData(), entity=self.entity.currentData(),
                           action=self.action.currentData(), since=since, until=until)

    def apply(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%n event(s)", "", self.model.total))

    def _on_changed(self) -> None:
        if self.isVisible():
            self.reload()


def create_tab(context: UiContext) -> QWidget:
    return AuditView(context)
