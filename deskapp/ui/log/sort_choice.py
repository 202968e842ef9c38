"""Sorting the log by keyboard: a "Sort by" list beside the actions, kept in step with the table's header.

A click on a column header is the only way Qt offers to sort a table; a keyboard or screen-reader user could
not sort the log at all. Each sortable column appears twice, once per direction, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from deskapp.ui.log.model import COLUMNS


def _directions(key: str) -> tuple[str, str]:
    """(ascending, descending) in the words a desk worker would use for that column."""
    if key == "asked_at":
        return (QCoreApplication.translate("SortChoice", "oldest first"),
                QCoreApplication.translate("SortChoice", "newest first"))
    if key in ("read_level", "duration"):
        return (QCoreApplication.translate("SortChoice", "lowest first"),
                QCoreApplication.translate("SortChoice", "highest first"))
    return QCoreApplication.translate("SortChoice", "A–Z"), QCoreApplication.translate("SortChoice", "Z–A")


class SortChoice(QComboBox):
    def __init__(self, header: QHeaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.setAccessibleName(self.tr("Sort by"))
        for column, (title, key) in enumerate(COLUMNS):
            if key is None:
                continue
            name = QCoreApplication.translate("LogModel", title)
            ascending, descending = _directions(key)
            # "When" starts newest first, as the log opens; the others start A–Z.
            first, second = ((descending, Qt.SortOrder.DescendingOrder), (ascending, Qt.SortOrder.AscendingOrder)) \
                if key == "asked_at" else ((ascending, Qt.SortOrder.AscendingOrder),
                                           (descending, Qt.SortOrder.DescendingOrder))
            for words, order in (first, second):
                self.addItem(self.tr("%1, %2").replace("%1", name).replace("%2", words), (column, order))
        self.follow(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self.follow)
        self.activated.connect(self._chosen)

    def follow(self, column: int, order: Qt.SortOrder) -> None:
        # findData cannot compare the (column, order) pairs Qt holds as Python objects, so look one by one.
        index = next((i for i in range(self.count()) if self.itemData(i) == (column, order)), -1)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        column, order = self.itemData(index)
        self.header.setSortIndicator(column, order)  # the view sorts the model, as a header click does
