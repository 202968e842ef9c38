"""Development plans for team leaders: one person at a time, the few skills they work on next (target level,
date, mentor, how it is going from their own enquiries), suggestions from their use below the required
level with a mentor who has room, and a form to add an item. Every write goes through context.run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.people import plans, proficiency, skills
from deskapp.people.plans import PlanItemView
from deskapp.platform.changes import Change
from deskapp.reports import plan_progress
from deskapp.reports.plan_progress import Progress, Suggestion
from deskapp.ui.context import UiContext
from deskapp.ui.paged_model import PagedRowsModel
from deskapp.ui.picked_date import picked_date
from deskapp.ui.skills import words
from deskapp.ui.skills.fit import narrow
from deskapp.ui.skills.formats import date_edit_format, number, percent, short_date
from deskapp.ui.skills.levels import Index
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PlanRow:
    item: PlanItemView
    progress: Progress


def load_plan(session: Any, actor: Any, staff_id: int, today: date) -> list[PlanRow]:
    """A person's open plan with each item's progress (shared with My record)."""
    return [PlanRow(item, plan_progress.progress(session, actor, item.id, today=today))
            for item in plans.list_plans(session, actor, staff_id)]


class PlanModel(PagedRowsModel[PlanRow]):
    """One person's open plan items: a handful, held whole."""

    HEADERS = (QT_TRANSLATE_NOOP("PlanModel", "Skill"), QT_TRANSLATE_NOOP("PlanModel", "Target"),
               QT_TRANSLATE_NOOP("PlanModel", "Level now"), QT_TRANSLATE_NOOP("PlanModel", "Due"),
               QT_TRANSLATE_NOOP("PlanModel", "Mentor"), QT_TRANSLATE_NOOP("PlanModel", "From"),
               QT_TRANSLATE_NOOP("PlanModel", "Uses since"), QT_TRANSLATE_NOOP("PlanModel", "Passed on since"))
    TR_CONTEXT = "PlanModel"

    def __init__(self, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(None, 0, parent)
        self.today = today or date.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        item, since = row.item, row.progress.since
        due = short_date(item.due_on) + (self.tr(" (overdue)") if item.overdue(self.today) else "")
        return (item.skill, str(item.target_level), str(item.level), due, item.mentor or "",
                words.plan_source(item.source), number(since.n),
                f"{number(since.passed_on)} ({percent(since.rate)})")[index.column()]


class PlansTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Whose plan"))
        self.person.currentIndexChanged.connect(lambda _i: self.reload_plan())
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Plan items"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("How the selected item is going"))
        self.table.selectionModel().currentChanged.connect(lambda index, _old: self._show_detail(index))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(lambda: self.close_selected("done"))
        self.drop_button = QPushButton(self.tr("&Cancel item (dropped)"))
        self.drop_button.clicked.connect(lambda: self.close_selected("dropped"))

        self.suggested = QListWidget()
        self.suggested.setAccessibleName(self.tr("Suggested next skills"))
        # Each suggestion is a sentence or two: wrapped, never cut off at the list's edge.
        self.suggested.setWordWrap(True)
        self.suggested.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggested.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.suggested.setSpacing(2)
        self.add_suggested_button = QPushButton(self.tr("&Add the suggested skill"))
        self.add_suggested_button.clicked.connect(self.add_suggested)
        self._suggestions: list[Suggestion] = []

        self.skill, self.mentor = narrow(QComboBox(), 24), narrow(QComboBox(), 16)
        self.target = QSpinBox()
        self.target.setRange(1, 4)
        self.target.setValue(3)
        self.due = QDateEdit(QDate.currentDate().addDays(7 * plans.DEFAULT_WEEKS))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Skill:"), self.skill)
        form.addRow(self.tr("&Target level (1–4):"), self.target)
        form.addRow(self.tr("D&ue by:"), self.due)
        form.addRow(self.tr("M&entor:"), self.mentor)
        form.addRow(self.tr("N&ote:"), self.note)
        for widget, name in ((self.skill, self.tr("Skill to work on")), (self.target, self.tr("Target level")),
                             (self.due, self.tr("Due date")), (self.mentor, self.tr("Mentor")),
                             (self.note, self.tr("Note"))):
            widget.setAccessibleName(name)
        self.add_button = QPushButton(self.tr("Add to &plan"))
        self.add_button.clicked.connect(self.add)

        top = QFormLayout()
        top.addRow(self.tr("Plan &for:"), self.person)
        item_buttons = QHBoxLayout()
        for button in (self.done_button, self.drop_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        right = QVBoxLayout()
        suggested_heading = QLabel(self.tr("Suggested next (from their own use, level and referrals):"))
        suggested_heading.setWordWrap(True)
        right.addWidget(suggested_heading)
        right.addWidget(self.suggested, 1)
        right.addWidget(self.add_suggested_button)
        right.addLayout(form)
        right.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.detail)
        left.addLayout(item_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        context.bus.subscribe(self, {Change.PLANS, Change.STAFF, Change.SKILLS, Change.PROFICIENCY,
                                     Change.TRAINING, Change.ENQUIRIES}, lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        loaded = self.context.query(lambda session: (proficiency.matrix(session, actor).staff,
                                                     skills.list_skills(session)))
        if loaded is None:  # could not be read: the runner said why; keep what is shown
            return
        staff, skill_list = loaded
        chosen = (self.person.currentData(), self.skill.currentData(), self.mentor.currentData())
        for combo in (self.person, self.skill, self.mentor):
            combo.blockSignals(True)
            combo.clear()
        self.mentor.addItem(self.tr("(none)"), None)
        for staff_id, name in staff:
            self.person.addItem(name, staff_id)
            self.mentor.addItem(name, staff_id)
        for skill in skill_list:
            self.skill.addItem(f"{skill.label} ({skill.group})", skill.id)
        for combo, data in zip((self.person, self.skill, self.mentor), chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        self.reload_plan()

    def reload_plan(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            self.model.set_rows([])
            return
        actor, today = self.context.actor(), date.today()
        loaded = self.context.query(lambda session: (load_plan(session, actor, staff_id, today),
                                                     plan_progress.suggestions(session, actor, staff_id, today=today)))
        if loaded is None:
            return
        rows, self._suggestions = loaded
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_detail(self.table.currentIndex())
        self.suggested.clear()
        for suggestion in self._suggestions:
            mentor = (self.tr(" Mentor: %1.").replace("%1", suggestion.mentor) if suggestion.mentor else "")
            entry = QListWidgetItem(f"{suggestion.skill}: {suggestion.reason}{mentor}")
            self.suggested.addItem(entry)
        if not self._suggestions:
            self.suggested.addItem(self.tr("Nothing to suggest: they use no skill below its required level lately."))
        self.suggested.setCurrentRow(0)
        self.add_suggested_button.setEnabled(bool(self._suggestions))
        for button in (self.done_button, self.drop_button):
            button.setEnabled(bool(rows))

    def _show_detail(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            self.detail.setText(self.tr("No open items on this plan yet."))
            return
        text = plan_progress.describe(row.progress)
        if row.item.note:
            text += " " + self.tr("Note: %1").replace("%1", row.item.note)
        self.detail.setText(text)

    def _write(self, title: str, call: Any) -> bool:
        actor = self.context.actor()
        outcome = self.context.run(lambda session: call(session, actor), origin=self, title=title)
        if outcome.ok:
            self.reload_plan()
        return outcome.ok

    def add(self) -> None:
        staff_id, skill_id, mentor_id = self.person.currentData(), self.skill.currentData(), self.mentor.currentData()
        target, due_on, note = self.target.value(), picked_date(self.due), self.note.text()
        if self._write(self.tr("Plan item not added"), lambda s, a: plans.add_plan_item(
                s, a, staff_id=staff_id, skill_id=skill_id, target_level=target, due_on=due_on,
                mentor_id=mentor_id, note=note)):
            self.note.clear()  # kept when the item was refused, so nothing typed is lost

    def add_suggested(self) -> None:
        row = self.suggested.currentRow()
        if not 0 <= row < len(self._suggestions):
            return
        suggestion, staff_id = self._suggestions[row], self.person.currentData()
        due_on = date.today() + timedelta(weeks=plans.DEFAULT_WEEKS)
        target = max(1, suggestion.required_level)
        self._write(self.tr("Plan item not added"), lambda s, a: plans.add_plan_item(
            s, a, staff_id=staff_id, skill_id=suggestion.skill_id, target_level=target, due_on=due_on,
            mentor_id=suggestion.mentor_id, source="suggested", note=suggestion.reason))

    def close_selected(self, status: str) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            item_id = row.item.id
            self._write(self.tr("Plan item not closed"),
                        lambda s, a: plans.close_plan_item(s, a, item_id, status))
