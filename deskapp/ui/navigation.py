"""The workspace: a visible navigation list on the left, the areas of deskapp/ui/pages.py on the right.

Pages are built the first time they are shown (fast start-up). A page that cannot be built shows a plain
"could not be opened; tell IT" note naming the log file (the traceback is logged) instead of taking the
window down, and is tried again the next time it is opened. Leader-only areas are greyed out for staff.
A page can choose which of its widgets gets the keyboard when shown: `prefer_focus(page, widget)`
(deskapp/ui/keyboard.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from deskapp.platform.actor import Actor
from deskapp.ui.context import OperationFailed, UiContext
from deskapp.ui.keyboard import focus_first, has_preferred_focus, tab_leaves_views
from deskapp.ui.pages import PAGES, PageSpec
from deskapp.ui.qt_present import present
from deskapp.ui.unavailable import unavailable_widget

log = logging.getLogger(__name__)
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_WIDTH = 220  # the navigation column, unless a title needs more
HINT_MARGIN = 14  # the hint's distance from the entry's right edge
TEXT_MARGIN = 6  # about what the style leaves left of the title


class _ShortcutHintDelegate(QStyledItemDelegate):
    """Draws "Alt+N" in grey at the right of each navigation entry, or under its title when the two do not
    fit on one line (a long Danish title, a scaled screen): the title is never cut and never runs into it."""

    def _two_lines(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        hint = index.data(SHORTCUT_ROLE)
        if not hint:
            return False
        metrics = option.fontMetrics
        room = option.rect.width() - HINT_MARGIN - 2 * TEXT_MARGIN
        return metrics.horizontalAdvance(f"{index.data()}    {hint}") > room

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        widget = option.widget  # (the option's rect is not set yet here: measure against the list's width)
        if isinstance(widget, QFrame):
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, widget.width() - 2 * widget.frameWidth(), hint.height())
        if self._two_lines(option, index):
            hint.setHeight(hint.height() + option.fontMetrics.height())
        return hint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        two_lines = self._two_lines(option, index)
        if two_lines:
            option = QStyleOptionViewItem(option)
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        super().paint(painter, option, index)
        hint = index.data(SHORTCUT_ROLE)
        if hint:
            painter.save()
            painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
            rect = QRect(option.rect).adjusted(0, 0, -HINT_MARGIN, 0)
            vertical = Qt.AlignmentFlag.AlignBottom if two_lines else Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | vertical, hint)
            painter.restore()


class Workspace(QWidget):
    page_shown = Signal(str)  # the page key
    refused = Signal(str)  # a message: the page is for team leaders

    def __init__(self, context: UiContext, pages: list[PageSpec] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = list(PAGES if pages is None else pages)
        self._built: dict[int, QWidget] = {}
        self._failed: set[int] = set()  # pages whose build raised: rebuilt when next shown
        self._actor: Actor | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setItemDelegate(_ShortcutHintDelegate(self.nav))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # hints wrap instead
        self.nav.setUniformItemSizes(False)
        tab_leaves_views(self.nav)  # Tab goes on into the page
        self.stack = QStackedWidget()
        for _spec in self.pages:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self._label_entries()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(row, focus=False))
        self.nav.itemActivated.connect(lambda _item: self.focus_page())

    def _label_entries(self) -> None:
        for number, spec in enumerate(self.pages, start=1):
            item = self.nav.item(number - 1)
            item.setText(spec.translated_title())
            item.setData(SHORTCUT_ROLE, self.tr("Alt+%n", "", number) if number <= 9 else "")
            item.setToolTip(self.tr("%1 (Alt+%2)").replace("%1", spec.translated_title()).replace(
                "%2", str(number)))
        # Wide enough for the longest title in full ("Kompetencer og rapporter"); its hint goes under it then.
        widest = max((self.nav.fontMetrics().horizontalAdvance(spec.translated_title()) for spec in self.pages),
                     default=0)
        self.nav.setFixedWidth(max(NAV_WIDTH, widest + HINT_MARGIN + 4 * TEXT_MARGIN + 2 * self.nav.frameWidth()))

    def retranslate(self) -> None:
        """The interface language changed: label the areas again and build every page afresh when next shown
        (a page's words are fixed when it is built)."""
        self.nav.setAccessibleName(self.tr("Areas"))
        self._label_entries()
        self.reset_pages()
        self.set_actor(self._actor)

    # --- who may see what ---------------------------------------------------------------------------------
    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        for row, spec in enumerate(self.pages):
            item = self.nav.item(row)
            allowed = self.allowed(spec)
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if allowed else flags & ~Qt.ItemFlag.ItemIsEnabled)
            if not allowed:
                item.setToolTip(self.tr("%1: for team leaders").replace("%1", spec.translated_title()))
        current = self.stack.currentIndex()
        if 0 <= current < len(self.pages) and not self.allowed(self.pages[current]):
            self.show_page(0, focus=False)

    def allowed(self, spec: PageSpec) -> bool:
        return not spec.leader_only or (self._actor is not None and self._actor.is_leader)

    # --- pages --------------------------------------------------------------------------------------------
    def index_of(self, key: str) -> int:
        return next(i for i, spec in enumerate(self.pages) if spec.key == key)

    def current_key(self) -> str:
        return self.pages[self.stack.currentIndex()].key

    def page(self, key: str) -> QWidget | None:
        """The built page for `key`, if it has been shown."""
        return self._built.get(self.index_of(key))

    def show_page(self, row: int, *, focus: bool = True) -> bool:
        if not 0 <= row < len(self.pages):
            return False
        spec = self.pages[row]
        if not self.allowed(spec):
            self.refused.emit(self.tr("%1 is for team leaders.").replace("%1", spec.translated_title()))
            self.nav.setCurrentRow(self.stack.currentIndex())
            return False
        if row not in self._built or row in self._failed:
            self._build(row)
        self.stack.setCurrentIndex(row)
        # Always re-select: focus arriving in the list can make a row current without selecting it.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.nav.blockSignals(False)
        if focus:
            self.focus_page()
        self.page_shown.emit(spec.key)
        return True

    def focus_page(self) -> None:
        widget = self._built.get(self.stack.currentIndex())
        if widget is None:
            return
        takes_focus = widget.focusProxy() is not None or widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if has_preferred_focus(widget) or takes_focus:
            focus_first(widget, Qt.FocusReason.ShortcutFocusReason)
            return
        # No preference given: the first widget inside the page that takes the Tab key.
        for child in widget.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(widget) and child.isEnabled():
                child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def focus_navigation(self) -> None:
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build(self, row: int) -> QWidget:
        spec = self.pages[row]
        try:
            widget = spec.create(self.context)
        except OperationFailed as failed:
            # The database could not be read (the runner has logged it and the status bar says so).
            widget = unavailable_widget(reason=failed.failure.message)
            self._failed.add(row)
        except Exception:
            # Another area may still be on its way in; the rest of the app must keep working.
            # Say plainly that it is broken and where the traceback went; try again when next opened.
            log.exception("could not build the %s page from %s", spec.key, spec.module)
            widget = unavailable_widget()
            self._failed.add(row)
        else:
            self._failed.discard(row)
        tab_leaves_views(widget)  # Tab moves on to the next control; arrows move inside a table or list
        # A page wider or taller than a small or scaled screen scrolls instead of pushing the window off it.
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(widget)
        placeholder = present(self.stack.widget(row))
        self.stack.insertWidget(row, holder)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[row] = widget
        return widget

    def reset_pages(self) -> None:
        """Drop every built page (a different person signed in): each is rebuilt fresh when next shown."""
        current = self.stack.currentIndex()
        for row in list(self._built):
            holder = present(self.stack.widget(row))
            self.stack.insertWidget(row, QWidget())
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self._built.clear()
        self._failed.clear()
        self.stack.setCurrentIndex(max(0, current))
