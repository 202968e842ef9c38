"""Table models for proficiency levels: a person's own record, and the leaders' staff × skills matrix.
Both are small (people × skills), and still hand rows to the view in pages."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from deskapp.people.proficiency import Matrix, MyRecord
from deskapp.ui.skills.formats import short_date
from deskapp.ui.theme import current_theme
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

PAGE = 100
HEADER_CHARS = 14  # skill names wrap at about this many characters a line in the matrix's column headers
HEADER_LINES = 3
Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(QStyledItemDelegate):
    """Levels are edited with a 0-4 spin box."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 4)
        editor.setAccessibleName(self.tr("Level, 0 to 4"))
        return editor


class _Paged(QAbstractTableModel):
    """Rows shown a page at a time; subclasses fill `_count` and implement `_cell`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._shown = 0

    def _reset(self, count: int) -> None:
        self._count, self._shown = count, min(PAGE, count)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < self._count

    def fetchMore(self, parent: Index) -> None:
        more = min(PAGE, self._count - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()


def wrap_header(text: str) -> str:
    """A skill name on up to three short lines; a longer name ends in "…" (the tooltip and the line above
    the grid give it in full)."""
    # Words are never cut: a word longer than a line gets a line of its own and the column widens to fit it.
    lines = textwrap.wrap(text, HEADER_CHARS, break_long_words=False, break_on_hyphens=False) or [""]
    if len(lines) > HEADER_LINES:
        rest = " ".join(lines[HEADER_LINES - 1:])
        lines = [*lines[:HEADER_LINES - 1], rest[:HEADER_CHARS - 1].rstrip() + "…"]
    return "\n".join(lines)


def _level_text(level: int | None) -> str:
    return "" if level is None else str(level)


class MyLevelsModel(_Paged):
    """The signed-in person's levels; the "My rating" column is theirs to edit."""

    HEADERS = (QT_TRANSLATE_NOOP("MyLevelsModel", "Skill"), QT_TRANSLATE_NOOP("MyLevelsModel", "Group"),
               QT_TRANSLATE_NOOP("MyLevelsModel", "Required"), QT_TRANSLATE_NOOP("MyLevelsModel", "My rating"),
               QT_TRANSLATE_NOOP("MyLevelsModel", "Confirmed"), QT_TRANSLATE_NOOP("MyLevelsModel", "Confirmed by"),
               QT_TRANSLATE_NOOP("MyLevelsModel", "Confirmed on"))
    EDITABLE = 3

    def __init__(self, save: Callable[[int, int], bool], parent: Any = None) -> None:
        super().__init__(parent)
        # save(skill_id, level) -> whether it was written; the operation runner has shown any failure.
        self._save = save
        self.record: MyRecord | None = None

    def set_record(self, record: MyRecord) -> None:
        self.beginResetModel()
        self.record = record
        self._reset(len(record.levels))
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MyLevelsModel", self.HEADERS[section]) \
                if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.record is None or not index.isValid() or index.row() >= self._shown:
            return None
        level = self.record.levels[index.row()]
        cell = level.cell
        if role == Qt.ItemDataRole.EditRole and index.column() == self.EDITABLE:
            return cell.self_level or 0
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (level.skill, level.group, str(level.required_level), _level_text(cell.self_level),
                _level_text(cell.confirmed_level), cell.confirmed_by or "",
                short_date(cell.confirmed_at.date()) if cell.confirmed_at else "")[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.record is None or role != Qt.ItemDataRole.EditRole or index.column() != self.EDITABLE:
            return False
        return self._save(self.record.levels[index.row()].skill_id, int(value))


class MatrixModel(_Paged):
    """Staff (rows) × skills (columns). Shows "confirmed (self n)"; a leader edits the confirmed level."""

    def __init__(self, save: Callable[[int, int, int], bool], parent: Any = None) -> None:
        super().__init__(parent)
        # save(staff_id, skill_id, level) -> whether it was written; the runner has shown any failure.
        self._save = save
        self.matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._reset(len(matrix.staff))
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.skills)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.matrix.skills):
            skill = self.matrix.skills[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1 (required level %2)").replace("%1", skill.label).replace(
                    "%2", str(skill.required_level))
            return wrap_header(skill.label)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._shown:
            return self.matrix.staff[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else super().flags(index)

    def describe(self, index: Index) -> str:
        """One line for the current cell, in full: "Dev Kaur · Catalogue search for a known item: 3 (self 2),
        required 3" (the column headers only have room for a wrapped, possibly shortened name)."""
        if self.matrix is None or not index.isValid() or index.row() >= self._shown:
            return ""
        staff_id, name = self.matrix.staff[index.row()]
        skill = self.matrix.skills[index.column()]
        cell = self.matrix.cells.get((staff_id, skill.id))
        if cell is None or (cell.confirmed_level is None and cell.self_level is None):
            level = self.tr("no level yet")
        else:
            level = _level_text(cell.confirmed_level) or self.tr("not confirmed")
            if cell.self_level is not None:
                level += " (" + self.tr("self %1").replace("%1", str(cell.self_level)) + ")"
        return self.tr("%1 · %2: %3, required %4").replace("%1", name).replace("%2", skill.label).replace(
            "%3", level).replace("%4", str(skill.required_level))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid() or index.row() >= self._shown:
            return None
        staff_id = self.matrix.staff[index.row()][0]
        skill = self.matrix.skills[index.column()]
        cell = self.matrix.cells.get((staff_id, skill.id))
        if role == Qt.ItemDataRole.EditRole:
            return cell.level if cell else 0
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return ""
            confirmed = _level_text(cell.confirmed_level) or "–"
            # The mark says "below the required level" without the colour (WCAG: never colour alone).
            mark = "▼ " if cell.level < skill.required_level else ""
            own = self.tr("self")
            return mark + confirmed + (f" ({own} {cell.self_level})" if cell.self_level is not None else "")
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.level < skill.required_level:
            return QColor(current_theme().below_required_bg)
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None and cell.confirmed_by:
            return self.tr("Confirmed by %1").replace("%1", cell.confirmed_by)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.matrix is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._save(self.matrix.staff[index.row()][0], self.matrix.skills[index.column()].id, int(value))
