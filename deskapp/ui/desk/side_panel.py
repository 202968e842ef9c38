"""Beside the form: today's due checklists and the guide panel (both from the guides & checklists screens).

The form tells the panel the chosen category, the chosen skills and the notes being typed; on save it asks
which guides were consulted and whether they helped."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskapp.ui.checklists.due import DueChecklists
from deskapp.ui.context import UiContext
from deskapp.ui.guides.panel import GuidePanel


class SidePanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = DueChecklists(context)
        self.guides = GuidePanel(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.due)
        layout.addWidget(self.guides, 1)

    def set_category(self, category_id: int | None) -> None:
        self.guides.set_category(category_id)

    def set_skills(self, skill_ids: tuple[int, ...]) -> None:
        self.guides.set_skills(skill_ids)

    def set_query(self, text: str) -> None:
        self.guides.set_query(text)

    def consulted(self) -> list[tuple[int, bool | None]]:
        return list(self.guides.consulted())

    def clear(self) -> None:
        self.guides.clear()
