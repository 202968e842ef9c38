"""The "Import and export" tab of the Staff & settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from deskapp.ui.context import UiContext
from deskapp.ui.importing.export_box import ExportBox
from deskapp.ui.importing.panel import ImportPanel
from deskapp.ui.keyboard import prefer_focus


class ImportExportTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_panel = ImportPanel(context)
        self.export_box = ExportBox(context)
        group = QGroupBox(self.tr("Import history from another desk-statistics tool"))
        inner = QVBoxLayout(group)
        inner.addWidget(self.import_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(group, 1)
        layout.addWidget(self.export_box)
        prefer_focus(self, self.import_panel.file_edit)


def create_tab(context: UiContext) -> QWidget:
    return ImportExportTab(context)
