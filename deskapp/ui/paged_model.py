"""A table model that holds rows a page at a time: Qt asks for more (canFetchMore/fetchMore) as the view
scrolls, so a list never loads the whole table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class PagedRowsModel(QAbstractTableModel, Generic[Row]):
    """Rows from `fetch(offset, limit)`, `page_size` at a time, or (fetch None) a short list held whole and
    given by `set_rows`. Subclasses set HEADERS (source texts, translated in TR_CONTEXT) and implement
    `data`."""

    HEADERS: tuple[str, ...] = ()
    TR_CONTEXT = "deskapp"

    def __init__(self, fetch: Callable[[int, int], list[Row]] | None, page_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.rows: list[Row] = []
        self._more = False

    def reload(self) -> None:
        """Start again from the first page."""
        self.beginResetModel()
        self.rows = []
        self._more = self._fetch is not None
        self.endResetModel()
        if self._more:
            self.fetchMore()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show exactly these rows (e.g. search results, which stop at their own limit)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._more = False
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = self._fetch(len(self.rows), self.page_size)
        self._more = len(page) == self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self.HEADERS[section]) \
                if 0 <= section < len(self.HEADERS) else None
        return None
