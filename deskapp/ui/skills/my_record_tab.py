"""My record: the signed-in person's own levels (they rate themselves here), the skills they used most
this month and the learning they asked for, with the team leader's answers. The only part of Skills & reports
that front-line staff see."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from deskapp.people import proficiency
from deskapp.people.learning_requests import my_requests
from deskapp.platform.changes import Change
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
        self.model.error.connect(lambda text: context.dialogs.error(self.tr("Not saved"), text))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MyLevelsModel.EDITABLE, LevelDelegate(self.table))
        self.table.setAccessibleName(self.tr("My skill levels"))
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Rate yourself in the “My rating” column (0 none, 1 aware, 2 with a guide, "
                              "3 independent, 4 can teach others): press F2 or type a number. A team leader "
                              "confirms it."))
        hint.setWordWrap(True)
        # "I'd like to learn this" (F10 on the desk): what was asked, and what the team leader answered.
        self.requests = QLabel()
        self.requests.setWordWrap(True)
        self.requests.setTextFormat(Qt.TextFormat.PlainText)
        self.requests.setAccessibleName(self.tr("My learning requests"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.used)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.requests)
        context.bus.subscribe(self, {Change.TRAINING}, lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        with self.context.db.read() as session:
            record = proficiency.my_record(session, actor)
        self.heading.setText(self.tr("<b>%1</b>: your skills").replace("%1", record.name))
        if record.used_this_month:
            used = ", ".join(f"{use.skill} ({use.uses})" for use in record.used_this_month)
            self.used.setText(self.tr("Skills you used most this month: %1").replace("%1", used))
        else:
            self.used.setText(self.tr("You have not logged any skills this month yet."))
        self.model.set_record(record)
        self.table.resizeColumnsToContents()
        asked = self.context.query(lambda session: my_requests(session, actor)) or []
        if asked:
            words = {"open": self.tr("waiting for a team leader"), "planned": self.tr("planned"),
                     "done": self.tr("done"), "declined": self.tr("declined")}
            lines = [self.tr("Learning I asked for:")]
            for request in asked[:10]:
                answer = words.get(request.status, request.status)
                note = f": {request.note}" if request.note else ""
                lines.append(f"• {request.skill} ({request.requested_at.astimezone().strftime('%d %b %Y')}): "
                             f"{answer}{note}")
            self.requests.setText("\n".join(lines))
        else:
            self.requests.setText(self.tr("You have not asked to learn a skill yet (F10 on the desk, after an "
                                          "enquiry you referred or escalated)."))

    def _save(self, skill_id: int, level: int) -> None:
        with self.context.db.write() as session:
            proficiency.self_assess(session, self.context.actor(), skill_id, level)
        self.context.bus.announce(Change.PROFICIENCY)
        QTimer.singleShot(0, self, self.reload)  # not inside the view's commit of this very cell
