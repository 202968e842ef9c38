"""The two small typed doors over PySide6's loose types: `present` and `picked_date`."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from deskapp.ui.picked_date import picked_date
from deskapp.ui.qt_present import present


def test_present_hands_back_what_qt_returned(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    assert present(combo.completer()) is combo.completer()


def test_present_fails_loudly_where_qt_returned_nothing(qtbot):
    combo = QComboBox()  # not editable: no line edit
    qtbot.addWidget(combo)
    with pytest.raises(RuntimeError, match="Qt returned no object"):
        present(combo.lineEdit())


def test_picked_date_is_the_date_the_edit_shows(qtbot):
    edit = QDateEdit(QDate(2026, 2, 28))
    qtbot.addWidget(edit)
    assert picked_date(edit) == date(2026, 2, 28)
    edit.setDate(QDate(2024, 12, 31))
    assert picked_date(edit) == date(2024, 12, 31)
