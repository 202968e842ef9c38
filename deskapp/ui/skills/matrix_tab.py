"""The staff × skills matrix for team leaders: everyone's confirmed level with their own rating alongside;
editing a cell confirms that person's level."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from deskapp.people import proficiency
from deskapp.platform.changes import Change
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
        # Narrow columns with the skill name wrapped in the header; the full name of the current cell's
        # skill is spelled out in `current` above the grid.
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current.setAccessibleName(self.tr("Current cell"))
        hint = QLabel(self.tr("Each cell shows the confirmed level and the person's own rating. Select a cell "
                              "and press F2 (or type 0–4) "
                              "to confirm a level. ▼ and an orange cell: below the required level."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.current)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentChanged.connect(self._show_current)
        self.model.modelReset.connect(lambda: self._show_current(self.table.currentIndex()))
        self.reload()

    def _show_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.current.setText(self.model.describe(index) if index.isValid()
                             else self.tr("Select a cell to see the person, the skill in full and the levels."))

    def reload(self) -> None:
        with self.context.db.read() as session:
            matrix = proficiency.matrix(session, self.context.actor())
        current = self.table.currentIndex()
        self.model.set_matrix(matrix)
        self.table.resizeColumnsToContents()  # a few dozen skills: each column as wide as its header's longest word
        if current.isValid():  # keep the cursor where it was after confirming a level
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _save(self, staff_id: int, skill_id: int, level: int) -> None:
        with self.context.db.write() as session:
            proficiency.confirm_level(session, self.context.actor(), staff_id, skill_id, level)
        self.context.bus.announce(Change.PROFICIENCY)
        QTimer.singleShot(0, self, self.reload)
