"""My record: the signed-in person's own levels (they rate themselves here), the skills they used most this
month, their week (deskapp/people/reflection.py) with a one-line reflection only they and team leaders read
(Alt+F, Enter keeps it), their training records with any that have expired or expire soon, and the learning
they asked for, with the team leader's answers. The only part of Skills & reports that front-line staff see."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from deskapp.people import level_descriptions, proficiency, training
from deskapp.people.learning_requests import my_requests
from deskapp.people.reflection import MAX_REFLECTION, MyWeek, my_week, save_reflection
from deskapp.platform.changes import Change
from deskapp.reports.plan_progress import describe
from deskapp.ui.context import UiContext
from deskapp.ui.skills.formats import medium_date, number, short_date
from deskapp.ui.skills.level_guide import LevelGuide
from deskapp.ui.skills.levels import LevelDelegate, MyLevelsModel
from deskapp.ui.skills.plans_tab import PlanRow, load_plan
from deskapp.ui.skills.training_model import TrainingRecordsModel
from deskapp.ui.skills.training_tab import due_text

WEEK_SKILLS = 5


class MyRecordTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today  # None: the desk's today (tests fix a day)
        self.heading = QLabel()
        self.used = QLabel()
        self.used.setWordWrap(True)
        self.used.setAccessibleName(self.tr("Skills I used most this month"))
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setAccessibleName(self.tr("My training to renew"))
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(self.tr("My development plan"))
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
        self.training_model = TrainingRecordsModel(self)
        self.training = QTableView()
        self.training.setModel(self.training_model)
        self.training.setColumnHidden(0, True)  # every row is the reader's own
        self.training.verticalHeader().hide()
        self.training.horizontalHeader().setStretchLastSection(True)
        self.training.setAccessibleName(self.tr("My training records"))
        training_heading = QLabel(self.tr("My &training:"))
        training_heading.setBuddy(self.training)
        # "I'd like to learn this" (F10 on the desk): what was asked, and what the team leader answered.
        self.requests = QLabel()
        self.requests.setWordWrap(True)
        self.requests.setTextFormat(Qt.TextFormat.PlainText)
        self.requests.setAccessibleName(self.tr("My learning requests"))
        # The week, and a minute's reflection on it.
        self.week = QLabel()
        self.week.setWordWrap(True)
        self.week.setTextFormat(Qt.TextFormat.PlainText)
        self.week.setAccessibleName(self.tr("My week"))
        self.reflection = QLineEdit()
        self.reflection.setMaxLength(MAX_REFLECTION)
        self.reflection.setPlaceholderText(self.tr("Optional, e.g. “ask a colleague sooner with MFA resets”"))
        self.reflection.setAccessibleName(self.tr("My reflection on this week"))
        reflection_label = QLabel(self.tr("What I'd do di&fferently (only you and your team leaders read it; "
                                          "Enter keeps it):"))
        reflection_label.setBuddy(self.reflection)
        reflection_label.setWordWrap(True)
        self.reflection_saved = QLabel()
        self.reflection_saved.setWordWrap(True)
        self.reflection.returnPressed.connect(self.save_reflection)
        reflection_row = QHBoxLayout()
        reflection_row.addWidget(reflection_label, 1)
        reflection_row.addWidget(self.reflection, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.week)
        layout.addLayout(reflection_row)
        layout.addWidget(self.reflection_saved)
        layout.addWidget(self.used)
        layout.addWidget(self.due)
        layout.addWidget(self.plan)
        layout.addWidget(hint)
        layout.addWidget(self.table, 3)
        self.guide = LevelGuide()
        self.words: dict[int, dict[int, str]] = {}
        layout.addWidget(self.guide)
        self.table.selectionModel().currentChanged.connect(lambda index, _old: self._show_levels(index))
        layout.addWidget(self.requests)
        layout.addWidget(training_heading)
        layout.addWidget(self.training, 1)
        # A leader recording training or confirming a level elsewhere shows here without a restart.
        context.bus.subscribe(self, {Change.PROFICIENCY, Change.TRAINING, Change.SKILLS, Change.ENQUIRIES,
                                     Change.PLANS},
                              lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        staff_id = actor.staff_id
        if staff_id is None:  # the page builds this tab only for a signed-in person
            return
        loaded = self.context.query(lambda session: (
            proficiency.my_record(session, actor), training.list_training(session, actor),
            training.training_due(session, actor), level_descriptions.all_descriptions(session),
            load_plan(session, actor, staff_id, date.today()), my_requests(session, actor),
            my_week(session, actor, today=self.today)))
        if loaded is None:  # could not be read: the runner said why; keep what is shown
            return
        record, records, due, self.words, plan, asked, week = loaded
        self._show_plan(plan)
        self._show_week(week)
        current = self.table.currentIndex()
        self.heading.setText(self.tr("<b>%1</b>: your skills").replace("%1", record.name))
        if record.used_this_month:
            used = ", ".join(f"{use.skill} ({number(use.uses)})" for use in record.used_this_month)
            self.used.setText(self.tr("Skills you used most this month: %1").replace("%1", used))
        else:
            self.used.setText(self.tr("You have not logged any skills this month yet."))
        self.due.setVisible(bool(due))
        if due:
            self.due.setText(self.tr("Training to renew:") + "\n" + due_text(due, own=True))
        self.model.set_record(record)
        self.table.resizeColumnsToContents()
        if current.isValid():  # keep the cursor on the skill just rated
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._show_levels(self.table.currentIndex())
        self.training_model.set_records(records)
        self.training.resizeColumnsToContents()
        if asked:
            words = {"open": self.tr("waiting for a team leader"), "planned": self.tr("planned"),
                     "done": self.tr("done"), "declined": self.tr("declined")}
            lines = [self.tr("Learning I asked for:")]
            for request in asked[:10]:
                answer = words.get(request.status, request.status)
                note = f": {request.note}" if request.note else ""
                lines.append(f"• {request.skill} ({medium_date(request.requested_at.astimezone().date())}): "
                             f"{answer}{note}")
            self.requests.setText("\n".join(lines))
        else:
            self.requests.setText(self.tr("You have not asked to learn a skill yet (F10 on the desk, after an "
                                          "enquiry you referred or escalated)."))

    def _show_week(self, week: MyWeek) -> None:
        lines = [self.tr("Your week from %1:").replace("%1", medium_date(week.week_start))]
        if week.skills_used:
            # The most used few: a busy week's whole list would push the levels table off a laptop screen.
            shown = ", ".join(f"{skill} ({number(uses)})" for skill, uses in week.skills_used[:WEEK_SKILLS])
            if len(week.skills_used) > WEEK_SKILLS:
                shown = self.tr("%1 and %2 more").replace("%1", shown).replace(
                    "%2", number(len(week.skills_used) - WEEK_SKILLS))
            lines.append(self.tr("Skills used: %1").replace("%1", shown))
        else:
            lines.append(self.tr("No skills logged this week yet."))
        if week.new_skills:
            lines.append(self.tr("New to you: %1").replace("%1", ", ".join(week.new_skills)))
        if week.guides_helped:
            lines.append(self.tr("Guides that helped: %1").replace("%1", ", ".join(week.guides_helped)))
        if week.passed_on:
            lines.append(self.tr("Passed on: %1").replace("%1", ", ".join(
                (f"{p.outcome} → {p.to}" if p.to else p.outcome) + f" ({number(p.times)})" for p in week.passed_on)))
        if week.requests:
            lines.append(self.tr("You asked to learn: %1").replace("%1", ", ".join(week.requests)))
        self.week.setText("\n".join(lines))
        if not self.reflection.isModified():  # never overwrite a line being typed
            self.reflection.setText(week.reflection)

    def save_reflection(self) -> None:
        actor, text = self.context.actor(), self.reflection.text()
        saved = self.context.run(lambda session: save_reflection(session, actor, text, today=self.today),
                                 origin=self, show=lambda failure: self.reflection_saved.setText(
                                     self.tr("Not kept: %1").replace("%1", failure.message)))
        if not saved.ok:
            return  # the line stays as typed; Enter tries again
        self.reflection.setText(saved.value or "")
        self.reflection.setModified(False)
        self.reflection_saved.setText(self.tr("Kept for this week.") if saved.value else
                                      self.tr("No reflection for this week."))

    def _show_plan(self, plan: list[PlanRow]) -> None:
        if not plan:
            self.plan.setText(self.tr("Your development plan is empty; a team leader sets it with you."))
            return
        lines = [self.tr("Your development plan:")]
        for row in plan:
            item = row.item
            mentor = self.tr(", with %1").replace("%1", item.mentor) if item.mentor else ""
            lines.append(self.tr("%1: from level %2 to %3 by %4%5. %6").replace("%1", item.skill).replace(
                "%2", str(item.level)).replace("%3", str(item.target_level)).replace(
                "%4", short_date(item.due_on)).replace("%5", mentor).replace("%6", describe(row.progress)))
        self.plan.setText("\n".join(lines))

    def _show_levels(self, index) -> None:
        record = self.model.record
        if record is None or not index.isValid() or index.row() >= len(record.levels):
            self.guide.setText(self.tr("Select a skill to see what each level means for it."))
            return
        level = record.levels[index.row()]
        self.guide.show_levels(level.skill, self.words.get(level.skill_id, level_descriptions.GENERAL),
                               required=level.required_level, chosen=level.cell.self_level,
                               chosen_label=self.tr("your rating"))

    def _save(self, skill_id: int, level: int) -> bool:
        actor = self.context.actor()
        outcome = self.context.run(lambda session: proficiency.self_assess(session, actor, skill_id, level),
                                   origin=self, title=self.tr("Rating not saved"))
        if outcome.ok:
            QTimer.singleShot(0, self, self.reload)  # not inside the view's commit of this very cell
        return outcome.ok
