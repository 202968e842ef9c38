"""The Staff & settings page: a QTabWidget whose tabs come from deskapp/ui/admin/tabs.py.

Keys: each tab title has an Alt+letter (Alt+T Staff, Alt+G Settings, Alt+U Audit trail, Alt+Q Quick buttons,
Alt+X Import and export); Ctrl+PageDown / Ctrl+PageUp (and Ctrl+Tab / Ctrl+Shift+Tab) step through the tabs from
anywhere on the page. Arriving on a tab puts the keyboard in it (the staff table), so Ctrl+N works at once.
"""

from __future__ import annotations

import logging
from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.admin.tabs import ADMIN_TABS, AdminTab
from deskapp.ui.context import UiContext
from deskapp.ui.keyboard import prefer_focus, tab_leaves_views
from deskapp.ui.qt_present import present
from deskapp.ui.unavailable import unavailable_widget

log = logging.getLogger(__name__)
NEXT_TAB_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Tab)
PREVIOUS_TAB_KEYS = (Qt.Key.Key_PageUp,)


class AdminPage(QWidget):
    def __init__(self, context: UiContext, tabs: list[AdminTab] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("adminPage")
        actor = context.current_actor()
        self.specs = [t for t in (ADMIN_TABS if tabs is None else tabs)
                      if not t.admin_only or (actor is not None and actor.role == "admin")]
        self._built: dict[int, QWidget] = {}
        self._failed: set[int] = set()
        heading = QLabel(self.tr("Staff & settings"))
        heading.setProperty("role", "heading")
        self.tabs = QTabWidget()
        prefer_focus(self, self.tabs.currentWidget)  # showing the page focuses the current tab
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("Staff and settings sections"))
        for spec in self.specs:
            self.tabs.addTab(QWidget(), spec.translated_title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._tab_shortcuts()
        if self.specs:
            self._ensure_built(0)

    def _tab_shortcuts(self) -> None:
        # A table inside a tab eats Ctrl+PageDown and Ctrl+Tab as cell moves; a shortcut on the page comes first.
        control = Qt.KeyboardModifier.ControlModifier
        keys = [(QKeySequence(control | key), 1) for key in NEXT_TAB_KEYS]
        keys += [(QKeySequence(control | key), -1) for key in PREVIOUS_TAB_KEYS]
        keys.append((QKeySequence(control | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Backtab), -1))
        keys.append((QKeySequence(control | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Tab), -1))
        for sequence, step in keys:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def tab(self, title: str) -> QWidget | None:
        """The built tab with this (source) title; the mnemonic '&' may be left out."""
        for index, spec in enumerate(self.specs):
            if title in (spec.title, spec.plain_title):
                self.tabs.setCurrentIndex(index)
                return self._built.get(index)
        return None

    def _on_current_changed(self, index: int) -> None:
        self._ensure_built(index)
        widget = self._built.get(index)
        # Into the tab opened, unless the person is going through the tab bar with the arrow keys.
        if widget is not None and self.isVisible() and not self.tabs.tabBar().hasFocus():
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _ensure_built(self, index: int) -> None:
        if index < 0 or (index in self._built and index not in self._failed):
            return
        spec = self.specs[index]
        try:
            widget = import_module(spec.module).create_tab(self.context)
            self._failed.discard(index)
        except Exception:
            log.exception("could not build the %s tab from %s", spec.plain_title, spec.module)
            widget = unavailable_widget()
            self._failed.add(index)  # tried again the next time the tab is opened
        tab_leaves_views(widget)  # Tab moves on to the next control; arrows move inside a table or list
        placeholder = present(self.tabs.widget(index))
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, spec.translated_title())
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._built[index] = widget
        if not self.tabs.tabBar().hasFocus():
            widget.setFocus()


def create_page(context: UiContext) -> QWidget:
    return AdminPage(context)
