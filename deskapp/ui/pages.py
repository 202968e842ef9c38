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
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked for lupdate below; shown as QCoreApplication.translate("pages", title)
    module: str
    leader_only: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)

    def create(self, context: UiContext) -> QWidget:
        return import_module(self.module).create_page(context)


PAGES: list[PageSpec] = [
    PageSpec("desk", QT_TRANSLATE_NOOP("pages", "Desk"), "deskapp.ui.desk.page"),
    PageSpec("log", QT_TRANSLATE_NOOP("pages", "Enquiry log"), "deskapp.ui.log.page"),
    PageSpec("guides", QT_TRANSLATE_NOOP("pages", "Guides"), "deskapp.ui.guides.page"),
    PageSpec("checklists", QT_TRANSLATE_NOOP("pages", "Checklists"), "deskapp.ui.checklists.page"),
    PageSpec("skills", QT_TRANSLATE_NOOP("pages", "Skills & reports"), "deskapp.ui.skills.page"),
    PageSpec("admin", QT_TRANSLATE_NOOP("pages", "Staff & settings"), "deskapp.ui.admin.page", leader_only=True),
]
