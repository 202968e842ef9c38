"""Qt models for guide lists (browse pages or search hits), versions and the review queue."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from deskapp.ui.paged_model import PagedRowsModel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100


def tr(text: str) -> str:
    return QCoreApplication.translate("guides", text)


@dataclass(frozen=True)
class GuideRow:
    id: int
    title: str
    snippet_html: str = ""  # escaped text with <b> highlights


class GuideListModel(PagedRowsModel[GuideRow]):
    """Title and snippet of each guide. Browsing pages through `fetch(offset, limit)`; search results are
    set whole (the search itself stops at its limit)."""

    HEADERS = (QT_TRANSLATE_NOOP("guides", "Guide"), QT_TRANSLATE_NOOP("guides", "Why it matched"))
    TR_CONTEXT = "guides"

    def __init__(self, fetch: Callable[[int, int], list[GuideRow]] | None = None, parent: Any = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(fetch, page_size, parent)

    def browse(self) -> None:
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if index.column() == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.title
        if index.column() == 1:
            if role == HTML_ROLE:
                return row.snippet_html
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.snippet_html.replace("<b>", "").replace("</b>", "")
        return None

    def guide_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's HTML_ROLE text (the search snippet, matched words in bold)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The height the snippet needs at the column's width, so a row shows the whole of it."""
        html = index.data(HTML_ROLE)
        if html is None or option.rect.width() <= 0:
            return super().sizeHint(option, index)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(option.rect.width())
        return QSize(option.rect.width(), int(document.size().height()) + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class SimpleTableModel(QAbstractTableModel):
    """A small read-only table (versions of one guide, the review queue): a few dozen rows at most."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, list[str]]] = []  # (id, cells)

    def set_rows(self, rows: Sequence[tuple[Any, list[str]]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key, cells = self.rows[index.row()]
        if role == ID_ROLE:
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        return None

    def key(self, row: int) -> Any:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None
