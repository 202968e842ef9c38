"""The date a QDateEdit shows, as a Python date (QDate.toPython() is typed as object in PySide6)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit


def picked_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
