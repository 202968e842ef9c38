"""The enquiry log as a paged table model: one page (200 rows) at a time through the keyset query, more as the
view scrolls (canFetchMore/fetchMore). Never the whole table, never a COUNT(*) of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from deskapp.desk.enquiries import EnquiryRecord, LogCursor, LogFilters, LogPage, LogRow, LogSort
from deskapp.desk.reference import ReferenceLists
from deskapp.ui.desk.labels import day_time_text, domain_label
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
# (header, sort key or None when the column cannot be sorted)
COLUMNS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("LogModel", "When"), "asked_at"), (QT_TRANSLATE_NOOP("LogModel", "Category"), "category"),
    (QT_TRANSLATE_NOOP("LogModel", "Staff"), "staff"), (QT_TRANSLATE_NOOP("LogModel", "Desk"), "desk"),
    (QT_TRANSLATE_NOOP("LogModel", "Outcome"), "outcome"), (QT_TRANSLATE_NOOP("LogModel", "READ"), "read_level"),
    (QT_TRANSLATE_NOOP("LogModel", "Duration"), "duration"), (QT_TRANSLATE_NOOP("LogModel", "Channel"), "channel"),
    (QT_TRANSLATE_NOOP("LogModel", "Patron type"), "patron_type"), (QT_TRANSLATE_NOOP("LogModel", "Skills"), None),
    (QT_TRANSLATE_NOOP("LogModel", "Notes"), None),
]

def when_text(moment: datetime) -> str:
    """Day and time in the desk's zone: "24 Nov 14:05" (with the year when it is not this year)."""
    return day_time_text(moment)


Fetch = Callable[[LogFilters, LogSort, LogCursor | None, int], LogPage]


class LogModel(QAbstractTableModel):
    def __init__(self, ref: ReferenceLists, fetch: Fetch, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.ref = ref
        self._fetch = fetch
        self.rows: list[LogRow] = []
        self.filters = LogFilters()
        self.sort_order = LogSort()
        self._cursor: LogCursor | None = None
        self._more = False
        self.loaded = False

    # --- loading ----------------------------------------------------------------------------------------------
    def reload(self, filters: LogFilters | None = None, sort: LogSort | None = None) -> None:
        """Start again from the first page (after a filter or sort change). Errors propagate to the page."""
        filters = filters or self.filters
        sort = sort or self.sort_order
        page = self._fetch(filters, sort, None, self.page_size)
        self.beginResetModel()
        self.filters, self.sort_order = filters, sort
        self.rows = list(page.rows)
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        self.loaded = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self.filters, self.sort_order, self._cursor, self.page_size)
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        if page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

    @property
    def has_more(self) -> bool:
        return self._more

    # --- edits from the page ----------------------------------------------------------------------------------
    def row_of(self, enquiry_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == enquiry_id), None)

    def remove_enquiry(self, enquiry_id: int) -> None:
        row = self.row_of(enquiry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def update_enquiry(self, record: EnquiryRecord) -> None:
        """Show an edited enquiry in place (it stays where it is until the next reload)."""
        row = self.row_of(record.id)
        if row is None:
            return
        self.rows[row] = replace(self.rows[row], **{name: getattr(record, name) for name in (
            "asked_at", "category_id", "channel_id", "patron_type_id", "read_level", "duration_band_id",
            "outcome_id", "referral_target_id", "notes", "skill_ids")})
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt model -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LogModel", COLUMNS[section][0])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
                return self.tr("This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 9, 10):
            return self._text(row, index.column(), full=True)
        return None

    def _text(self, row: LogRow, column: int, *, full: bool = False) -> str:
        ref = self.ref
        if column == 0:
            return when_text(row.asked_at)
        if column == 1:
            category = ref.category(row.category_id)
            if category is None:
                return ""
            domain = domain_label(category.domain)
            return f"{category.label} ({domain})" if full else category.label
        if column == 2:
            return ref.label("staff", row.staff_id)
        if column == 3:
            return ref.label("desks", row.desk_id)
        if column == 4:
            outcome = ref.label("outcomes", row.outcome_id)
            target = ref.label("referral_targets", row.referral_target_id)
            return f"{outcome}: {target}" if target else outcome
        if column == 5:
            return "" if row.read_level is None else str(row.read_level)
        if column == 6:
            return ref.label("duration_bands", row.duration_band_id)
        if column == 7:
            return ref.label("channels", row.channel_id)
        if column == 8:
            return ref.label("patron_types", row.patron_type_id)
        if column == 9:
            return ", ".join(ref.label("skills", s) for s in row.skill_ids)
        if column == 10:
            return row.notes if full else row.notes.replace("\n", " ")[:80]
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        # "When" reads newest first when the arrow points down; the others A-Z when it points up.
        wanted = LogSort(key, order == Qt.SortOrder.DescendingOrder)
        if self.loaded and wanted == self.sort_order:
            return  # the view re-announces the current sort when sorting is switched on: no second query
        self.reload(sort=wanted)
