"""Focus order: on every area and tab, Tab from the first control reaches every visible enabled control and
comes back to where it started, never trapped in a table, and every stop has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from deskapp.db import Database
from tests.test_ui_main_window import sign_in
from tests.ui_helpers import add_team, make_window

MAX_STOPS = 300  # far more than any page has; a walk that needs more is going round in circles


def _describe(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    return f"{type(widget).__name__} {widget.objectName() or name!r}"


def _address(widget: QWidget) -> int:
    # Widgets are compared by their C++ address: holding Python wrappers of widgets a page deletes while the
    # walk goes on (opening a guide rebuilds its viewer) is not safe.
    return int(shiboken6.getCppPointer(widget)[0])


def _tab_stops(window: QWidget) -> dict[int, str]:
    """Every control on screen that says it takes the Tab key (what a keyboard user must be able to reach)."""
    stops = {}
    for widget in window.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.window() is window and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            stops[_address(widget)] = _describe(widget)
    return stops


def _walk(qtbot, start: QWidget) -> tuple[list[str], set[int], bool, list[str]]:
    """Tab from `start` until focus is back on it: the stops in order (described and by address), whether it
    came back, and the stops with no accessible name."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[str] = []
    reached: set[int] = set()
    unnamed: list[str] = []
    for _ in range(MAX_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        here = QApplication.focusWidget()
        if here is start:
            return seen, reached, True, unnamed
        if here is None:
            return seen, reached, False, unnamed
        seen.append(_describe(here))
        reached.add(_address(here))
        unnamed += _unnamed({here})  # asked at once: a page may rebuild a widget after focus leaves it
    return seen, reached, False, unnamed


def _unnamed(stops: set[QWidget]) -> list[str]:
    unnamed = []
    for widget in stops:
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(_describe(widget))
    return sorted(unnamed)


def _check_screen(qtbot, window: QWidget, where: str) -> list[str]:
    QApplication.processEvents()
    start = window.workspace.nav
    _walk(qtbot, start)  # once to settle: focus arriving in the guide list opens a guide, rebuilding its viewer
    seen, reached, back, unnamed = _walk(qtbot, start)
    expected = _tab_stops(window)
    expected.pop(_address(start), None)
    problems = []
    if not back:
        tail = ", ".join(seen[-6:])
        problems.append(f"{where}: Tab never came back to the navigation (last stops: {tail})")
    missing = sorted(name for address, name in expected.items() if address not in reached)
    if missing:
        problems.append(f"{where}: Tab never reaches " + ", ".join(missing))
    if unnamed:
        problems.append(f"{where}: no accessible name on " + ", ".join(sorted(set(unnamed))))
    return problems


def test_tab_from_the_navigation_reaches_every_control_on_every_area_and_tab_and_comes_back(
        qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    workspace = window.workspace
    problems: list[str] = []
    screens = 0
    for row, spec in enumerate(workspace.pages):
        assert workspace.show_page(row), spec.key
        page = workspace.page(spec.key)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        tab_widgets = [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisible()][:1]
        if not tab_widgets:
            problems += _check_screen(qtbot, window, spec.key)
            screens += 1
            continue
        tabs = tab_widgets[0]
        for tab in range(tabs.count()):
            if not tabs.isTabEnabled(tab) or not tabs.isTabVisible(tab):
                continue
            tabs.setCurrentIndex(tab)
            problems += _check_screen(qtbot, window, f"{spec.key} ▸ {tabs.tabText(tab)}")
            screens += 1
    assert screens >= 12
    assert problems == [], "\n".join(problems)
