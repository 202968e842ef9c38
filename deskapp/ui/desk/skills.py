"""Skills used on an enquiry: the category's always-used skills pre-filled, its candidates added by their
key (ui/desk/candidates.py), more added by type-ahead, any removed by keyboard.

In the empty "add a skill" field, Backspace removes the last skill and ← goes into the skills (← / → pick one,
Delete or Backspace removes it, → past the last or Enter comes back to the field)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.reference import ReferenceLists
from deskapp.ui.desk.widgets import ENTER_KEYS, Choice, TypeAheadField
from deskapp.ui.keyboard import prefer_focus


class _ChosenList(QListWidget):
    remove_requested = Signal(object)
    leave_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.remove_requested.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        if key in ENTER_KEYS or (key == Qt.Key.Key_Right and self.currentRow() >= self.count() - 1):
            self.leave_requested.emit()  # (Enter here must not save the enquiry half-edited)
            return
        super().keyPressEvent(event)


class SkillsEditor(QWidget):
    changed = Signal()
    submitted = Signal()

    def __init__(self, ref: ReferenceLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self._ids: list[int] = []
        self._from_category: set[int] = set()
        self._candidates: set[int] = set()  # the category's one-key choices (ui/desk/candidates.py)
        self.chosen = _ChosenList()
        self.chosen.setFlow(QListView.Flow.LeftToRight)
        self.chosen.setWrapping(False)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setResizeMode(QListView.ResizeMode.Adjust)
        self.chosen.setSpacing(2)
        self.chosen.setFixedHeight(32)
        # Never widen the form for a long skill list: the row scrolls (tooltip lists them all).
        self.chosen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chosen.setMinimumWidth(60)  # one line of skills; the tooltip and Backspace cover the rest
        self.chosen.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it; Delete works after a click
        self.chosen.setAccessibleName(self.tr("Skills used"))
        self.chosen.setObjectName("skillChips")
        self.add = TypeAheadField(self._search, rows=4, clear_on_choose=True)
        self.add.edit.setPlaceholderText(self.tr("Add a skill: type a word, Enter · ← picks one to remove"))
        self.add.edit.setAccessibleName(self.tr("Add a skill"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        layout.addLayout(row)
        layout.addWidget(self.add)
        prefer_focus(self, self.add)
        self.add.chosen_changed.connect(self._added)
        self.add.submitted.connect(self.submitted)
        self.chosen.remove_requested.connect(self._remove_current)
        self.chosen.leave_requested.connect(self.add.edit.setFocus)
        self.chosen.itemDoubleClicked.connect(lambda item: self.remove(item.data(Qt.ItemDataRole.UserRole)))
        self.add.edit.installEventFilter(self)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keyboard paths for removing, from the empty "add" field: Backspace takes off the last skill;
        # ← goes into the skills to pick any one of them.
        if (watched is self.add.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and not self.add.edit.text() and self._ids):
            if event.key() == Qt.Key.Key_Backspace:
                self.remove(self._ids[-1])
                return True
            if event.key() == Qt.Key.Key_Left:
                self.chosen.setFocus()
                self.chosen.setCurrentRow(len(self._ids) - 1)
                return True
        return super().eventFilter(watched, event)

    def _remove_current(self, skill_id: int | None) -> None:
        row = self.chosen.currentRow()
        self.remove(skill_id)
        if self._ids:
            self.chosen.setCurrentRow(min(row, len(self._ids) - 1))  # stay on the neighbour: Delete again
        else:
            self.add.edit.setFocus()

    def _search(self, text: str) -> list[Choice]:
        return [Choice(s.id, s.label, s.group, s.description) for s in self.ref.search_skills(text)
                if s.id not in self._ids]

    def set_reference(self, ref: ReferenceLists) -> None:
        """The skills list changed (a skill retired or merged): drop what no longer exists from the chips."""
        self.ref = ref
        self.set_skills(self._ids, from_category=self._from_category)

    @property
    def skill_ids(self) -> tuple[int, ...]:
        return tuple(self._ids)

    def set_skills(self, ids: tuple[int, ...] | list[int], *, from_category: set[int] | None = None) -> None:
        self._ids = [i for i in dict.fromkeys(ids) if self.ref.get("skills", i) is not None]
        self._from_category = set(from_category or ())
        self._refresh()

    def set_category_defaults(self, defaults: tuple[int, ...], candidates: tuple[int, ...] = ()) -> None:
        """Replace the skills the previous category filled in (and any of its candidates picked); keep the ones
        the person added. `candidates` are the new category's one-key choices: none is added until picked."""
        manual = [i for i in self._ids if i not in self._from_category and i not in self._candidates]
        self._candidates = set(candidates)
        self.set_skills([*defaults, *manual], from_category=set(defaults))

    def toggle(self, skill_id: int) -> None:
        """A candidate's key: add it to the skills used, or take it off again."""
        if skill_id in self._ids:
            self.remove(skill_id)
        elif self.ref.get("skills", skill_id) is not None:
            self._ids.append(skill_id)
            self._refresh()

    def _added(self, skill_id: int | None) -> None:
        if skill_id is not None and skill_id not in self._ids:
            self._ids.append(skill_id)
            self._refresh()
        if skill_id is not None:
            self.add.edit.clear()

    def remove(self, skill_id: int | None) -> None:
        if skill_id is not None and skill_id in self._ids:
            self._ids.remove(skill_id)
            self._from_category.discard(skill_id)
            self._refresh()

    def _refresh(self) -> None:
        self.chosen.clear()
        for skill_id in self._ids:
            item = QListWidgetItem(f"{self.ref.label('skills', skill_id)}  ×")
            item.setData(Qt.ItemDataRole.UserRole, skill_id)
            item.setToolTip(self.tr("Double-click, or select and press Delete, to remove"))
            self.chosen.addItem(item)
        self.chosen.setToolTip("\n".join(self.ref.label("skills", i) for i in self._ids))
        if not self._ids:
            placeholder = QListWidgetItem(self.tr("No skills yet: choosing a category fills them in"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.chosen.addItem(placeholder)
        self.changed.emit()
