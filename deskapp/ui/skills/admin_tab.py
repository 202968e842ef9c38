"""Skills administration for team leaders: skills in groups with their required level, new skills,
retire, restore and merge (history kept), and each category's skills on the enquiry form: always used
(pre-filled) or candidates (offered as one-key choices)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.people import level_descriptions, skills
from deskapp.platform.actor import Actor
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.context import UiContext
from deskapp.ui.skills import words
from deskapp.ui.skills.fit import button_rows, narrow

ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


class SkillsAdminTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._skills: list[skills.SkillView] = []
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Skill"), self.tr("Group"), self.tr("Required level"),
                                   self.tr("Status")])
        self.list.setAccessibleName(self.tr("Skills"))
        self.list.setColumnWidth(0, 380)
        self.list.currentItemChanged.connect(self._show_selected)
        # Retired and merged skills stay in the database (their history is in every report); a leader must
        # be able to see them and bring a retired one back without going to the command line.
        self.show_retired = QCheckBox(self.tr("Show retired and merged s&kills"))
        self.show_retired.toggled.connect(self.reload)

        self.label = QLineEdit()
        self.group = narrow(QComboBox(), 24)
        self.required = QSpinBox()
        self.required.setRange(0, 4)
        self.merge_target = narrow(QComboBox(), 24)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.label)
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("Re&quired level (0–4):"), self.required)
        form.addRow(self.tr("Merge &into:"), self.merge_target)
        for widget, name in ((self.label, self.tr("Skill name")), (self.group, self.tr("Skill group")),
                             (self.required, self.tr("Required level")),
                             (self.merge_target, self.tr("Skill to merge into"))):
            widget.setAccessibleName(name)
        row: list[QPushButton] = []
        for text, slot in ((self.tr("&Save changes"), self.save), (self.tr("Add as &new skill"), self.add),
                           (self.tr("Re&tire"), self.retire), (self.tr("Rest&ore"), self.restore),
                           (self.tr("&Merge"), self.merge)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.append(button)
        buttons = button_rows(row, 3)  # Danish's longer words need two rows at 125 %

        # What each level means for the selected skill: shown wherever a level of it is chosen.
        described = QGroupBox(self.tr("What each level means for the selected skill"))
        levels_form = QFormLayout(described)
        self.level_words: dict[int, QLineEdit] = {}
        for level in level_descriptions.LEVELS:
            edit = QLineEdit()
            edit.setMaxLength(level_descriptions.MAX_CHARS)
            edit.setPlaceholderText(words.general_words(level))  # empty: the general words apply
            edit.setAccessibleName(self.tr("Level %1 description").replace("%1", str(level)))
            label = QLabel(self.tr("Level &%1 (%2):").replace("%1", str(level)).replace(
                "%2", words.level_label(level)))
            label.setWordWrap(True)  # "Niveau 1 (Kender til det (har brug for hjælp))" on two lines if need be
            label.setBuddy(edit)
            levels_form.addRow(label, edit)
            self.level_words[level] = edit
        save_words = QPushButton(self.tr("Save level &descriptions"))
        save_words.clicked.connect(self.save_descriptions)
        levels_form.addRow(save_words)

        mapping = QGroupBox(self.tr("Skills of a category on the enquiry form"))
        self.category = narrow(QComboBox(), 24)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.currentIndexChanged.connect(self._show_mapping)
        # Three states per skill, Space steps through them: not used → offered as a one-key choice (usually
        # one of them applies: which device) → always used (pre-filled on every enquiry of the category).
        legend = QLabel(self.tr("Space or a click steps a skill through: not used → a choice (the form offers it "
                                "as one key; recorded only when picked) → always used (pre-filled)."))
        legend.setWordWrap(True)
        self.mapped = QListWidget()
        self.mapped.setAccessibleName(self.tr("Skills for this category"))
        self.mapped.itemChanged.connect(self._describe_mapping)
        save_mapping = QPushButton(self.tr("Save ma&pping"))
        save_mapping.clicked.connect(self.save_mapping)
        box = QVBoxLayout(mapping)
        box.addWidget(self.category)
        box.addWidget(legend)
        box.addWidget(self.mapped, 1)
        box.addWidget(save_mapping)

        left = QVBoxLayout()
        left.addWidget(self.show_retired)
        left.addWidget(self.list, 1)
        left.addLayout(form)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        # The level descriptions sit under the mapping: in the left column they made the page taller than a
        # 1366×768 screen at 125 %.
        right = QVBoxLayout()
        right.addWidget(mapping, 1)
        right.addWidget(described)
        layout.addLayout(right, 2)
        self.reload()

    def reload(self) -> None:
        include_retired = self.show_retired.isChecked()
        loaded = self.context.query(lambda session: (
            skills.list_skills(session, include_retired=include_retired), skills.list_groups(session),
            skills.list_categories(session)))
        if loaded is None:  # could not be read: the runner said why; keep what is shown
            return
        self._skills, groups, categories = loaded
        self.list.clear()
        self.merge_target.clear()
        self.group.clear()
        for group in groups:
            self.group.addItem(group.label, group.id)
        for skill in self._skills:
            item = QTreeWidgetItem([skill.label, skill.group, str(skill.required_level), self._status(skill)])
            item.setData(0, ID_ROLE, skill.id)
            self.list.addTopLevelItem(item)
            if self._current(skill):
                self.merge_target.addItem(skill.label, skill.id)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for category_id, label in categories:
            self.category.addItem(label, category_id)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)
        self._show_mapping()

    @staticmethod
    def _current(skill: skills.SkillView) -> bool:
        return not skill.retired and skill.merged_into is None

    def _status(self, skill: skills.SkillView) -> str:
        if skill.merged_into is not None:
            return self.tr("Merged into “%1”").replace("%1", skill.merged_into)
        return self.tr("Retired") if skill.retired else self.tr("Current")

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def _show_selected(self) -> None:
        skill = next((s for s in self._skills if s.id == self._selected_id()), None)
        if skill is None:
            return
        self.label.setText(skill.label)
        self.group.setCurrentIndex(self.group.findData(skill.group_id))
        self.required.setValue(skill.required_level)
        own = self.context.query(lambda session: level_descriptions.custom_descriptions(session, skill.id)) or {}
        for level, edit in self.level_words.items():
            edit.setText(own.get(level, ""))

    def _show_mapping(self) -> None:
        category_id = self.category.currentData()
        self.mapped.clear()
        if category_id is None:
            return
        mapping = self.context.query(lambda session: skills.category_mapping(session, category_id))
        # Unread, the empty list must not be saved as "no skills": it stays disabled until a read works.
        self.mapped.setEnabled(mapping is not None)
        if mapping is None:
            return
        always, candidates = (set(ids) for ids in mapping)
        self.mapped.blockSignals(True)
        for skill in filter(self._current, self._skills):
            item = QListWidgetItem()
            item.setData(ID_ROLE, skill.id)
            item.setData(LABEL_ROLE, f"{skill.label} ({skill.group})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate)
            item.setCheckState(Qt.CheckState.Checked if skill.id in always else
                               Qt.CheckState.PartiallyChecked if skill.id in candidates else Qt.CheckState.Unchecked)
            self._describe_mapping(item)
            self.mapped.addItem(item)
        self.mapped.blockSignals(False)

    def _describe_mapping(self, item: QListWidgetItem) -> None:
        """The state in words beside the box: a part-checked box alone does not say "a choice"."""
        state = item.checkState()
        suffix = (self.tr("always used") if state == Qt.CheckState.Checked else
                  self.tr("a choice") if state == Qt.CheckState.PartiallyChecked else "")
        text = str(item.data(LABEL_ROLE)) + (f"  · {suffix}" if suffix else "")
        if item.text() != text:
            blocked = self.mapped.blockSignals(True)
            item.setText(text)
            self.mapped.blockSignals(blocked)

    def _do(self, title: str, call: Callable[[Any, Actor], object]) -> bool:
        # Retiring and merging also change the category mappings without an audit event of their own.
        outcome = self.context.run(lambda session: call(session, self.context.actor()), origin=self, title=title,
                                   extra=ChangeSet.of(Change.SKILLS, Change.CATEGORIES))
        if outcome.ok:
            self.reload()
        return outcome.ok

    def save(self) -> None:
        skill_id = self._selected_id()
        if skill_id is not None:
            self._do(self.tr("Skill not saved"), lambda s, a: skills.update_skill(
                s, a, skill_id, label=self.label.text(), group_id=self.group.currentData(),
                required_level=self.required.value()))

    def add(self) -> None:
        self._do(self.tr("Skill not added"), lambda s, a: skills.create_skill(
            s, a, self.group.currentData(), self.label.text(), self.required.value()))

    def retire(self) -> None:
        skill_id = self._selected_id()
        if skill_id is not None and self.context.dialogs.confirm(
                self.tr("Retire skill"), self.tr("Retire this skill? Its history stays in the reports' past.")):
            self._do(self.tr("Skill not retired"), lambda s, a: skills.retire_skill(s, a, skill_id))

    def restore(self) -> None:
        skill_id = self._selected_id()
        if skill_id is not None:
            self._do(self.tr("Skill not restored"), lambda s, a: skills.restore_skill(s, a, skill_id))

    def merge(self) -> None:
        skill_id, target = self._selected_id(), self.merge_target.currentData()
        if skill_id is not None and target is not None and self.context.dialogs.confirm(
                self.tr("Merge skills"), self.tr("Merge the selected skill into “%1”? Its history will count "
                                                 "as that skill's.").replace("%1", self.merge_target.currentText())):
            self._do(self.tr("Skills not merged"), lambda s, a: skills.merge_skill(s, a, skill_id, target))

    def save_descriptions(self) -> None:
        skill_id = self._selected_id()
        if skill_id is None:
            return
        texts = {level: edit.text() for level, edit in self.level_words.items()}
        self._do(self.tr("Level descriptions not saved"),
                 lambda s, a: level_descriptions.set_descriptions(s, a, skill_id, texts))

    def save_mapping(self) -> None:
        if not self.mapped.isEnabled():
            return  # the category's skills could not be read: nothing to save over them
        category_id = self.category.currentData()
        items = [self.mapped.item(i) for i in range(self.mapped.count())]
        chosen = [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]
        offered = [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.PartiallyChecked]
        self._do(self.tr("Mapping not saved"),
                 lambda s, a: skills.set_category_skills(s, a, category_id, chosen, offered))
