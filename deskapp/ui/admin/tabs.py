"""The tabs of the Staff & settings page. Another area adds its tab with one line here: a module that
exposes `create_tab(context: UiContext) -> QWidget`. Tabs are built the first time they are opened.

Titles carry an Alt+letter ('&'). Pick one no control inside any tab uses (the tab bar is always visible):
taken inside tabs are A B C D E F H I K L M N O P R S W Z.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


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


# Marked for lupdate (context "admin"); translated when the tab is shown.
ADMIN_TABS: list[AdminTab] = [
    AdminTab(QT_TRANSLATE_NOOP("admin", "S&taff"), "deskapp.ui.admin.staff_tab"),
    AdminTab(QT_TRANSLATE_NOOP("admin", "Settin&gs"), "deskapp.ui.admin.settings_tab"),
    AdminTab(QT_TRANSLATE_NOOP("admin", "A&udit trail"), "deskapp.ui.admin.audit_view"),
    AdminTab(QT_TRANSLATE_NOOP("admin", "&Quick buttons"), "deskapp.ui.desk.quick_config"),
    AdminTab(QT_TRANSLATE_NOOP("admin", "Import and e&xport"), "deskapp.ui.importing.tab"),
]
