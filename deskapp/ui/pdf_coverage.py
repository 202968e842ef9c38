"""The coverage report on paper: per desk, one week grid (hours down, weekdays across) of the skill needs
in each hour, with the hours where some need had nobody at the required level signed in shaded and
counted, then the list of those uncovered hours only, busiest first. The full hour-by-skill table (thousands
of rows) stays in the XLSX and CSV: on paper it was 60-odd pages no one reads.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from deskapp.reports.common import ReportResult
from deskapp.ui.pdf_layout import Cell, Column, Page, Piece, Table, font
from deskapp.ui.skills import report_columns
from deskapp.ui.skills.formats import day_name, number

NAME = "coverage"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # the rows' keys
UNCOVERED_FILL = QColor("#f4c7a1")  # dark text on it keeps well above WCAG AA contrast, and it greys in print
LIST_LIMIT = 30  # uncovered runs listed per desk; the rest are counted and left to the XLSX


def _uncovered(row: dict[str, Any]) -> bool:
    # A retired skill's hours are history, not a gap to act on (as in the report's own summary).
    return row["proficient_signed_in"] == 0 and row["status"] == "current"


def hour_span(first: int, last: int) -> str:
    return f"{first:02d}–{last + 1:02d}"


def runs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive uncovered hours of one skill on one weekday, as one run with the needs added up."""
    found: list[dict[str, Any]] = []
    for row in rows:
        if not _uncovered(row):
            continue
        last = found[-1] if found else None
        if last and (last["skill"], last["weekday"], last["last"] + 1) == (row["skill"], row["weekday"], row["hour"]):
            last["last"] = row["hour"]
            last["demand"] += row["demand"]
            last["passed_on"] += row["passed_on"]
            continue
        found.append({"skill": row["skill"], "weekday": row["weekday"], "first": row["hour"], "last": row["hour"],
                      "demand": row["demand"], "passed_on": row["passed_on"], "required_level": row["required_level"]})
    return sorted(found, key=lambda run: (-run["demand"], WEEKDAYS.index(run["weekday"]), run["first"]))


def grid(rows: list[dict[str, Any]]) -> Table:
    needs: dict[tuple[int, int], int] = defaultdict(int)
    missed: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        key = (WEEKDAYS.index(row["weekday"]), row["hour"])
        needs[key] += row["demand"]
        if _uncovered(row):
            missed[key] += row["demand"]
    hours = sorted({hour for _day, hour in needs})
    days = [day for day in range(7) if any((day, hour) in needs for hour in hours)]
    of = QCoreApplication.translate("ReportPdf", "%1 of %2")
    cells: list[list[Cell | str]] = []
    for hour in hours:
        line: list[Cell | str] = [hour_span(hour, hour)]
        for day in days:
            total, short = needs.get((day, hour), 0), missed.get((day, hour), 0)
            if short:
                line.append(Cell(of.replace("%1", number(short)).replace("%2", number(total)), UNCOVERED_FILL, True))
            else:
                line.append(number(total) if total else "")
        cells.append(line)
    columns = [Column(QCoreApplication.translate("ReportPdf", "Hour")),
               *(Column(day_name(day + 1), right=True, grow=True) for day in days)]
    return Table(columns, cells, points=8)


def uncovered_table(found: list[dict[str, Any]]) -> Table:
    columns = [Column(report_columns.label("skill"), grow=True), Column(report_columns.label("weekday")),
               Column(report_columns.label("hour")), Column(QCoreApplication.translate("ReportPdf", "Needs"), True),
               Column(report_columns.label("passed_on"), True), Column(report_columns.label("required_level"), True)]
    rows: list[list[Cell | str]] = [
        [run["skill"], day_name(WEEKDAYS.index(run["weekday"]) + 1), hour_span(run["first"], run["last"]),
         number(run["demand"]), number(run["passed_on"]), str(run["required_level"])] for run in found]
    return Table(columns, rows)


def pieces(result: ReportResult, page: Page) -> list[Piece]:
    by_desk: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in result.rows:
        by_desk[row["desk"]].append(row)
    legend = QCoreApplication.translate(
        "ReportPdf", "Each hour of the week shows the skills its enquiries needed (an enquiry can need two). "
        "“3 of 12”, shaded: for 3 of those 12 nobody at the skill's required level was signed in at that desk.")
    out = [page.text(legend, font(7.5, italic=True), space_after=6)]
    if not by_desk:
        return out
    for index, (desk, rows) in enumerate(by_desk.items()):
        out.append(page.text(desk, font(11, bold=True), space_after=3, new_page=index > 0, keep_with_next=True))
        out += page.table(grid(rows))
        found = runs(rows)
        if not found:
            covered = QCoreApplication.translate(
                "ReportPdf", "Every hour with demand had someone at the required level signed in.")
            out.append(page.text(covered, font(8.5), space_before=8))
            continue
        title = QCoreApplication.translate("ReportPdf", "Hours with nobody at the required level, busiest first")
        out.append(page.text(title, font(9, bold=True), space_before=10, space_after=3, keep_with_next=True))
        out += page.table(uncovered_table(found[:LIST_LIMIT]))
        if len(found) > LIST_LIMIT:
            more = QCoreApplication.translate("ReportPdf", "%1 more such hours are in the XLSX and CSV.")
            out.append(page.text(more.replace("%1", number(len(found) - LIST_LIMIT)), font(7, italic=True),
                                 space_before=3))
    return out
