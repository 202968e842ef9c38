"""How report columns look on screen: human labels, rates as percentages, which columns hold sentences.

The report rows keep their stable keys (the CLI's JSON and the CSV/XLSX exports use them); only the table
on screen translates them."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication

from deskapp.reports.columns import LABELS, PERCENT, POINTS  # one list for every face of a report
from deskapp.ui.skills import words
from deskapp.ui.skills.formats import number, percent, plural

# Sentences: word-wrapped in a fixed-width column so the row grows in height, not the table in width.
TEXT = frozenset({"reason", "action", "note", "learners", "flag", "guide"})
TEXT_WIDTH = {"reason": 300, "action": 300, "note": 280, "learners": 200, "flag": 180, "guide": 200}
MAX_WIDTH = 170  # any other column: fitted to its contents, but never wider than this

# The point of the gap reports first: what, how bad, why, and what to do.
FIRST = {"skill-gaps": ("rank", "skill", "gap_score", "reason", "action"),
         "mentors": ("skill", "gap_score", "mentor", "learners", "note")}


def label(key: str) -> str:
    return words.column_label(key, LABELS.get(key, key.replace("_", " ").capitalize()))


def header_text(key: str, width: int = 16) -> str:
    """The label on at most two lines, so headers stay narrow."""
    lines = textwrap.wrap(label(key), width) or [""]
    return "\n".join([*lines[:1], " ".join(lines[1:])] if len(lines) > 2 else lines)


def display_order(report: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    first = tuple(c for c in FIRST.get(report, ()) if c in columns)
    return first + tuple(c for c in columns if c not in first)


def cell_text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("ReportColumns", "yes") if value else \
            QCoreApplication.translate("ReportColumns", "no")
    if isinstance(value, int | float) and key in PERCENT:
        return percent(value)
    if isinstance(value, int | float) and key in POINTS:
        points = round(value * 100)
        if points == 0:
            return QCoreApplication.translate("ReportColumns", "no change")
        sign = "+" if points > 0 else "-"
        return plural(abs(points), QCoreApplication.translate("ReportColumns", "%1 point"),
                      QCoreApplication.translate("ReportColumns", "%1 points")).replace(
            number(abs(points)), sign + number(abs(points)), 1)
    if isinstance(value, int):
        return number(value) if key not in ("hour", "rank") else str(value)
    if isinstance(value, float):
        return number(value) if value else "0"
    if isinstance(value, str):
        return words.coded_value(key, value)
    return str(value)
