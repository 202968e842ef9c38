"""My record: the signed-in person's own levels (they rate themselves here) and the skills they used most
this month. The only part of Skills & reports that front-line staff see."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from deskapp.people import proficiency
from deskapp.ui.context import UiContext
from deskapp.ui.skills.levels import LevelDelegate, MyLevelsModel


class MyRecordTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.used = QLabel()
        self.used.setWordWrap(True)
        self.used.setAccessibleName(self.tr("Skills I used most this month"))
        self.model = MyLevelsModel(self._save, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MyLevelsModel.EDITABLE, LevelDelegate(self.table))
        self.table.setAccessibleName(self.tr("My skill levels"))
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Rate yourself in the “My rating” column (0 none, 1 aware, 2 with a guide, "
                              "3 independent, 4 can teach others): press F2 or type a number. A team leader "
                              "confirms it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.used)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        record = self.context.query(lambda session: proficiency.my_record(session, actor))
        if record is None:  # could not be read: the runner said why; keep what is shown
            return
        self.heading.setText(self.tr("<b>%1</b>: your skills").replace("%1", record.name))
        if record.used_this_month:
            used = ", ".join(f"{use.skill} ({use.uses})" for use in record.used_this_month)
            self.used.setText(self.tr("Skills you used most this month: %1").replace("%1", used))
        else:
            self.used.setText(self.tr("You have not logged any skills this month yet."))
        self.model.set_record(record)
        self.table.resizeColumnsToContents()

    def _save(self, skill_id: int, level: int) -> bool:
        actor = self.context.actor()
        outcome = self.context.run(lambda session: proficiency.self_assess(session, actor, skill_id, level),
                                   origin=self, title=self.tr("Rating not saved"))
        if outcome.ok:
            QTimer.singleShot(0, self, self.reload)  # not inside the view's commit of this very cell
        return outcome.ok
