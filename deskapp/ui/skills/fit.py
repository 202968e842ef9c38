"""Keeping the skills and reports screens inside a 1366×768 screen at 125 %, in Danish too: a combo box of
skill names is sized to a few words rather than its longest entry (the open list shows them in full), and
a row of buttons wraps onto a second line instead of widening the page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton


def narrow(combo: QComboBox, chars: int) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def button_rows(buttons: list[QPushButton], per_row: int) -> QGridLayout:
    grid = QGridLayout()
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // per_row, index % per_row)
    grid.setColumnStretch(per_row, 1)
    return grid
