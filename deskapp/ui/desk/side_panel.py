"""Beside the form: today's due checklists and the guide panel (both built by the guides & checklists work).

Imported defensively while those screens are being written: if they are missing, the space stays empty.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.ui.context import UiContext

log = logging.getLogger(__name__)


class SidePanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.guides = None
        self.due = None
        try:
            from deskapp.ui.checklists.due import DueChecklists

            self.due = DueChecklists(context)
            layout.addWidget(self.due)
        except ImportError:
            log.info("due checklists are not available yet")
        try:
            from deskapp.ui.guides.panel import GuidePanel

            self.guides = GuidePanel(context)
            layout.addWidget(self.guides, 1)
        except ImportError:
            log.info("the guide panel is not available yet")
            layout.addStretch(1)

    def set_category(self, category_id: int | None) -> None:
        if self.guides is not None:
            self.guides.set_category(category_id)

    def set_query(self, text: str) -> None:
        if self.guides is not None:
            self.guides.set_query(text)

    def consulted(self) -> list[tuple[int, bool | None]]:
        return list(self.guides.consulted()) if self.guides is not None else []

    def clear(self) -> None:
        if self.guides is not None:
            self.guides.clear()
