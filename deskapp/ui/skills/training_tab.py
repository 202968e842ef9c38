"""Training records for team leaders: the list, and a form to record course, workshop, mentoring, peer
session, learned-from-a-colleague or checklist training (date, optional expiry, mentor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.people import proficiency, skills, training
from deskapp.platform.changes import Change
from deskapp.ui.context import UiContext
from deskapp.ui.picked_date import picked_date
from deskapp.ui.skills import words
from deskapp.ui.skills.fit import narrow
from deskapp.ui.skills.formats import date_edit_format, short_date
from deskapp.ui.skills.training_model import TrainingRecordsModel


def due_text(rows: list[training.DueTraining], *, own: bool = False) -> str:
    """One line per expired or soon-expiring training, in words (the table's "(expired)" is easy to miss)."""
    lines = []
    for row in rows:
        who = "" if own else row.staff + ": "
        if row.expired:
            line = QCoreApplication.translate("TrainingTab", "%1%2 expired on %3")
        else:
            line = QCoreApplication.translate("TrainingTab", "%1%2 expires on %3")
        lines.append(line.replace("%1", who).replace("%2", row.skill).replace("%3", short_date(row.holds_until)))
    return "\n".join(lines)


class TrainingTab(QWidget):
    due_changed = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.due = QLabel()
        self.due_count = 0
        self.due.setWordWrap(True)
        self.due.setAccessibleName(self.tr("Training that has expired or expires soon"))
        self.due.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = TrainingRecordsModel(self)
        self.records = QTableView()
        self.records.setModel(self.model)
        self.records.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.records.horizontalHeader().setStretchLastSection(True)
        self.records.verticalHeader().hide()
        self.records.setAccessibleName(self.tr("Training records"))

        self.person, self.skill, self.kind, self.mentor = (narrow(QComboBox(), 16), narrow(QComboBox(), 24),
                                                           QComboBox(), narrow(QComboBox(), 16))
        self.title = QLineEdit()
        self.trained_on = QDateEdit(QDate.currentDate())
        self.expires = QDateEdit(QDate.currentDate().addYears(1))
        self.has_expiry = QCheckBox(self.tr("E&xpires"))
        for edit in (self.trained_on, self.expires):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.expires.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        for key in training.KIND_LABELS:
            self.kind.addItem(words.kind_label(key), key)
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("S&kill:"), self.skill)
        form.addRow(self.tr("K&ind:"), self.kind)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Date:"), self.trained_on)
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.expires)
        form.addRow(self.tr("Expiry:"), expiry)
        form.addRow(self.tr("&Mentor:"), self.mentor)
        for widget, name in ((self.person, self.tr("Person")), (self.skill, self.tr("Skill")),
                             (self.kind, self.tr("Kind")), (self.title, self.tr("Title")),
                             (self.trained_on, self.tr("Date")), (self.expires, self.tr("Expiry date")),
                             (self.mentor, self.tr("Mentor"))):
            widget.setAccessibleName(name)
        self.add_button = QPushButton(self.tr("&Add training record"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Dele&te selected"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addWidget(self.records, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        context.bus.subscribe(self, {Change.TRAINING, Change.STAFF, Change.SKILLS}, lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()

        def load(session):  # one read for the lists and the records
            return (proficiency.matrix(session, actor).staff, skills.list_skills(session),
                    training.list_training(session, actor), training.training_due(session, actor))

        loaded = self.context.query(load)
        if loaded is None:  # could not be read: the runner said why; keep what is shown
            return
        staff, skill_list, records, due = loaded
        self._show_due(due)
        chosen = (self.person.currentData(), self.skill.currentData(), self.mentor.currentData())
        for combo in (self.person, self.mentor, self.skill):
            combo.clear()
        self.mentor.addItem(self.tr("(none)"), None)
        for staff_id, name in staff:
            self.person.addItem(name, staff_id)
            self.mentor.addItem(name, staff_id)
        for skill in skill_list:
            self.skill.addItem(f"{skill.label} ({skill.group})", skill.id)
        # A refresh (someone else's change) must not move the form off what the leader had picked.
        for combo, data in zip((self.person, self.skill, self.mentor), chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(data)))
        self.model.set_records(records)
        self.records.resizeColumnsToContents()  # skill names in full, not "Configure eduroam on …"

    def _show_due(self, due: list[training.DueTraining]) -> None:
        if due:
            heading = self.tr("Training to renew (expired, or expiring within %1 days):").replace(
                "%1", str(training.DUE_WITHIN_DAYS))
            self.due.setText(heading + "\n" + due_text(due))
        else:
            self.due.setText(self.tr("No training has expired or expires within %1 days.").replace(
                "%1", str(training.DUE_WITHIN_DAYS)))
        self.due_count = len(due)
        self.due_changed.emit(self.due_count)

    def add(self) -> None:
        actor = self.context.actor()
        staff_id, skill_id, kind = self.person.currentData(), self.skill.currentData(), self.kind.currentData()
        trained_on, title = picked_date(self.trained_on), self.title.text()
        expires_on = picked_date(self.expires) if self.has_expiry.isChecked() else None
        mentor_id = self.mentor.currentData()
        outcome = self.context.run(
            lambda session: training.add_training(
                session, actor, staff_id=staff_id, skill_id=skill_id, kind=kind, trained_on=trained_on,
                title=title, expires_on=expires_on, mentor_id=mentor_id),
            origin=self, title=self.tr("Training not recorded"))
        if not outcome.ok:
            return  # the form keeps what was typed
        self.title.clear()
        self.reload()

    def delete_selected(self) -> None:
        record = self.model.record_at(self.records.currentIndex().row())
        if record is None:
            return
        if not self.context.dialogs.confirm(self.tr("Delete training record"),
                                            self.tr("Delete this training record?")):
            return
        actor = self.context.actor()
        outcome = self.context.run(lambda session: training.delete_training(session, actor, record.id),
                                   origin=self, title=self.tr("Training record not deleted"))
        if outcome.ok:
            self.reload()
