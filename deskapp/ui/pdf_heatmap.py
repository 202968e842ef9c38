"""The staff × skill heat map on paper: a grid of skills down and people across (a few people per page
width), each cell the person's level, shaded where the report flags the pair (used often below the
required level, or referred often) and where the person is at the required level. One line per pair (a
thousand rows, 30 pages) stays in the XLSX and CSV.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from deskapp.reports.common import ReportResult
from deskapp.ui.pdf_layout import Cell, Column, Page, Piece, Table, font
from deskapp.ui.skills import report_columns

NAME = "heatmap"
PEOPLE_PER_GRID = 13  # at most, the columns of people that fit beside the skill names on a landscape page
FLAGGED_FILL = QColor("#f4c7a1")  # as the coverage grid's gaps: dark text stays above WCAG AA on both
AT_LEVEL_FILL = QColor("#d5e8d4")


def _cell(row: dict[str, Any] | None) -> Cell | str:
    if row is None:
        return ""
    text = str(row.get("level") or 0)
    if row.get("flag"):
        return Cell(text + " !", FLAGGED_FILL, True)
    if (row.get("level") or 0) >= row["required_level"]:
        return Cell(text, AT_LEVEL_FILL)
    return text


def grids(result: ReportResult) -> list[Table]:
    skills: dict[str, int] = {}
    people: list[str] = []
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in result.rows:
        skills.setdefault(row["skill"], row["required_level"])
        if row["staff"] not in people:
            people.append(row["staff"])
        pairs[(row["skill"], row["staff"])] = row
    tables = []
    grids_needed = -(-len(people) // PEOPLE_PER_GRID)
    per_grid = -(-len(people) // max(grids_needed, 1))  # even grids: 25 people as 13 + 12, 27 as 9 + 9 + 9
    for first in range(0, len(people), per_grid):
        some = people[first:first + per_grid]
        columns = [Column(report_columns.label("skill")), Column(report_columns.label("required_level"), True),
                   *(Column(person, right=True, grow=True) for person in some)]
        rows: list[list[Cell | str]] = [[skill, str(required), *(_cell(pairs.get((skill, person))) for person in some)]
                                        for skill, required in skills.items()]
        tables.append(Table(columns, rows, points=6.5, pad=1.6))
    return tables


def pieces(result: ReportResult, page: Page) -> list[Piece]:
    legend = QCoreApplication.translate(
        "ReportPdf", "Each cell is the person's level on the skill (0–4). Green: at or above the required level. "
        "Orange with “!”: flagged, used often below the required level or referred often.")
    out = [page.text(legend, font(7.5, italic=True), space_after=6)]
    for table in grids(result):
        out += page.table(table)
    more = QCoreApplication.translate("ReportPdf", "Uses, referrals and flags of each pair are in the XLSX and CSV.")
    out.append(page.text(more, font(7, italic=True), space_before=4))
    return out
