"""Skills & reports ▸ Learning requests (team leaders): the open "I'd like to learn this" requests per skill and
person, the skill most asked for first, and the answer that the person then reads in My record.

Keys: ↑/↓ pick a row; Alt+A picks the answer, Alt+E the note; Enter in the note (or Alt+S) saves the answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.people.learning_requests import QueueRow, answer_requests, learning_queue
from deskapp.platform.changes import Change
from deskapp.ui.context import UiContext
from deskapp.ui.guides.models import ID_ROLE, SimpleTableModel
from deskapp.ui.skills.formats import medium_date
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

HEADERS = [QT_TRANSLATE_NOOP("LearningRequestsTab", "Skill"), QT_TRANSLATE_NOOP("LearningRequestsTab", "People asking"),
           QT_TRANSLATE_NOOP("LearningRequestsTab", "Person"), QT_TRANSLATE_NOOP("LearningRequestsTab", "Times asked"),
           QT_TRANSLATE_NOOP("LearningRequestsTab", "First asked"),
           QT_TRANSLATE_NOOP("LearningRequestsTab", "Last asked")]


class LearningRequestsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[QueueRow] = []
        intro = QLabel(self.tr("Staff ask to learn a skill with F10 after an enquiry they referred or escalated. "
                               "Answer each person's requests for a skill: they see the answer and your note in "
                               "My record."))
        intro.setWordWrap(True)
        self.model = SimpleTableModel([QCoreApplication.translate("LearningRequestsTab", h) for h in HEADERS], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open learning requests"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Every header readable (they are short); the skill's name takes the rest of the width.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_choice = QComboBox()
        for key, text in (("planned", self.tr("Planned")), ("done", self.tr("Done")),
                          ("declined", self.tr("Declined"))):
            self.status_choice.addItem(text, key)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("What happens next, e.g. “shadow Bob on Thursday”"))
        self.save_button = QPushButton(self.tr("&Save answer"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        answer_label = QLabel(self.tr("&Answer:"))
        answer_label.setBuddy(self.status_choice)
        note_label = QLabel(self.tr("Not&e:"))
        note_label.setBuddy(self.note)
        self.status_choice.setAccessibleName(self.tr("Answer"))
        self.note.setAccessibleName(self.tr("Note for the person"))
        row = QHBoxLayout()
        row.addWidget(answer_label)
        row.addWidget(self.status_choice)
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.save_button.clicked.connect(self.save_answer)
        self.note.returnPressed.connect(self.save_answer)
        context.bus.subscribe(self, {Change.TRAINING}, lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        rows = self.context.query(lambda session: learning_queue(session, self.context.actor()))
        if rows is None:
            return
        self.rows = rows
        self.model.set_rows([(i, [r.skill, str(r.skill_people), f"{r.person} ({r.initials})", str(r.asks),
                                  medium_date(r.first_asked.astimezone().date()),
                                  medium_date(r.last_asked.astimezone().date())]) for i, r in enumerate(rows)])
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        else:
            self.feedback.setText(self.tr("No open learning requests."))

    def _selected(self) -> QueueRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        position = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        return self.rows[position] if position is not None else None

    def save_answer(self) -> None:
        row = self._selected()
        if row is None:
            self.feedback.setText(self.tr("Pick a request first (↑/↓ in the table)."))
            return
        status, note = self.status_choice.currentData(), self.note.text()
        done = self.context.run(lambda session: answer_requests(session, self.context.actor(), row.staff_id,
                                                                row.skill_id, status, note),
                                origin=self, show=lambda failure: self.feedback.setText(failure.message))
        if done.value is None:
            return
        self.note.clear()
        self.reload()
        self.feedback.setText(self.tr("Answered %1's requests for “%2”: %3.")
                              .replace("%1", row.person).replace("%2", row.skill)
                              .replace("%3", self.status_choice.currentText().lower()))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
