"""The main window's areas, in navigation order (Alt+1 .. Alt+6).

Each area lives in its own package and exposes `create_page(context: UiContext) -> QWidget`; the main
window imports and builds a page the first time it is shown, which keeps start-up fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from deskapp.ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text; translated with QCoreApplication.translate("pages", title)
    module: str
    leader_only: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    def create(self, context: UiContext) -> QWidget:
        return import_module(self.module).create_page(context)


PAGES: list[PageSpec] = [
    PageSpec("desk", "Desk", "deskapp.ui.desk.page"),
    PageSpec("log", "Enquiry log", "deskapp.ui.log.page"),
    PageSpec("guides", "Guides", "deskapp.ui.guides.page"),
    PageSpec("checklists", "Checklists", "deskapp.ui.checklists.page"),
    PageSpec("skills", "Skills & reports", "deskapp.ui.skills.page"),
    PageSpec("admin", "Staff & settings", "deskapp.ui.admin.page", leader_only=True),
]
