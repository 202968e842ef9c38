"""A report's rows as a paged table model: rows are handed to the view a page at a time. Headers and cells
are shown for people (labels, percentages); the rows themselves keep their stable keys and fractions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskapp.reports import ReportResult
from deskapp.ui.skills import report_columns

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: tuple[dict[str, Any], ...] = ()
        self._shown = 0

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self._columns = report_columns.display_order(result.name, result.columns) if result else ()
        self._rows = result.rows if result else ()
        self._shown = min(PAGE, len(self._rows))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self._columns):
            return None
        value = self._rows[index.row()].get(self._columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return report_columns.cell_text(self._columns[index.column()], value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        return None

    def column_key(self, section: int) -> str:
        return self._columns[section]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return report_columns.header_text(self._columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return report_columns.label(self._columns[section])
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
