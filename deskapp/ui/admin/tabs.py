"""The tabs of the Staff & settings page. Another area adds its tab with one line here: a module that
exposes `create_tab(context: UiContext) -> QWidget`. Tabs are built the first time they are opened."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class AdminTab:
    title: str  # source text, translated in the "admin" context
    module: str
    admin_only: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate("admin", self.title)


ADMIN_TABS: list[AdminTab] = [
    AdminTab("Staff", "deskapp.ui.admin.staff_tab"),
    AdminTab("Settings", "deskapp.ui.admin.settings_tab"),
    AdminTab("Audit trail", "deskapp.ui.admin.audit_view"),
    AdminTab("Quick buttons", "deskapp.ui.desk.quick_config"),
    AdminTab("Import and export", "deskapp.ui.importing.tab"),
]
