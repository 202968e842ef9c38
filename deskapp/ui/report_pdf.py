"""Print a report to PDF with Qt's own printing (QTextDocument + QPdfWriter), fit to hand to a library
director: A4 landscape, the summary and a chart (with its values in words) first, then a table of the
columns that matter with widths sized to their content, words never broken across lines, the header row
repeated on every page, and "page N of M" at the foot of each page.

Qt, not a second PDF library: the app already ships it (the frozen build too), it lays text out with the
same fonts as the screen, and a scheduled CLI job can use it headless. The CLI's `deskapp report --format
pdf` imports this one module lazily (see pyproject.toml's contract exception); it creates an off-screen
QGuiApplication when none is running.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
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
    QTextDocument,
    QTextOption,
)

from deskapp.reports import columns as report_keys
from deskapp.reports.common import ReportResult
from deskapp.reports.exports import heading_lines
from deskapp.ui.skills import report_columns

_app: QGuiApplication | None = None
RESOLUTION = 96
FOOTER = 22  # pixels at RESOLUTION under each page for "page N of M"
CHART_BARS = 10

# What a director reads, in order, with each column's share of the page width (the rest stay in the XLSX).
PRINT_COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "skill-gaps": (("rank", 4), ("skill", 17), ("desk", 12), ("priority", 7), ("gap_score", 5),
                   ("evidence", 30), ("action", 25)),
    "mentors": (("skill", 20), ("desk", 14), ("priority", 8), ("gap_score", 6), ("mentor", 14), ("learners", 20),
                ("note", 18)),
}
# The chart on page one: which rows, which label and which value (0-100 scores, or counts).
CHARTS: dict[str, tuple[str, str]] = {"skill-gaps": ("skill", "gap_score"), "mentors": ("skill", "gap_score"),
                                      "trends": ("month", "enquiries")}
# Trends chart each desk's monthly line in the order of the months (not the biggest first).
IN_ORDER = frozenset({"trends"})


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        # Headless (a scheduled CLI job): text layout needs a GUI application, not a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["deskapp-report"])


def print_columns(result: ReportResult) -> tuple[tuple[str, int], ...]:
    """The columns to print with their width shares: the chosen ones, else every column weighted by the
    length of its longest value (sentences get a fixed share and wrap)."""
    chosen = PRINT_COLUMNS.get(result.name)
    if chosen:
        return tuple((key, share) for key, share in chosen if key in result.columns)
    order = report_columns.display_order(result.name, result.columns)
    weights = []
    for key in order:
        longest = max([len(report_columns.label(key)) // 2 + 1,
                       *(len(report_columns.cell_text(key, row.get(key))) for row in result.rows[:500])])
        weights.append((key, 40 if key in report_keys.SENTENCES else min(max(longest, 4), 30)))
    total = sum(weight for _key, weight in weights) or 1
    return tuple((key, max(2, round(100 * weight / total))) for key, weight in weights)


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
        text = str(row.get(label_key, ""))
        return f"{text} ({row['desk']})" if row.get("desk") and several_desks else text
    return [(label(row), float(row[value_key])) for row in rows[:limit]]


def _chart_image(bars: list[tuple[str, float]], width: int) -> QImage:
    """Horizontal bars with the name in full on the left (wrapped onto two lines, never cut to "…") and the
    value at the bar's end: readable in grey print."""
    scale = 2
    font = QFont("sans-serif")
    font.setPixelSize(11)
    label_width = int(width * 0.45)
    metrics = QFontMetrics(font)
    two_lines = any(metrics.horizontalAdvance(label) > label_width - 8 for label, _value in bars)
    line = 28 if two_lines else 18
    image = QImage(width * scale, (line * len(bars) + 8) * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setFont(font)
    top = max((value for _label, value in bars), default=1) or 1
    flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    for index, (label, value) in enumerate(bars):
        y = 4 + index * line
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRectF(0, y, label_width - 8, line), int(flags), label)
        bar = (width - label_width - 48) * value / top
        painter.fillRect(QRectF(label_width, y + line / 2 - 6, bar, 12), QColor("#3b5b8c"))
        painter.drawText(QRectF(label_width + bar + 4, y, 44, line), Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
    painter.end()
    return image


def to_print_html(result: ReportResult, chart_width: int) -> tuple[str, QImage | None]:
    esc = html.escape
    meta = "".join(f"<tr><td><b>{esc(label)}</b>&nbsp;&nbsp;</td><td>{esc(str(value))}</td></tr>"
                   for label, value in heading_lines(result)[1:4])
    bars = chart_rows(result)
    chart = ""
    image = None
    if bars:
        value_name = report_columns.label(CHARTS[result.name][1]).lower()
        words = "; ".join(f"{label} {value:g}" for label, value in bars)
        which = f"the top {len(bars)} by {value_name}" if result.name not in IN_ORDER else f"{value_name} by month"
        image = _chart_image(bars, chart_width)
        chart = (f"<p><img src='chart:bars' width='{chart_width}' height='{image.height() // 2}'></p>"
                 f"<p><i>{esc(f'Chart: {which}: {words}.')}</i></p>")
    cols = print_columns(result)
    head = "".join(f"<th width='{share}%' align='left'>{esc(report_columns.label(key))}</th>" for key, share in cols)
    body = "".join("<tr>" + "".join(f"<td>{esc(report_columns.cell_text(key, row.get(key)))}</td>"
                                    for key, _share in cols) + "</tr>" for row in result.rows)
    left_out = [c for c in result.columns if c not in {key for key, _ in cols}]
    more = "More columns (" + ", ".join(report_columns.label(c) for c in left_out) + ") are in the XLSX and CSV."
    note = f"<p><i>{esc(more)}</i></p>" if left_out else ""
    page = (f"<html><body><h1>{esc(result.title)}</h1><table>{meta}</table>"
            f"<p><b>{esc(result.summary)}</b></p>{chart}"
            f"<table border='1' cellspacing='0' cellpadding='2' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{note}</body></html>")
    return page, image


def write_pdf(result: ReportResult, path: str | Path) -> Path:
    _ensure_app()
    path = Path(path)
    # QPdfWriter fails silently on a folder it can't write to; opening the file first raises a clear OSError.
    path.open("wb").close()
    writer = QPdfWriter(str(path))
    writer.setTitle(result.title)
    writer.setCreator("deskapp")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 10), QPageLayout.Unit.Millimeter))
    writer.setResolution(RESOLUTION)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word (Qt's default may break one)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 7.5pt; } h1 { font-size: 14pt; } "
                                  "th { background: #e8e8e8; }")
    page_html, image = to_print_html(result, min(area.width(), 760))
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:bars"), image)
    document.setHtml(page_html)
    height = area.height() - FOOTER
    document.setPageSize(QSizeF(area.width(), height))
    pages = document.pageCount()
    painter = QPainter(writer)
    footer_font = QFont("sans-serif")
    footer_font.setPixelSize(10)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, area.width(), height))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, height, area.width(), FOOTER),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         f"{result.title} · {result.filter.period_label} · page {page + 1} of {pages}")
    painter.end()
    del writer  # the file is finished when the writer goes
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")
    return path
