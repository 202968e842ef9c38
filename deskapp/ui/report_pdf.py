"""Print a report to PDF with Qt's own painting (QPdfWriter), fit to hand to a library director: A4
landscape, the title, period and summary first, then a chart with its values also in words, then a table
of the columns that matter, sized to their content, with rows never split across pages, the header
repeated on every page and "page N of M" at each foot, all in the reader's language (the screen's words
and the locale's dates and numbers). The coverage report and the heat map print as grids (deskapp/ui/pdf_coverage.py,
pdf_heatmap.py).

Qt, not a second PDF library: the app already ships it (the frozen build too), it lays text out with the
same fonts as the screen, and a scheduled CLI job can use it headless. The CLI's `deskapp report --format
pdf` imports this one module lazily (see pyproject.toml's contract exception); it creates an off-screen
QGuiApplication, in the language of the command line, when none is running.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from deskapp.reports import columns as report_keys
from deskapp.reports.common import ReportResult
from deskapp.ui import pdf_coverage, pdf_heatmap
from deskapp.ui.pdf_layout import Column, Page, Piece, Table, font, paginate
from deskapp.ui.skills import report_columns, words
from deskapp.ui.skills.formats import number, short_date, short_datetime

_app: QGuiApplication | None = None
RESOLUTION = 96
FOOTER = 22  # pixels at RESOLUTION under each page for "page N of M"
CHART_BARS = 10

# What a director reads, in order (the rest stay in the XLSX and CSV). Reports not named here print every
# column in the screen's order.
PRINT_COLUMNS: dict[str, tuple[str, ...]] = {
    "skill-gaps": ("rank", "skill", "desk", "priority", "gap_score", "evidence", "action"),
    "mentors": ("skill", "desk", "priority", "gap_score", "mentor", "learners", "note"),
    "desk-stats": ("section", "label", "count", "share"),
}
# The chart on page one: which rows, which label and which value (0-100 scores, or counts).
CHARTS: dict[str, tuple[str, str]] = {"skill-gaps": ("skill", "gap_score"), "mentors": ("skill", "gap_score"),
                                      "trends": ("month", "enquiries")}
# Trends chart each desk's monthly line in the order of the months (not the biggest first).
IN_ORDER = frozenset({"trends"})


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        # Headless (a scheduled CLI job): text layout needs a GUI application, not a screen; the words are
        # the command line's language, as the domain's are.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["deskapp-report"])
        from deskapp.platform.i18n import current_language
        from deskapp.ui.i18n import install_language

        install_language(_app, current_language())


def print_columns(result: ReportResult) -> tuple[str, ...]:
    """The columns to print: the chosen ones, else every column in the screen's order."""
    chosen = PRINT_COLUMNS.get(result.name)
    if chosen:
        return tuple(key for key in chosen if key in result.columns)
    return report_columns.display_order(result.name, result.columns)


def chart_rows(result: ReportResult) -> list[tuple[str, float]]:
    """The bars of page one's chart: the top rows by the chart's value, labelled in full."""
    spec = CHARTS.get(result.name)
    if spec is None:
        return []
    label_key, value_key = spec
    rows = [row for row in result.rows if isinstance(row.get(value_key), int | float)]
    limit = CHART_BARS
    if result.name in IN_ORDER:  # each desk's own line, the latest months
        rows = [row for row in rows if row.get("skill") == "All skills"]
        limit = 2 * CHART_BARS
        rows = rows[-limit:]
    else:
        rows.sort(key=lambda row: -float(row[value_key]))
    several_desks = len({r.get("desk") for r in result.rows}) > 1

    def label(row: dict) -> str:
        text = report_columns.cell_text(label_key, row.get(label_key))
        return f"{text} ({row['desk']})" if row.get("desk") and several_desks else text
    return [(label(row), float(row[value_key])) for row in rows[:limit]]


def _chart_image(bars: list[tuple[str, float]], width: int) -> QImage:
    """Horizontal bars with the name in full on the left (wrapped onto two lines, never cut to "…") and the
    value at the bar's end: readable in grey print."""
    scale = 2
    label_font = QFont("sans-serif")
    label_font.setPixelSize(11)
    label_width = int(width * 0.45)
    metrics = QFontMetrics(label_font)
    two_lines = any(metrics.horizontalAdvance(label) > label_width - 8 for label, _value in bars)
    line = 28 if two_lines else 18
    image = QImage(width * scale, (line * len(bars) + 8) * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setFont(label_font)
    top = max((value for _label, value in bars), default=1) or 1
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    for index, (label, value) in enumerate(bars):
        y = 4 + index * line
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRectF(0, y, label_width - 8, line), int(flags), label)
        bar = (width - label_width - 48) * value / top
        painter.fillRect(QRectF(label_width, y + line / 2 - 6, bar, 12), QColor("#3b5b8c"))
        painter.drawText(QRectF(label_width + bar + 4, y, 44, line), Qt.AlignmentFlag.AlignVCenter, number(value))
    painter.end()
    return image


def title(result: ReportResult) -> str:
    return words.report_title(result.name, result.title)


def period_text(result: ReportResult) -> str:
    between = QCoreApplication.translate("ReportPdf", "%1 to %2")
    return between.replace("%1", short_date(result.filter.start)).replace("%2", short_date(result.filter.end))


def desks_text(result: ReportResult) -> str:
    names = result.filter.desk_names
    return ", ".join(names) if names else report_columns.cell_text("desk", "All desks")


def heading(result: ReportResult, page: Page) -> list[Piece]:
    """Title, period, desks, when it was made, and the summary sentence: what a director reads first."""
    generated = short_datetime(result.generated_at.astimezone())
    meta = "\n".join((QCoreApplication.translate("ReportPdf", "Period: %1").replace("%1", period_text(result)),
                      QCoreApplication.translate("ReportPdf", "Desks: %1").replace("%1", desks_text(result)),
                      QCoreApplication.translate("ReportPdf", "Generated: %1").replace("%1", generated)))
    return [page.text(title(result), font(15, bold=True), space_after=3),
            page.text(meta, font(8), space_after=6),
            page.text(result.summary, font(8.5, bold=True), space_after=8)]


def chart(result: ReportResult, page: Page) -> list[Piece]:
    bars = chart_rows(result)
    if not bars:
        return []
    width = int(min(page.width, 760))
    image = _chart_image(bars, width)
    value_name = report_columns.label(CHARTS[result.name][1]).lower()
    values = "; ".join(f"{label} {number(value)}" for label, value in bars)
    if result.name in IN_ORDER:
        said = QCoreApplication.translate("ReportPdf", "Chart: %1 by month: %2.")
        said = said.replace("%1", value_name).replace("%2", values)
    else:
        said = QCoreApplication.translate("ReportPdf", "Chart: the top %1 by %2: %3.")
        said = said.replace("%1", number(len(bars))).replace("%2", value_name).replace("%3", values)
    return [page.image(image, width, image.height() / 2, space_after=2), page.text(said, font(7, italic=True),
                                                                                   space_after=8)]


def _is_number(values: list[Any]) -> bool:
    present = [value for value in values if value is not None]
    return bool(present) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present)


def table(result: ReportResult, page: Page) -> list[Piece]:
    if not result.rows:  # the summary says why there is nothing ("No training was recorded in this period.")
        return []
    keys = print_columns(result)
    cols = [Column(report_columns.label(key), right=_is_number([row.get(key) for row in result.rows]),
                   grow=key in report_keys.SENTENCES) for key in keys]
    rows = [[report_columns.cell_text(key, row.get(key)) for key in keys] for row in result.rows]
    pieces = page.table(Table(cols, rows))
    left_out = [key for key in result.columns if key not in keys]
    if left_out:
        more = QCoreApplication.translate("ReportPdf", "More columns (%1) are in the XLSX and CSV.").replace(
            "%1", ", ".join(report_columns.label(key) for key in left_out))
        pieces.append(page.text(more, font(7, italic=True), space_before=4, space_after=0))
    return pieces


def pieces_for(result: ReportResult, page: Page) -> list[Piece]:
    if result.name == pdf_coverage.NAME:
        return heading(result, page) + pdf_coverage.pieces(result, page)
    if result.name == pdf_heatmap.NAME:
        return heading(result, page) + pdf_heatmap.pieces(result, page)
    return heading(result, page) + chart(result, page) + table(result, page)


def write_pdf(result: ReportResult, path: str | Path) -> Path:
    _ensure_app()
    path = Path(path)
    # QPdfWriter fails silently on a folder it can't write to; opening the file first raises a clear OSError.
    path.open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setTitle(title(result))
    writer.setCreator("deskapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(RESOLUTION)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    height = area.height() - FOOTER
    page = Page(writer, area.width(), height)
    pages = paginate(pieces_for(result, page), height)
    painter = QPainter(writer)
    footer_font = font(7.5)
    for index, placed in enumerate(pages):
        if index:
            writer.newPage()
        for top, piece in placed:
            piece.paint(painter, 0, top)
        footer = QCoreApplication.translate("ReportPdf", "page %1 of %2")
        footer = footer.replace("%1", number(index + 1)).replace("%2", number(len(pages)))
        painter.setFont(footer_font)
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, height, area.width(), FOOTER),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"{title(result)} · {period_text(result)} · {footer}")
    painter.end()
    del writer  # the file is finished when the writer goes
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")
    return path
