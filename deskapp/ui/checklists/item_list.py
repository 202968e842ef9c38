"""The items of a checklist template while a team leader edits them: a plain in-memory list that the editor
rewrites, moves and removes rows in; nothing reaches the database until Save."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from deskapp.checklists.records import ItemSpec
from deskapp.ui.checklists.models import Index


class TemplateItemsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ItemSpec] = []
        self.skill_names: dict[int, str] = {}

    def set_items(self, items: Sequence[ItemSpec], skill_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.skill_names = skill_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            marks = [f"{index.row() + 1}. {item.text}"]
            if not item.required:
                marks.append(QCoreApplication.translate("checklists", "(optional)"))
            if item.role == "leader":
                marks.append(QCoreApplication.translate("checklists", "[team leader]"))
            if item.skill_id is not None:
                name = self.skill_names.get(item.skill_id, "?")
                marks.append(QCoreApplication.translate("checklists", "skill: {name}").format(name=name))
            return "  ".join(marks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        return None

    def update(self, row: int, **changes: Any) -> None:
        if 0 <= row < len(self.items):
            self.items[row] = replace(self.items[row], **changes)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def insert(self, row: int, item: ItemSpec) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> bool:
        """Move one row up (-1) or down (+1); the numbers shown in front of every row follow."""
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return False
        self.items[row], self.items[target] = self.items[target], self.items[row]
        self.dataChanged.emit(self.index(min(row, target), 0), self.index(max(row, target), 0))
        return True
