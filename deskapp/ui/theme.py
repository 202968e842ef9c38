"""The app's colours, chosen for the palette the desk PC gives (light, dark or high contrast), every pair
passing WCAG AA: 4.5:1 for text, 3:1 for graphics such as focus rings and chart bars.

Fixed colours read well on one background only: grey hints on a dark Windows palette fell to 1.2:1. So
text that must look quieter than the body (hints, shortcut hints, placeholders) is derived from the
palette's own text and window colours, and the coloured states (error, warning, saved, chosen) come in a
light and a dark family, each carrying its own background so its pairs hold whatever the system gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5
AA_GRAPHICS = 3.0


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    lighter, darker = sorted((relative_luminance(QColor(first)), relative_luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(foreground: QColor, background: QColor, weight: float) -> QColor:
    """`weight` of the way from the foreground to the background (0 keeps the foreground)."""
    return QColor.fromRgbF(
        foreground.redF() + (background.redF() - foreground.redF()) * weight,
        foreground.greenF() + (background.greenF() - foreground.greenF()) * weight,
        foreground.blueF() + (background.blueF() - foreground.blueF()) * weight,
    )


def quieter_text(text: QColor, backgrounds: list[QColor], minimum: float = AA_TEXT + 0.1) -> QColor:
    """The text colour faded toward the first background as far as every background still allows.

    Hints should look secondary, but never below AA; on a high-contrast palette there is little room, so
    the result stays close to the text itself.
    """
    best = QColor(text)
    for step in range(1, 20):
        candidate = blend(text, backgrounds[0], step / 20)
        if min(contrast_ratio(candidate, b) for b in backgrounds) < minimum:
            break
        best = candidate
    return best


@dataclass(frozen=True)
class Theme:
    dark: bool
    text: str
    window: str
    base: str
    subtle: str  # hints, subheadings, shortcut hints, placeholders, people no longer active
    accent: str  # focus rings, the chosen navigation entry's edge: a graphic, 3:1 on window and base
    selection_bg: str
    selection_text: str
    chosen_bg: str  # a chosen option on the desk (solid, so a glance shows what the entry says)
    chosen_text: str
    chosen_border: str
    focus_bg: str  # the choice row that has the keyboard focus
    nav_selected_bg: str
    nav_selected_text: str
    error_text: str
    error_bg: str
    error_border: str
    warning_text: str
    warning_bg: str
    warning_border: str
    saved_text: str
    saved_bg: str
    saved_border: str
    attention: str  # overdue checklists, the database-unavailable warning: text on window and base
    below_required_bg: str  # a matrix cell under the skill's required level, under the palette's text
    chart_bar: str
    chart_highlight: str
    chart_frame: str
    chart_empty: str

    def text_pairs(self) -> list[tuple[str, str, str, float]]:
        """Every foreground/background pair the app draws with these colours: (what, fg, bg, minimum)."""
        pairs = [
            ("hint on the window", self.subtle, self.window, AA_TEXT),
            ("hint on a field", self.subtle, self.base, AA_TEXT),
            ("selected row", self.selection_text, self.selection_bg, AA_TEXT),
            ("chosen option", self.chosen_text, self.chosen_bg, AA_TEXT),
            ("chosen page in the navigation", self.nav_selected_text, self.nav_selected_bg, AA_TEXT),
            ("text in the focused choice row", self.text, self.focus_bg, AA_TEXT),
            ("error message", self.error_text, self.error_bg, AA_TEXT),
            ("error words on the window", self.error_text if not self.dark else self.attention, self.window,
             AA_TEXT),
            ("warning", self.warning_text, self.warning_bg, AA_TEXT),
            ("saved confirmation", self.saved_text, self.saved_bg, AA_TEXT),
            ("overdue or unavailable, on the window", self.attention, self.window, AA_TEXT),
            ("overdue or unavailable, on a list", self.attention, self.base, AA_TEXT),
            ("matrix cell below the required level", self.text, self.below_required_bg, AA_TEXT),
            ("text in an empty heat-map cell", self.text, self.chart_empty, AA_TEXT),
            ("focus ring on the window", self.accent, self.window, AA_GRAPHICS),
            ("focus ring on a field", self.accent, self.base, AA_GRAPHICS),
            ("chart bar", self.chart_bar, self.base, AA_GRAPHICS),
            ("highlighted chart bar", self.chart_highlight, self.base, AA_GRAPHICS),
            ("flagged heat-map cell frame", self.chart_frame, self.base, AA_GRAPHICS),
        ]
        return pairs


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for(palette: QPalette) -> Theme:
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    subtle = quieter_text(text, [window, base]).name()
    if is_dark(palette):
        return Theme(
            dark=True, text=palette.color(QPalette.ColorRole.Text).name(), window=window.name(), base=base.name(),
            subtle=subtle, accent="#7ab3ef",
            selection_bg="#1d5a9e", selection_text="#ffffff",
            chosen_bg="#8cbcf0", chosen_text="#0b1f33", chosen_border="#c4defa",
            focus_bg="#1a2f45",
            nav_selected_bg="#1d4673", nav_selected_text="#ffffff",
            error_text="#ffc9c2", error_bg="#5a1616", error_border="#b0504a",
            warning_text="#ffe1a6", warning_bg="#4a3300", warning_border="#9c7a2c",
            saved_text="#b9f0c8", saved_bg="#133d22", saved_border="#3f8a57",
            attention="#ff9e94",
            below_required_bg="#5c3212",
            chart_bar="#7ab3ef", chart_highlight="#f0a35a", chart_frame="#ff8077", chart_empty="#3c3c3c",
        )
    return Theme(
        dark=False, text=palette.color(QPalette.ColorRole.Text).name(), window=window.name(), base=base.name(),
        subtle=subtle, accent="#2f6fb5",
        selection_bg="#1f5c99", selection_text="#ffffff",
        chosen_bg="#2f6fb5", chosen_text="#ffffff", chosen_border="#1f4f86",
        focus_bg="#eef4fb",
        nav_selected_bg="#cfe0f5", nav_selected_text="#0b3a67",
        error_text="#8a1c1c", error_bg="#fdecea", error_border="#f0b4ae",
        warning_text="#6b4100", warning_bg="#fff4d6", warning_border="#f0d48a",
        saved_text="#14532d", saved_bg="#e6f4ea", saved_border="#9fd3ad",
        attention="#a3001b",
        below_required_bg="#fde2cf",
        chart_bar="#2f6fb5", chart_highlight="#b35300", chart_frame="#c62828", chart_empty="#f2f2f2",
    )


_themes: dict[int, Theme] = {}


def current_theme() -> Theme:
    """The theme for the application's palette now (models ask per cell, so it is kept per palette)."""
    palette = QGuiApplication.palette()
    key = palette.cacheKey()
    if key not in _themes:
        _themes.clear()
        _themes[key] = theme_for(palette)
    return _themes[key]


def adjusted_palette(palette: QPalette, theme: Theme) -> QPalette:
    """The system palette with the roles Qt's defaults leave under AA (placeholders are half-transparent
    text, 4.0:1; Fusion's selection blue under white text is 3.7:1) set to the theme's colours."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.subtle))
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.selection_bg))
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.selection_text))
        link = QColor(palette.color(QPalette.ColorRole.Link))
        if contrast_ratio(link, theme.base) < AA_TEXT:
            link = QColor(theme.accent if contrast_ratio(theme.accent, theme.base) >= AA_TEXT else theme.text)
        result.setColor(group, QPalette.ColorRole.Link, link)
    return result


def style_sheet(theme: Theme) -> str:
    t = theme
    return f"""
QWidget#signInCard, QWidget#firstRunCard {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}}
QLabel[role="heading"] {{ font-size: 17pt; font-weight: 600; }}
QLabel[role="subheading"] {{ color: {t.subtle}; }}
QLabel[role="error"] {{
    color: {t.error_text}; background: {t.error_bg}; border: 1px solid {t.error_border}; border-radius: 4px;
    padding: 6px;
}}
QLabel[role="hint"] {{ color: {t.subtle}; }}
QListWidget#navigation {{
    border: none;
    background: palette(window);
    outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 12px; border-radius: 4px; margin: 1px 6px; }}
QListWidget#navigation::item:selected {{
    background: {t.nav_selected_bg}; color: {t.nav_selected_text}; font-weight: 600;
    border-left: 4px solid {t.accent};
}}
QListWidget#navigation:focus {{ border: 2px solid {t.accent}; border-radius: 4px; }}
QLineEdit, QSpinBox, QComboBox {{ padding: 4px 6px; }}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QListView:focus, QTableView:focus {{
    border: 2px solid {t.accent}; border-radius: 3px;
}}
QStatusBar QLabel {{ padding: 0 8px; }}
QLabel#databaseStateLabel {{ color: {t.attention}; font-weight: bold; }}
QPushButton#choiceButton {{ padding: 3px 6px; }}
QPushButton#choiceButton:checked {{
    background: {t.chosen_bg}; color: {t.chosen_text}; border: 1px solid {t.chosen_border};
}}
QFrame#choiceRow {{ border: 2px solid transparent; border-radius: 4px; }}
QFrame#choiceRow:focus {{ border: 2px solid {t.accent}; background: {t.focus_bg}; }}
QPushButton#quickButton {{ padding: 3px 6px; }}
QLabel#confirmation[active="true"] {{
    background: {t.saved_bg}; border: 1px solid {t.saved_border}; border-radius: 4px;
    padding: 6px 8px; color: {t.saved_text}; font-weight: 600;
}}
QLabel[role="warning"] {{
    color: {t.warning_text}; background: {t.warning_bg}; border: 1px solid {t.warning_border};
    border-radius: 4px; padding: 4px 6px;
}}
QLabel[role="error-text"] {{ color: {t.error_text if not t.dark else t.attention}; }}
QLabel[role="section"] {{ font-weight: 600; font-size: 12pt; }}
QListWidget#typeAheadMatches {{ border: 1px solid {t.accent}; background: palette(base); }}
QListWidget#typeAheadMatches::item:selected {{ background: {t.selection_bg}; color: {t.selection_text}; }}
"""
