"""The small typed doors over PySide6's loose types: `present`, `picked_date` and QT_TRANSLATE_NOOP."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from deskapp.ui.log import model as log_model
from deskapp.ui.picked_date import picked_date
from deskapp.ui.qt_present import present
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


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


def test_the_typed_translate_marker_returns_its_text_and_lupdate_still_finds_it(tmp_path):
    assert QT_TRANSLATE_NOOP("LogModel", "When") == "When"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    catalogue = tmp_path / "found.ts"
    subprocess.run([str(lupdate), str(Path(log_model.__file__)), "-ts", str(catalogue)], check=True,
                   capture_output=True)
    found = catalogue.read_text(encoding="utf-8")
    for header, _key in log_model.COLUMNS:
        assert f"<source>{header}</source>" in found
