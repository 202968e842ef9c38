"""The tabs of the Staff & settings page. Another area adds its tab with one line here: a module that
exposes `create_tab(context: UiContext) -> QWidget`. Tabs are built the first time they are opened.

Titles carry an Alt+letter ('&'). Pick one no control inside any tab uses (the tab bar is always visible):
taken inside tabs are A B C D E F H I K L M N O P R S W Z.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class AdminTab:
    title: str  # source text with its '&' mnemonic, translated in the "admin" context
    module: str
    admin_only: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate("admin", self.title)

    @property
    def plain_title(self) -> str:
        return self.title.replace("&", "")


ADMIN_TABS: list[AdminTab] = [
    AdminTab("S&taff", "deskapp.ui.admin.staff_tab"),
    AdminTab("Settin&gs", "deskapp.ui.admin.settings_tab"),
    AdminTab("A&udit trail", "deskapp.ui.admin.audit_view"),
    AdminTab("&Quick buttons", "deskapp.ui.desk.quick_config"),
    AdminTab("Import and e&xport", "deskapp.ui.importing.tab"),
]
