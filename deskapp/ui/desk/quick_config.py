"""Staff & settings → Quick buttons: a team leader chooses each desk's F1-F8 enquiries.

Empty keys are left empty; with no key set at all the desk offers its most frequent categories of the last
30 days. Saving is audited by the domain; staff are refused there too, whatever this screen shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.quick_buttons import (
    KEY_COUNT,
    QuickButtonSpec,
    configure_quick_buttons,
    configured_buttons,
    quick_buttons,
)
from deskapp.desk.reference import load_reference
from deskapp.platform.changes import Change, ChangeSet
from deskapp.platform.desks import desks_and_this_one
from deskapp.ui.context import UiContext
from deskapp.ui.desk.labels import domain_label
from deskapp.ui.qt_present import present


def create_tab(context: UiContext) -> QWidget:
    return QuickButtonsTab(context)


class QuickButtonsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ref = context.load(load_reference)
        desks, here = context.load(lambda session: desks_and_this_one(session, context.desk_name))
        intro = QLabel(self.tr("Choose the enquiries this desk logs with one key. Leave a key empty to skip it; "
                               "clear them all to offer the desk's most frequent categories of the last 30 days."))
        intro.setWordWrap(True)
        self.desk = QComboBox()
        for desk in desks:
            self.desk.addItem(desk.name, desk.id)
        if here is not None:
            self.desk.setCurrentIndex(max(0, self.desk.findData(here)))
        desk_label = QLabel(self.tr("&Desk"))
        desk_label.setBuddy(self.desk)
        self.desk.setAccessibleName(self.tr("Desk"))
        grid = QGridLayout()
        grid.addWidget(desk_label, 0, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.desk, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Category")), 1, 1)
        grid.addWidget(QLabel(self.tr("Label on the button (optional)")), 1, 2)
        grid.addWidget(QLabel(self.tr("Its own skill (optional)")), 1, 3)
        self.categories: list[QComboBox] = []
        self.labels: list[QLineEdit] = []
        self.skills: list[QComboBox] = []
        self._configured: dict[int, QuickButtonSpec] = {}
        skill_choices = [(f"{s.label}  ({s.group})", s.key) for s in self.ref.skills]
        choices = [(f"{c.label}  ({domain_label(c.domain)})", c.id)
                   for c in self.ref.pickable_categories]
        for position in range(1, KEY_COUNT + 1):
            combo = QComboBox()
            combo.addItem(self.tr("(empty)"), None)
            for text, value in choices:
                combo.addItem(text, value)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            present(combo.completer()).setFilterMode(Qt.MatchFlag.MatchContains)
            label_edit = QLineEdit()
            label_edit.setMaxLength(60)
            key_label = QLabel(f"F{position}")  # no mnemonic: Alt+1..Alt+6 open the app's areas
            key_label.setBuddy(combo)
            combo.setAccessibleName(self.tr("Category for F%1").replace("%1", str(position)))
            label_edit.setAccessibleName(self.tr("Button label for F%1").replace("%1", str(position)))
            grid.addWidget(key_label, position + 1, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, position + 1, 1)
            grid.addWidget(label_edit, position + 1, 2)
            # A key may carry a skill of its own ("Wi-Fi, Android"): the category's candidate skills are only
            # offered on the form, and a one-key enquiry has no form.
            skill = QComboBox()
            skill.addItem(self.tr("(only the category's)"), None)
            for text, key in skill_choices:
                skill.addItem(text, key)
            skill.setEditable(True)
            skill.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = skill.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            skill.setAccessibleName(self.tr("Own skill for F%1").replace("%1", str(position)))
            grid.addWidget(skill, position + 1, 3)
            self.categories.append(combo)
            self.labels.append(label_edit)
            self.skills.append(skill)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 2)
        self.save_button = QPushButton(self.tr("&Save quick buttons"))
        self.reset_button = QPushButton(self.tr("Use the &most frequent"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.desk.currentIndexChanged.connect(lambda _i: self.load())
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.use_most_frequent)
        self.load()
        allowed = context.actor().is_leader
        for widget in (self.save_button, self.reset_button):
            widget.setEnabled(allowed)
        if not allowed:
            self.status.setText(self.tr("Only a team leader can change the quick buttons."))

    def desk_id(self) -> int | None:
        return self.desk.currentData()

    def load(self) -> None:
        desk_id = self.desk_id()
        if desk_id is None:
            return
        read = self.context.query(lambda session: (
            {b.position: b for b in configured_buttons(session, desk_id)}, quick_buttons(session, desk_id),
            {s.id: s.key for s in load_reference(session).skills}))
        if read is None:  # the runner has said why (status bar or a dialog); keep what is on screen
            return
        configured, effective, current_keys = read
        # Not set up yet: start from what the desk offers now, so a leader changes only what should differ.
        self._configured = configured
        shown = configured or {b.position: b for b in effective}
        missing = []
        for position, (combo, label, skill) in enumerate(zip(self.categories, self.labels, self.skills, strict=True),
                                                         start=1):
            button = shown.get(position)
            combo.setCurrentIndex(max(0, combo.findData(button.category_id)) if button else 0)
            category_label = self.ref.label("categories", button.category_id) if button else ""
            label.setText(button.label if button and button.label != category_label else "")
            # As the key logs it now (a merged skill as the one it went into); retired since: say so instead
            # of quietly showing "none".
            if button and (button.preset or {}).get("skills") and not button.skill_ids:
                missing.append(f"F{position}")
            key = current_keys.get(button.skill_ids[0]) if button and button.skill_ids else None
            skill.setCurrentIndex(max(0, skill.findData(key)) if key else 0)
        if missing:
            self.status.setText(self.tr("The own skill of %1 was retired: those keys log only their category's "
                                        "skills until you choose another and save.").replace("%1", ", ".join(missing)))
        if not configured:
            names = ", ".join(f"F{b.position} {b.label}" for b in effective)
            self.status.setText(self.tr("Not set up yet: today this desk offers %1 (its most used "
                                        "categories before today; fixed until midnight). Save to fix them for "
                                        "good; change what you like first.").replace("%1", names))

    def specs(self) -> list[QuickButtonSpec]:
        result = []
        for position, (combo, label, skill) in enumerate(zip(self.categories, self.labels, self.skills, strict=True),
                                                         start=1):
            category_id = combo.currentData()
            if category_id is not None:
                # Presets this screen does not show (a patron type, say) stay while the key keeps its category.
                before = self._configured.get(position)
                preset = dict(before.preset or {}) if before and before.category_id == category_id else {}
                preset.pop("skills", None)
                if skill.currentData():
                    preset["skills"] = [skill.currentData()]
                result.append(QuickButtonSpec(position, category_id, label.text().strip(), preset or None))
        return result

    def save(self) -> None:
        self._store(self.specs(), self.tr("Saved. The desk shows these keys from now on."))

    def use_most_frequent(self) -> None:
        self._store([], self.tr("Cleared: the desk offers its most frequent categories again."))

    def _store(self, specs: list[QuickButtonSpec], done: str) -> None:
        desk_id = self.desk_id()
        if desk_id is None:
            return
        actor = self.context.actor()
        outcome = self.context.run(lambda session: configure_quick_buttons(session, actor, desk_id, specs),
                                   origin=self, show=lambda failure: self.status.setText(failure.message),
                                   extra=ChangeSet.of(Change.QUICK_KEYS))
        if not outcome.ok:
            return
        self.load()
        self.status.setText(done)

