"""Shift+F1 anywhere: show the help of the control with the keyboard, so nothing is said only in a tooltip.

A mouse user reads a tooltip by pointing; a keyboard user presses Shift+F1 (Qt's "What's this?" key; F1-F8
log enquiries on the desk). The text is the current row's or cell's tooltip in a table or list, else the
control's own `help_text()` (the desk's option rows list every option with its description), else the
tooltip of the control or the nearest part of the screen around it. Screen readers get the same text as
the control's accessible description, which Qt takes from the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget

HELP_KEY = QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F1)


def help_for(widget: QWidget | None) -> str:
    """What Shift+F1 shows for `widget` ("" when there is nothing more to say than its name)."""
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        tip = widget.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and tip.strip():
            return tip.strip()
    while widget is not None and not widget.isWindow():
        explain = getattr(widget, "help_text", None)
        text = explain() if callable(explain) else widget.toolTip()
        if isinstance(text, str) and text.strip():
            return text.strip()
        widget = widget.parentWidget()
    return ""


def install_help_key(window: QWidget) -> QShortcut:
    shortcut = QShortcut(HELP_KEY, window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(QApplication.focusWidget()))
    return shortcut


def show_help(widget: QWidget | None) -> str:
    """Show the help of `widget` under it (its name when it has nothing more); returns the text shown."""
    if widget is None:
        return ""
    text = help_for(widget) or widget.accessibleName()
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), text, widget)
    return text
