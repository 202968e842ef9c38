"""Report exports: CSV (neutralised against formula injection), XLSX (openpyxl), JSON (a list of row
objects with the stable keys documented in README), and the HTML the PDF printer lays out.

CSV, XLSX and PDF carry the title, period, desks and generation time above the table. JSON is the bare
list of rows that scheduled jobs parse; its keys are the report's columns.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from deskapp.reports import columns, document_words
from deskapp.reports.common import ReportResult

# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def heading_lines(result: ReportResult) -> list[tuple[str, str]]:
    """The CSV's heading lines: English and ISO dates whatever the language, like its column keys, because
    scripts read them (the XLSX's translated ones are document_words.heading_lines)."""
    generated = result.generated_at.astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return [("Report", result.title), ("Period", result.filter.period_label), ("Desks", result.filter.desks_label),
            ("Generated", generated), ("Summary", result.summary)]


def to_csv(result: ReportResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for label, value in heading_lines(result):
        writer.writerow([label, neutralise(value)])
    writer.writerow([])
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([neutralise(_plain(row.get(column))) for column in result.columns])
    return out.getvalue()


def to_json(result: ReportResult) -> str:
    rows = [{column: _plain(row.get(column)) for column in result.columns} for row in result.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2)


# Sentence columns are wrapped at this width (characters); every other column fits its longest value.
XLSX_TEXT_WIDTH = 60
XLSX_MAX_WIDTH = 40


def write_xlsx(result: ReportResult, path: str | Path) -> Path:
    """A sheet to hand on, in the reader's language: the heading lines, then a table with human headers
    (frozen), rates as percentages, dates as dates, columns as wide as their content and sentences wrapped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    name = document_words.title(result)
    # A sheet name has at most 31 characters and none of []:*?/\ (Excel refuses the file otherwise).
    sheet.title = "".join(" " if c in "[]:*?/\\" else c for c in name.replace("×", "x"))[:31]
    sheet.append([name])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in document_words.heading_lines(result)[1:]:
        sheet.append([label, value])
    sheet.append([])
    sheet.append([document_words.column_header(column) for column in result.columns])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in result.rows:
        sheet.append([document_words.cell(column, row.get(column)) for column in result.columns])
    # openpyxl would store text beginning with "=" as a formula: keep every text cell as text.
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for index, column in enumerate(result.columns, start=1):
        letter = get_column_letter(index)
        cells = sheet[letter][header_row:]
        fmt = "0%" if column in columns.PERCENT else ('+0" pts";-0" pts";0" pts"' if column in columns.POINTS
                                                     else None)
        text_column = column in columns.SENTENCES
        for cell in cells:
            if fmt and isinstance(cell.value, int | float):
                # A difference of rates is stored in points (x100) so the format can say "pts".
                if column in columns.POINTS:
                    cell.value = round(cell.value * 100)
                cell.number_format = fmt
            elif isinstance(cell.value, date | datetime):
                cell.number_format = document_words.date_format()
            if text_column:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        shown = [len(document_words.day(c.value)) if isinstance(c.value, date) else len(str(c.value))
                 for c in cells if c.value is not None]
        longest = max([len(document_words.column_header(column)) // 2 + 1, *shown], default=8)
        widest = XLSX_TEXT_WIDTH if text_column else XLSX_MAX_WIDTH  # headers wrap onto two lines
        sheet.column_dimensions[letter].width = min(max(longest + 2, 6), widest)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    path = Path(path)
    book.save(path)
    return path


def _raw_cell(column: str, value: Any) -> str:
    return str(_plain(value)) if value is not None else ""


def to_html(result: ReportResult, max_rows: int = 2000, *, columns: tuple[str, ...] | None = None,
            header: Callable[[str], str] | None = None, cell: Callable[[str, Any], str] | None = None) -> str:
    """A printable page: heading, summary line, then the table (long reports are cut at max_rows).
    The PDF passes its column order, labels and cell formatting (percentages) for people to read."""
    esc = html.escape
    columns = columns or result.columns
    header = header or (lambda column: column.replace("_", " "))
    cell = cell or _raw_cell
    meta = "".join(f"<tr><td><b>{esc(label)}</b></td><td>{esc(str(value))}</td></tr>"
                   for label, value in heading_lines(result)[1:4])
    head = "".join(f"<th>{esc(header(column))}</th>" for column in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(cell(c, row.get(c)))}</td>" for c in columns) + "</tr>"
                   for row in result.rows[:max_rows])
    more = (f"<p><i>{len(result.rows) - max_rows} more rows in the CSV or XLSX export.</i></p>"
            if len(result.rows) > max_rows else "")
    return (f"<html><body><h1>{esc(result.title)}</h1><table>{meta}</table>"
            f"<p><b>{esc(result.summary)}</b></p>"
            f"<table border='1' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{more}</body></html>")
