"""The first rows of a checked file, as they would be imported (a fixed, small list: no paging needed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

# (key in the summary's preview rows, header source text)
COLUMNS = [("line", QT_TRANSLATE_NOOP("PreviewModel", "Line")),
           ("asked", QT_TRANSLATE_NOOP("PreviewModel", "Asked (local)")),
           ("staff", QT_TRANSLATE_NOOP("PreviewModel", "Staff")), ("desk", QT_TRANSLATE_NOOP("PreviewModel", "Desk")),
           ("category", QT_TRANSLATE_NOOP("PreviewModel", "Category")),
           ("channel", QT_TRANSLATE_NOOP("PreviewModel", "Channel")),
           ("patron", QT_TRANSLATE_NOOP("PreviewModel", "Patron type")),
           ("read", QT_TRANSLATE_NOOP("PreviewModel", "READ")),
           ("duration", QT_TRANSLATE_NOOP("PreviewModel", "Duration")),
           ("outcome", QT_TRANSLATE_NOOP("PreviewModel", "Outcome")),
           ("skills", QT_TRANSLATE_NOOP("PreviewModel", "Skills")),
           ("notes", QT_TRANSLATE_NOOP("PreviewModel", "Notes"))]
# The first tallies of a count file (Suma, a tally sheet): no staff, READ, outcome or skills to show.
TALLY_COLUMNS = [("line", QT_TRANSLATE_NOOP("PreviewModel", "Line")),
                 ("period", QT_TRANSLATE_NOOP("PreviewModel", "Period (local)")),
                 ("desk", QT_TRANSLATE_NOOP("PreviewModel", "Desk")),
                 ("count", QT_TRANSLATE_NOOP("PreviewModel", "Count")),
                 ("label", QT_TRANSLATE_NOOP("PreviewModel", "What was counted")),
                 ("category", QT_TRANSLATE_NOOP("PreviewModel", "Category")),
                 ("channel", QT_TRANSLATE_NOOP("PreviewModel", "Channel")),
                 ("patron", QT_TRANSLATE_NOOP("PreviewModel", "Patron type"))]

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []
        self._columns = COLUMNS

    def set_rows(self, rows: list[dict[str, str]] | tuple[dict[str, str], ...],
                 columns: list[tuple[str, str]] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._columns = columns or COLUMNS
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()].get(self._columns[index.column()][0], "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("PreviewModel", self._columns[section][1])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
