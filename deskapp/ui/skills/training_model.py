"""Training records as a paged table model."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from deskapp.people.training import TrainingView
from deskapp.ui.skills import words
from deskapp.ui.skills.formats import short_date
from deskapp.ui.skills.levels import Index, _Paged
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


class TrainingRecordsModel(_Paged):
    HEADERS = (QT_TRANSLATE_NOOP("TrainingRecordsModel", "Person"), QT_TRANSLATE_NOOP("TrainingRecordsModel", "Skill"),
               QT_TRANSLATE_NOOP("TrainingRecordsModel", "Kind"), QT_TRANSLATE_NOOP("TrainingRecordsModel", "Title"),
               QT_TRANSLATE_NOOP("TrainingRecordsModel", "Date"), QT_TRANSLATE_NOOP("TrainingRecordsModel", "Expires"),
               QT_TRANSLATE_NOOP("TrainingRecordsModel", "Mentor"))

    def __init__(self, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.records: list[TrainingView] = []
        self.today = today or date.today()

    def set_records(self, records: list[TrainingView]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._reset(len(self.records))
        self.endResetModel()

    def record_at(self, row: int) -> TrainingView | None:
        return self.records[row] if 0 <= row < self._shown else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("TrainingRecordsModel", self.HEADERS[section]) \
                if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        expires = ""
        if record.expires_on:
            expires = short_date(record.expires_on) + (self.tr(" (expired)") if record.expired(self.today) else "")
        return (record.staff, record.skill, words.kind_label(record.kind), record.title,
                short_date(record.trained_on), expires, record.mentor or "")[index.column()]
