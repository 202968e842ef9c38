"""How report columns look on screen: human labels, rates as percentages, which columns hold sentences.

The report rows keep their stable keys (the CLI's JSON and the CSV/XLSX exports use them); only the table
on screen translates them."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication

from deskapp.reports.columns import LABELS, PERCENT, POINTS  # one list for every face of a report

_CONTEXT = "ReportColumns"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# Sentences: word-wrapped in a fixed-width column so the row grows in height, not the table in width.
TEXT = frozenset({"reason", "action", "note", "learners", "flag", "guide"})
TEXT_WIDTH = {"reason": 300, "action": 300, "note": 280, "learners": 200, "flag": 180, "guide": 200}
MAX_WIDTH = 170  # any other column: fitted to its contents, but never wider than this

# The point of the gap reports first: what, how bad, why, and what to do.
FIRST = {"skill-gaps": ("rank", "skill", "gap_score", "reason", "action"),
         "mentors": ("skill", "gap_score", "mentor", "learners", "note")}


def label(key: str) -> str:
    return _t(LABELS.get(key, key.replace("_", " ").capitalize()))


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
        return _t("yes") if value else _t("no")
    if isinstance(value, int | float) and key in PERCENT:
        return f"{round(value * 100):.0f}%"
    if isinstance(value, int | float) and key in POINTS:
        points = round(value * 100)
        return _t("no change") if points == 0 else _t("%1 points").replace("%1", f"{points:+d}")
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value else "0"
    return str(value)
