"""What a scaled screen must not do to a window, measured on the widgets as laid out: an area that scrolls
sideways, a button or label whose text does not fit (clipped or shortened with "…"), a tab bar that needs its
scroll arrows, a navigation entry running into its Alt+N hint, a window that cannot shrink to the screen.

Used by tests/test_ui_scaling.py at QT_SCALE_FACTOR 1.25 and 1.5 (run in a fresh process: Qt reads the factor
once, when the application starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QScrollArea, QTabBar, QWidget

SLACK = 2  # pixels of rounding a scaled layout may be off by


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    what = (text or widget.accessibleName() or widget.objectName()).replace("\n", " ").replace("&", "")
    return f"{type(widget).__name__} {what[:60]!r}"


def sideways(window: QWidget) -> list[str]:
    """Scroll areas (a page's holder, the desk's form) whose content is wider than the area showing it."""
    problems = []
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if _shown(area, window) and inner is not None and inner.width() > area.viewport().width() + SLACK:
            problems.append(f"scrolls sideways: {_name(inner)} is {inner.width()} px in {area.viewport().width()}")
    return problems


def cut_texts(window: QWidget) -> list[str]:
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window) or isinstance(button.parentWidget(), QTabBar):
            continue
        shortened = getattr(button, "shortened", None)  # the desk's wrapping buttons say when they elide
        if callable(shortened) and shortened():
            problems.append(f"shortened with …: {_name(button)}")
        elif shortened is None and button.text() and button.width() + SLACK < button.sizeHint().width():
            problems.append(f"text cut: {_name(button)} is {button.width()} px, needs {button.sizeHint().width()}")
    for label in window.findChildren(QLabel):
        if (_shown(label, window) and label.text() and not label.wordWrap() and label.pixmap().isNull()
                and label.width() + SLACK < label.minimumSizeHint().width()):
            problems.append(f"text cut: {_name(label)} is {label.width()} px, needs {label.minimumSizeHint().width()}")
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window) and bar.count():
            needed = sum(bar.tabRect(i).width() for i in range(bar.count()) if bar.isTabVisible(i))
            if needed > bar.width() + SLACK:
                problems.append(f"tabs need scroll arrows: {needed} px of tabs in {bar.width()}")
    return problems


def navigation_overlaps(nav: QListWidget, hint_role: int, gap: int = 14) -> list[str]:
    """An entry's title and its grey "Alt+N" hint (drawn at the right, `gap` px in) must not meet: on one line
    they must both fit; an entry two lines high (the hint under the title) must fit its title on the first."""
    metrics = nav.fontMetrics()
    room = nav.viewport().width() - gap - 12  # (the style's text margins)
    problems = []
    for row in range(nav.count()):
        item = nav.item(row)
        hint = item.data(hint_role) or ""
        two_lines = nav.visualItemRect(item).height() >= 2 * metrics.height()
        title = metrics.horizontalAdvance(item.text())
        needed = title if two_lines or not hint else title + metrics.horizontalAdvance("  " + hint)
        if needed > room:
            problems.append(f"navigation: {item.text()!r} and {hint!r} need {needed} px, have {room}")
    return problems


def too_wide(window: QWidget, width: int, height: int) -> list[str]:
    hint = window.minimumSizeHint()
    problems = []
    if hint.width() > width or window.width() > width:
        problems.append(f"window cannot be narrower than {max(hint.width(), window.width())} px (screen {width})")
    if hint.height() > height or window.height() > height:
        problems.append(f"window cannot be lower than {max(hint.height(), window.height())} px (screen {height})")
    return problems


def layout_problems(window: QWidget, width: int, height: int) -> list[str]:
    from deskapp.ui.navigation import SHORTCUT_ROLE

    nav = getattr(getattr(window, "workspace", None), "nav", None)
    overlaps = navigation_overlaps(nav, SHORTCUT_ROLE) if isinstance(nav, QListWidget) and nav.isVisible() else []
    return too_wide(window, width, height) + sideways(window) + cut_texts(window) + overlaps
