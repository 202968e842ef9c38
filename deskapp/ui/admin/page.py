"""The Staff & settings page: a QTabWidget whose tabs come from deskapp/ui/admin/tabs.py."""

from __future__ import annotations

import logging
from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.admin.tabs import ADMIN_TABS, AdminTab
from deskapp.ui.context import UiContext

log = logging.getLogger(__name__)


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
        heading = QLabel(self.tr("Staff & settings"))
        heading.setProperty("role", "heading")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("Staff and settings sections"))
        for spec in self.specs:
            self.tabs.addTab(QWidget(), spec.translated_title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._ensure_built)
        self.setFocusProxy(self.tabs)
        if self.specs:
            self._ensure_built(0)

    def tab(self, title: str) -> QWidget | None:
        """The built tab with this (source) title."""
        for index, spec in enumerate(self.specs):
            if spec.title == title:
                self.tabs.setCurrentIndex(index)
                return self._built.get(index)
        return None

    def _ensure_built(self, index: int) -> None:
        if index < 0 or index in self._built:
            return
        spec = self.specs[index]
        try:
            widget = import_module(spec.module).create_tab(self.context)
        except Exception:
            log.exception("could not build the %s tab from %s", spec.title, spec.module)
            widget = QLabel(self.tr("This area is being installed."))
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, spec.translated_title())
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._built[index] = widget
        widget.setFocus()


def create_page(context: UiContext) -> QWidget:
    return AdminPage(context)
