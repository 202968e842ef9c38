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


def write_xlsx(result: ReportResult, path: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = result.title[:31].replace("×", "x")
    sheet.append([result.title])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in heading_lines(result)[1:]:
        sheet.append([label, value])
    sheet.append([])
    sheet.append(list(result.columns))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in result.rows:
        sheet.append([_plain(row.get(column)) for column in result.columns])
    # openpyxl would store text beginning with "=" as a formula: keep every text cell as text.
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
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
