"""A checklist template as a team leader changes it: title, description, schedule, due time and the items
(text, required, who does it, linked skill), added, moved and removed by keys. Save writes a new version;
runs already started keep the copy they began with. Staff see the same form, read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.checklists.records import SCHEDULES, ItemSpec, TemplateDraft
from deskapp.checklists.templates import edit_template, fresh_item_key, get_template, used_item_keys
from deskapp.people.skills import list_skills
from deskapp.ui.checklists.item_list import TemplateItemsModel
from deskapp.ui.context import UiContext
from deskapp.ui.qt_present import present
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

SCHEDULE_NAMES = {"daily": QT_TRANSLATE_NOOP("TemplateEditor", "Daily"),
                  "weekly": QT_TRANSLATE_NOOP("TemplateEditor", "Weekly (Monday)"),
                  "per-person": QT_TRANSLATE_NOOP("TemplateEditor", "One per person"),
                  "on-demand": QT_TRANSLATE_NOOP("TemplateEditor", "When needed")}


class TemplateEditor(QWidget):
    saved = Signal(int)  # template id

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.template_id: int | None = None
        self.version = 0
        self.dirty = False  # changed since loaded or saved: the page asks before showing another template
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.description.setTabChangesFocus(True)
        self.schedule = QComboBox()
        for key in SCHEDULES:
            self.schedule.addItem(QCoreApplication.translate("TemplateEditor", SCHEDULE_NAMES[key]), key)
        self.due_time = QLineEdit()
        self.due_time.setPlaceholderText(self.tr("HH:MM, or blank for none"))
        self.model = TemplateItemsModel(self)
        self.items = QListView()
        self.items.setModel(self.model)
        self.items.setWordWrap(True)
        self.items.selectionModel().currentRowChanged.connect(lambda current, _old: self._load_item(current))
        self.item_text = QLineEdit()
        self.item_text.textEdited.connect(lambda text: self._set(text=text))
        self.required = QCheckBox(self.tr("Re&quired"))
        self.required.toggled.connect(lambda on: self._set(required=on))
        self.role = QComboBox()
        self.role.addItem(self.tr("Any staff"), "staff")
        self.role.addItem(self.tr("Team leader only"), "leader")
        self.role.activated.connect(lambda _i: self._set(role=self.role.currentData()))
        self.skill = QComboBox()
        self.skill.setEditable(True)  # type-ahead: typing part of a skill's name narrows the list
        self.skill.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        present(self.skill.completer()).setFilterMode(Qt.MatchFlag.MatchContains)
        present(self.skill.completer()).setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.skill.currentIndexChanged.connect(lambda _i: self._set(skill_id=self.skill.currentData()))
        self.add_button = QPushButton(self.tr("&Add item (Ctrl+Shift+A)"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remo&ve (Ctrl+Del)"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.save_button = QPushButton(self.tr("Save checklist (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Checklist editor status"))
        self._label_inputs()
        self._layout()
        for keys, slot in (("Ctrl+Shift+A", self.add_item), ("Ctrl+Del", self.remove_item),
                           ("Alt+Up", lambda: self.move_item(-1)), ("Alt+Down", lambda: self.move_item(1)),
                           ("Ctrl+S", self.save)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.bus.actor_changed.connect(lambda _actor: self.show_template(self.template_id))
        self.title.textEdited.connect(self._touched)
        self.description.textChanged.connect(self._touched)
        self.schedule.activated.connect(self._touched)
        self.due_time.textEdited.connect(self._touched)
        self.show_template(None)

    def _label_inputs(self) -> None:
        names = ((self.title, self.tr("Checklist title")), (self.description, self.tr("Checklist description")),
                 (self.schedule, self.tr("When the checklist is run")), (self.due_time, self.tr("Due time")),
                 (self.items, self.tr("Items of the checklist")), (self.item_text, self.tr("Item text")),
                 (self.required, self.tr("Item is required")), (self.role, self.tr("Who ticks the item")),
                 (self.skill, self.tr("Skill the item trains")))
        for widget, name in names:
            widget.setAccessibleName(name)

    def _layout(self) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("T&itle:"), self.title), (self.tr("Descri&ption:"), self.description),
                             (self.tr("Sched&ule:"), self.schedule), (self.tr("Due ti&me:"), self.due_time)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        items_label = QLabel(self.tr("It&ems:"))
        items_label.setBuddy(self.items)
        item_form = QFormLayout()
        for text, widget in ((self.tr("Item te&xt:"), self.item_text), (self.tr("&Who ticks it:"), self.role),
                             (self.tr("Lin&ked skill:"), self.skill)):
            label = QLabel(text)
            label.setBuddy(widget)
            item_form.addRow(label, widget)
        item_form.addRow("", self.required)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(items_label)
        layout.addWidget(self.items, 1)
        layout.addLayout(item_form)
        layout.addLayout(buttons)
        layout.addLayout(save_row)

    # ---- loading ----------------------------------------------------------------------------------------

    def show_template(self, template_id: int | None) -> None:
        self.template_id = template_id
        self.status.clear()
        skills: list[tuple[int, str]] = []
        items: tuple[ItemSpec, ...] = ()
        if template_id is not None:
            loaded = self.context.query(lambda session: (get_template(session, template_id),
                                                         [(s.id, s.label) for s in list_skills(session)]))
            if loaded is None:
                return
            detail, skills = loaded
            summary, items = detail.summary, detail.items
            self.version = summary.version
            self.title.setText(summary.title)
            self.description.setPlainText(summary.description)
            self.schedule.setCurrentIndex(max(self.schedule.findData(summary.schedule), 0))
            self.due_time.setText(summary.due_time or "")
        self.skill.blockSignals(True)
        self.skill.clear()
        self.skill.addItem(self.tr("(no skill)"), None)
        for skill_id, label in skills:
            self.skill.addItem(label, skill_id)
        self.skill.blockSignals(False)
        self.model.set_items(items, dict(skills))
        self.items.setCurrentIndex(self.model.index(0, 0))
        self._load_item(self.items.currentIndex())
        self._apply_role()
        self.dirty = False

    def _apply_role(self) -> None:
        actor = self.context.current_actor()
        can_edit = self.template_id is not None and actor is not None and actor.is_leader
        for widget in (self.title, self.description, self.schedule, self.due_time, self.item_text, self.required,
                       self.role, self.skill, self.add_button, self.remove_button, self.up_button,
                       self.down_button, self.save_button):
            widget.setEnabled(can_edit)
        if self.template_id is not None and not can_edit:
            self.status.setText(self.tr("Only a team leader can change a checklist; this is how it stands."))

    def _load_item(self, index: QModelIndex) -> None:
        row = index.row()
        item = self.model.items[row] if 0 <= row < len(self.model.items) else None
        for widget in (self.item_text, self.required, self.role, self.skill):
            widget.blockSignals(True)
        self.item_text.setText(item.text if item else "")
        self.required.setChecked(item.required if item else True)
        self.role.setCurrentIndex(max(self.role.findData(item.role if item else "staff"), 0))
        self.skill.setCurrentIndex(max(self.skill.findData(item.skill_id) if item and item.skill_id else 0, 0))
        for widget in (self.item_text, self.required, self.role, self.skill):
            widget.blockSignals(False)

    # ---- editing ----------------------------------------------------------------------------------------

    def _row(self) -> int:
        return self.items.currentIndex().row()

    def _touched(self, *_args) -> None:
        self.dirty = True

    def _set(self, **changes) -> None:
        self.model.update(self._row(), **changes)
        self.dirty = True

    def add_item(self) -> None:
        if not self.add_button.isEnabled():
            return
        row = self._row() + 1 if self._row() >= 0 else len(self.model.items)
        self.model.insert(row, ItemSpec(key="", text=""))  # the key is made from the text on Save
        self.dirty = True
        self.items.setCurrentIndex(self.model.index(row, 0))
        self.item_text.setFocus()

    def remove_item(self) -> None:
        row = self._row()
        if not self.remove_button.isEnabled() or row < 0:
            return
        self.model.remove(row)
        self.dirty = True
        self.items.setCurrentIndex(self.model.index(min(row, len(self.model.items) - 1), 0))
        self._load_item(self.items.currentIndex())

    def move_item(self, step: int) -> None:
        row = self._row()
        if self.up_button.isEnabled() and self.model.move(row, step):
            self.dirty = True
            self.items.setCurrentIndex(self.model.index(row + step, 0))

    def draft(self) -> TemplateDraft:
        due = self.due_time.text().strip() or None
        return TemplateDraft(self.title.text(), self.description.toPlainText(), self.schedule.currentData(), due,
                             tuple(self.model.items))

    def save(self) -> None:
        if self.template_id is None or not self.save_button.isEnabled():
            return
        template_id = self.template_id

        def save(session) -> int:
            taken = used_item_keys(session, template_id) | {i.key for i in self.model.items if i.key}
            items = []
            for item in self.model.items:
                if not item.key:
                    item = ItemSpec(fresh_item_key(item.text, taken), item.text, item.required, item.role,
                                    item.skill_id)
                    taken.add(item.key)
                items.append(item)
            draft = self.draft()
            return edit_template(session, self.context.actor(), template_id,
                                 TemplateDraft(draft.title, draft.description, draft.schedule,
                                               draft.due_time, tuple(items)))

        outcome = self.context.run(save, origin=self, show=lambda failure: self.status.setText(failure.message))
        if outcome.value is None:
            return
        version = outcome.value
        message = (self.tr("Saved as version {v}. Runs already started keep the items they began with.")
                   if version != self.version else self.tr("Nothing changed; still version {v}."))
        self.saved.emit(template_id)  # the page reloads its list (titles, schedules)
        self.show_template(template_id)  # new items now have their keys
        self.status.setText(message.format(v=version))
