"""Keyboard rules shared by every page, tab and dialog.

Qt's item views move from cell to cell on Tab by default, so a person who Tabs into a table can never Tab out
of it again (arrows already move inside it). Every area runs its widgets through `tab_leaves_views` once it is
built, so a view added to any page later follows the rule without remembering it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QWidget


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
