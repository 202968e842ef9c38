"""Print a report to PDF with Qt's own printing (QTextDocument + QPdfWriter): for team meetings.

The CLI's `deskapp report --format pdf` imports this one module lazily (see pyproject.toml's contract
exception); it creates an off-screen QGuiApplication when none is running.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from deskapp.reports.common import ReportResult
from deskapp.reports.exports import to_html
from deskapp.ui.skills import report_columns

_app: QGuiApplication | None = None


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        # Headless (a scheduled CLI job): text layout needs a GUI application, not a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["deskapp-report"])


def write_pdf(result: ReportResult, path: str | Path) -> Path:
    _ensure_app()
    path = Path(path)
    # QPdfWriter fails silently on a folder it can't write to; opening the file first raises a clear OSError.
    path.open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setTitle(result.title)
    writer.setCreator("deskapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 8pt; } h1 { font-size: 14pt; } "
                                  "th { background: #e8e8e8; text-align: left; }")
    document.setHtml(to_html(result, columns=report_columns.display_order(result.name, result.columns),
                             header=report_columns.label, cell=report_columns.cell_text))
    layout = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(layout.width(), layout.height()))
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")
    return path
