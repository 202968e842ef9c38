"""Qt models for checklist runs: the items of one run (checkable), a template's run history (paged) and
today's due checklists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from deskapp.checklists.records import DueRun, RunItemInfo, RunSummary
from deskapp.ui.desk.labels import day_time_text, time_text
from deskapp.ui.paged_model import PagedRowsModel
from deskapp.ui.theme import current_theme
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def overdue_brush() -> QBrush:
    """Overdue is also said in words ("OVERDUE"); the colour only adds to them."""
    return QBrush(QColor(current_theme().attention))


def tr(text: str) -> str:
    return QCoreApplication.translate("checklists", text)


def local_text(moment: datetime | None) -> str:
    return day_time_text(moment) if moment else ""


class RunItemsModel(QAbstractListModel):
    """The items of one run. Checking an item calls `on_tick(item_id, ticked)`, which writes to the database
    and returns the refreshed items (or raises, and the tick does not change)."""

    def __init__(self, on_tick: Callable[[int, bool], Sequence[RunItemInfo]] | None = None, parent: Any = None):
        super().__init__(parent)
        self.items: list[RunItemInfo] = []
        self.on_tick = on_tick

    def set_items(self, items: Sequence[RunItemInfo]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.ticked_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            marks = [item.text]
            if not item.required:
                marks.append(QCoreApplication.translate("checklists", "(optional)"))
            if item.role == "leader":
                marks.append(QCoreApplication.translate("checklists", "[team leader]"))
            if item.ticked_at:
                who = item.ticked_by or QCoreApplication.translate("checklists", "someone")
                marks.append(QCoreApplication.translate("checklists", "✓ {who}, {when}")
                             .format(who=who, when=local_text(item.ticked_at)))
            if item.overdue:
                marks.append(QCoreApplication.translate("checklists", "OVERDUE"))
            if item.note:
                marks.append(QCoreApplication.translate("checklists", "note: {note}").format(note=item.note))
            return "  ".join(marks)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return overdue_brush()
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.on_tick is None:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        items = list(self.on_tick(self.items[index.row()].id, ticked))
        if len(items) != len(self.items):
            self.set_items(items)
        elif items:  # same rows, new ticks and flags: keep the view's current row (no reset)
            self.items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, 0))
        return True

    def item_id(self, row: int) -> int | None:
        return self.items[row].id if 0 <= row < len(self.items) else None


class HistoryModel(PagedRowsModel[RunSummary]):
    """A template's runs, newest first, a page at a time."""

    HEADERS = (QT_TRANSLATE_NOOP("checklists", "Started"), QT_TRANSLATE_NOOP("checklists", "Version"),
               QT_TRANSLATE_NOOP("checklists", "By"), QT_TRANSLATE_NOOP("checklists", "For"),
               QT_TRANSLATE_NOOP("checklists", "Required done"), QT_TRANSLATE_NOOP("checklists", "Completed"), "")
    TR_CONTEXT = "checklists"
    PAGE = 50

    def __init__(self, fetch: Callable[[int, int], list[RunSummary]], parent: Any = None) -> None:
        super().__init__(fetch, self.PAGE, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        run = self.rows[index.row()]
        if role == ID_ROLE:
            return run.id
        if role == Qt.ItemDataRole.ForegroundRole and run.overdue:
            return overdue_brush()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = [local_text(run.started_at), str(run.template_version), run.started_by or "", run.subject_name or "",
                 f"{run.required_done}/{run.required_total}", local_text(run.completed_at),
                 QCoreApplication.translate("checklists", "overdue") if run.overdue else ""]
        return cells[index.column()]


class DueModel(QAbstractListModel):
    """Today's daily and this week's weekly checklists for the desk, one line each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DueRun] = []

    def set_rows(self, rows: Sequence[DueRun]) -> None:
        self.beginResetModel()
        # Overdue first: in a short list at the top of the desk they must not be the line scrolled out of view.
        self.rows = sorted(rows, key=lambda due: not due.overdue)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def line(self, due: DueRun) -> str:
        by = QCoreApplication.translate("checklists", " by {time}").format(time=time_text(due.due_at)) \
            if due.due_at else ""
        if due.completed:
            state = QCoreApplication.translate("checklists", "done")
        elif due.run_id is None:
            state = QCoreApplication.translate("checklists", "not started")
        else:
            state = QCoreApplication.translate("checklists", "{done}/{total} required").format(
                done=due.required_done, total=due.required_total)
        # The flag leads, so a narrow column still shows it.
        flag = QCoreApplication.translate("checklists", "OVERDUE: ") if due.overdue else ""
        return f"{flag}{due.title}{by}: {state}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        due = self.rows[index.row()]
        if role == ID_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ForegroundRole and due.overdue:
            return overdue_brush()
        if role == Qt.ItemDataRole.FontRole and due.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.line(due)
        return None
