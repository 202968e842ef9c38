"""The staff × skills matrix for team leaders: everyone's confirmed level with their own rating alongside;
editing a cell confirms that person's level."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from deskapp import proficiency
from deskapp.ui.context import UiContext
from deskapp.ui.skills.levels import LevelDelegate, MatrixModel


class MatrixTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = MatrixModel(self._save, self)
        self.model.error.connect(lambda text: context.dialogs.error(self.tr("Not saved"), text))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LevelDelegate(self.table))
        self.table.setAccessibleName(self.tr("Staff by skills matrix"))
        hint = QLabel(self.tr("Each cell shows the confirmed level and the person's own rating. Select a cell "
                              "and press F2 (or type 0–4) to confirm a level. Orange: below the required level."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        with self.context.db.read() as session:
            matrix = proficiency.matrix(session, self.context.actor())
        self.model.set_matrix(matrix)

    def _save(self, staff_id: int, skill_id: int, level: int) -> None:
        with self.context.db.write() as session:
            proficiency.confirm_level(session, self.context.actor(), staff_id, skill_id, level)
        self.context.bus.changed.emit("skills")
        QTimer.singleShot(0, self.reload)
