"""A calm, readable look: the platform's style with a slightly larger font, soft colours and clear focus.

Sized in points, so scaled displays (125 %, 150 %) stay proportionate; readable at 1366x768.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11

STYLE_SHEET = """
QWidget#signInCard, QWidget#firstRunCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QLabel[role="heading"] { font-size: 17pt; font-weight: 600; }
QLabel[role="subheading"] { color: #4a4a4a; }
QLabel[role="error"] {
    color: #8a1c1c; background: #fdecea; border: 1px solid #f0b4ae; border-radius: 4px; padding: 6px;
}
QLabel[role="hint"] { color: #555; }
QListWidget#navigation {
    border: none;
    background: palette(window);
    outline: 0;
}
QListWidget#navigation::item { padding: 9px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected {
    background: #cfe0f5; color: #0b3a67; font-weight: 600; border-left: 4px solid #3d7cc9;
}
QListWidget#navigation::item:disabled { color: #9a9a9a; }
QListWidget#navigation:focus { border: 2px solid #3d7cc9; border-radius: 4px; }
QLineEdit, QSpinBox, QComboBox { padding: 4px 6px; }
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QListView:focus, QTableView:focus {
    border: 2px solid #3d7cc9; border-radius: 3px;
}
QStatusBar QLabel { padding: 0 8px; }
"""


def apply_style(app: QApplication) -> None:
    font = QGuiApplication.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every desk PC, whatever its theme
    app.setStyleSheet(STYLE_SHEET)
