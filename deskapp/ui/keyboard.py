"""Keyboard rules shared by every page, tab and dialog.

Qt's item views move from cell to cell on Tab by default, so a person who Tabs into a table can never Tab out
of it again (arrows already move inside it). Every area runs its widgets through `tab_leaves_views` once it is
built, so a view added to any page later follows the rule without remembering it.

A container that should hand the keyboard to one of its widgets when it is given focus (a page when shown, a
form when cleared, a label's buddy) says so with `prefer_focus`, not with `setFocusProxy`: Qt 6 turns a
container with a focus proxy into a Tab stop of its own that jumps to the proxy, so Tab skipped every control
between and looped inside the desk's form.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateEdit, QWidget


def tab_leaves_views(root: QWidget) -> int:
    """Make Tab leave every table and list under `root` (and `root` itself); returns how many were set."""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        view.setTabKeyNavigation(False)
    return len(views)


class TabLeavingDateEdit(QDateEdit):
    """A date field that Tab leaves while it shows its "any day" text.

    With a special value shown, QDateTimeEdit has no sections to move between, yet it keeps Tab for its
    section stepping, so Tab never left the log's "From" filter.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)



_FIRST = "_deskapp_first_focus"  # the attribute holding a container's choice (a function returning the widget)


def prefer_focus(container: QWidget, first: QWidget | Callable[[], QWidget | None]) -> None:
    """When `container` is given focus (`setFocus()`, a label's Alt key, a page shown), `first` gets it.

    `first` may be a function for a choice that changes (the current tab). The container stays out of the Tab
    order: Tab goes through its controls in their own order. (Done from the application's focusChanged signal,
    not an event filter or a Python override of Qt's focus handling: those crashed PySide at teardown.)"""
    chooser: Callable[[], QWidget | None] = (lambda: first) if isinstance(first, QWidget) else first
    setattr(container, _FIRST, chooser)
    app = QApplication.instance()
    if isinstance(app, QApplication) and not getattr(app, _FIRST, False):
        app.focusChanged.connect(_pass_on)
        setattr(app, _FIRST, True)


def has_preferred_focus(container: QWidget) -> bool:
    return getattr(container, _FIRST, None) is not None


def preferred_focus(widget: QWidget) -> QWidget:
    """The widget that gets the keyboard when `widget` is given it, following containers inside containers."""
    for _ in range(20):  # (a chain of preferences is a few deep; never loop on a mistaken circle)
        chooser = getattr(widget, _FIRST, None)
        target = chooser() if chooser is not None else None
        if target is None or target is widget or not shiboken6.isValid(target) or not target.isEnabled():
            return widget
        widget = target
    return widget


def focus_first(widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
    """Focus `widget`'s preferred first control with `reason` (a line edit selects its text on a shortcut)."""
    preferred_focus(widget).setFocus(reason)


def _pass_on(_old: QWidget | None, new: QWidget | None) -> None:
    if new is None or not shiboken6.isValid(new) or not has_preferred_focus(new):
        return
    target = preferred_focus(new)
    if target is not new:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
