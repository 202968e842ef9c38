"""Colours pass WCAG AA (4.5:1 text, 3:1 graphics) on a light, a dark and both high-contrast palettes,
measured twice: on the theme's own pairs, and on the pixels every area actually draws."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QStyleFactory, QWidget

from deskapp.db import Database
from deskapp.ui.style import apply_colours, reset_colours
from deskapp.ui.theme import AA_TEXT, adjusted_palette, blend, contrast_ratio, theme_for
from tests.test_ui_main_window import sign_in
from tests.ui_helpers import add_team, make_window


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    roles = QPalette.ColorRole
    for role, colour in [(roles.Window, window), (roles.Base, base), (roles.AlternateBase, base),
                         (roles.Text, text), (roles.WindowText, text), (roles.Button, window),
                         (roles.ButtonText, text), (roles.ToolTipBase, base), (roles.ToolTipText, text)]:
        palette.setColor(role, QColor(colour))
    return palette


def palettes() -> dict[str, QPalette]:
    return {
        "light": QStyleFactory.create("Fusion").standardPalette(),
        "dark": _palette("#202020", "#2b2b2b", "#ffffff"),  # Windows 11 dark mode
        "high contrast black": _palette("#000000", "#000000", "#ffffff"),
        "high contrast white": _palette("#ffffff", "#ffffff", "#000000"),
    }


@pytest.mark.parametrize("name", ["light", "dark", "high contrast black", "high contrast white"])
def test_every_colour_pair_the_app_draws_passes_aa(qapp, name: str) -> None:
    system = palettes()[name]
    theme = theme_for(system)
    failing = [f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
               for what, fg, bg, minimum in theme.text_pairs() if contrast_ratio(fg, bg) < minimum]
    palette = adjusted_palette(system, theme)
    roles = QPalette.ColorRole
    for what, fg, bg in [("placeholder in a field", roles.PlaceholderText, roles.Base),
                         ("shortcut hint in the navigation", roles.PlaceholderText, roles.Window),
                         ("selected row", roles.HighlightedText, roles.Highlight),
                         ("link", roles.Link, roles.Base)]:
        ratio = contrast_ratio(palette.color(fg), palette.color(bg))
        if ratio < AA_TEXT:
            failing.append(f"{what}: {ratio:.2f}:1")
    assert failing == []


def test_qt_on_its_own_fails_aa_where_the_theme_steps_in(qapp) -> None:
    """Why adjusted_palette exists: Fusion's placeholders and selection are under 4.5:1."""
    fusion = QStyleFactory.create("Fusion").standardPalette()
    roles = QPalette.ColorRole
    placeholder = fusion.color(roles.PlaceholderText)
    drawn = blend(placeholder, fusion.color(roles.Base), 1 - placeholder.alphaF())
    assert contrast_ratio(drawn, fusion.color(roles.Base)) < AA_TEXT
    assert contrast_ratio(fusion.color(roles.HighlightedText), fusion.color(roles.Highlight)) < AA_TEXT


def test_a_dark_system_palette_gets_the_dark_family_and_readable_hints(qapp) -> None:
    dark = theme_for(palettes()["dark"])
    light = theme_for(palettes()["light"])
    assert dark.dark and not light.dark
    assert contrast_ratio(dark.subtle, "#202020") >= AA_TEXT
    # Quieter than the body text, or a hint would not look like one.
    assert contrast_ratio(dark.subtle, "#202020") < contrast_ratio("#ffffff", "#202020")


def rendered_contrast(widget: QWidget) -> float | None:
    """The contrast of what the widget really draws: its commonest colour is the background, and the pixel
    that differs most from it is the text (glyph stems are drawn in the full text colour)."""
    image = widget.grab().toImage()
    if image.isNull() or image.width() * image.height() > 400_000:
        return None
    counts: Counter[int] = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    if len(counts) < 2:
        return None  # nothing drawn on it
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in counts)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return "" if widget.pixmap() is not None and not widget.pixmap().isNull() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def unreadable_text(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        # Disabled controls are exempt in WCAG 1.4.3; a widget that draws nothing has no text to judge.
        text = _text_of(widget).strip()
        if not text or not widget.isVisible() or not widget.isEnabled() or widget.width() < 4:
            continue
        ratio = rendered_contrast(widget)
        if ratio is not None and ratio < AA_TEXT:
            found.append(f"{where} ▸ {type(widget).__name__} {text[:40]!r}: {ratio:.2f}:1")
    return found


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    reset_colours(qapp)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_area_draws_its_words_readably(qtbot, styled: QApplication, db: Database, tmp_path: Path,
                                             scheme: str) -> None:
    apply_colours(styled, palettes()[scheme])
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    assert unreadable_text(window, "sign-in") == []
    sign_in(qtbot, window, "kiri", "leader-pass")
    workspace = window.workspace
    found: list[str] = []
    for row, spec in enumerate(workspace.pages):
        assert workspace.show_page(row), spec.key
        page = workspace.page(spec.key)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count()) if tabs is not None else [None]:
            if tab is not None:
                tabs.setCurrentIndex(tab)
            where = spec.key if tab is None else f"{spec.key} ▸ {tabs.tabText(tab)}"
            found += unreadable_text(window, where)
    assert found == []
