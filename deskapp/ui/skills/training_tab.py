"""Training records for team leaders: the list, and a form to record course, workshop, mentoring, peer
session, learned-from-a-colleague or checklist training (date, optional expiry, mentor)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
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
from deskapp.ui.skills.training_model import TrainingRecordsModel


class TrainingTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = TrainingRecordsModel(self)
        self.records = QTableView()
        self.records.setModel(self.model)
        self.records.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.records.horizontalHeader().setStretchLastSection(True)
        self.records.verticalHeader().hide()
        self.records.setAccessibleName(self.tr("Training records"))

        self.person, self.skill, self.kind, self.mentor = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.title = QLineEdit()
        self.trained_on = QDateEdit(QDate.currentDate())
        self.expires = QDateEdit(QDate.currentDate().addYears(1))
        self.has_expiry = QCheckBox(self.tr("E&xpires"))
        for edit in (self.trained_on, self.expires):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.expires.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        for key, label in training.KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
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
        for widget, name in ((self.person, "Person"), (self.skill, "Skill"), (self.kind, "Kind"),
                             (self.title, "Title"), (self.trained_on, "Date"), (self.expires, "Expiry date"),
                             (self.mentor, "Mentor")):
            widget.setAccessibleName(self.tr(name))
        self.add_button = QPushButton(self.tr("&Add training record"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("De&lete selected"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.records, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        with self.context.db.read() as session:
            staff = proficiency.matrix(session, actor).staff
            skill_list = skills.list_skills(session)
            records = training.list_training(session, actor)
        for combo in (self.person, self.mentor):
            combo.clear()
        self.mentor.addItem(self.tr("(none)"), None)
        for staff_id, name in staff:
            self.person.addItem(name, staff_id)
            self.mentor.addItem(name, staff_id)
        self.skill.clear()
        for skill in skill_list:
            self.skill.addItem(f"{skill.label} ({skill.group})", skill.id)
        self.model.set_records(records)

    def add(self) -> None:
        try:
            with self.context.db.write() as session:
                training.add_training(
                    session, self.context.actor(), staff_id=self.person.currentData(),
                    skill_id=self.skill.currentData(), kind=self.kind.currentData(),
                    trained_on=picked_date(self.trained_on), title=self.title.text(),
                    expires_on=picked_date(self.expires) if self.has_expiry.isChecked() else None,
                    mentor_id=self.mentor.currentData())
        except (ValueError, PermissionError) as error:
            self.context.dialogs.error(self.tr("Training not recorded"), str(error))
            return
        self.title.clear()
        self.context.bus.announce(Change.TRAINING)
        self.reload()

    def delete_selected(self) -> None:
        record = self.model.record_at(self.records.currentIndex().row())
        if record is None:
            return
        if not self.context.dialogs.confirm(self.tr("Delete training record"),
                                            self.tr("Delete this training record?")):
            return
        with self.context.db.write() as session:
            training.delete_training(session, self.context.actor(), record.id)
        self.context.bus.announce(Change.TRAINING)
        self.reload()
