"""A calm, readable look: the platform's style with a slightly larger font, soft colours and clear focus.

Sized in points, so scaled displays (125 %, 150 %) stay proportionate; readable at 1366x768. The colours
come from deskapp.ui.theme and follow the system's light, dark or high-contrast palette, also when the user
switches it while the app runs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from deskapp.ui.theme import adjusted_palette, style_sheet, theme_for

BASE_POINT_SIZE = 11


def apply_style(app: QApplication) -> None:
    font = QGuiApplication.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every desk PC, whatever its theme
    apply_colours(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_colours(app))


def apply_colours(app: QApplication, system: QPalette | None = None) -> None:
    """The system's palette with the few roles that fail AA made readable, and the style sheet in the
    matching colour family (light or dark). `system` stands in for the PC's palette (tests)."""
    if system is None:
        app.setPalette(QPalette())  # back to what the system gives, so a switch to dark mode is seen
        system = app.palette()
    theme = theme_for(system)
    app.setPalette(adjusted_palette(system, theme))
    app.setStyleSheet(style_sheet(theme))


def reset_colours(app: QApplication) -> None:
    """Undo apply_colours (tests that look at the styled app put the plain one back)."""
    app.setStyleSheet("")
    app.setPalette(QPalette())

