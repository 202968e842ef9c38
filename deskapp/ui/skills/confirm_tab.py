"""The confirmation queue for team leaders: self-ratings waiting to be confirmed, longest-waiting first,
with how often the person used the skill lately. Enter confirms the person's own rating; 0–4 confirms a
different level. Either way the row leaves the queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget

from deskapp.people import confirmations, level_descriptions, proficiency
from deskapp.people.confirmations import PendingRating
from deskapp.platform.changes import Change
from deskapp.ui.context import UiContext
from deskapp.ui.paged_model import PagedRowsModel
from deskapp.ui.skills import words
from deskapp.ui.skills.formats import short_date
from deskapp.ui.skills.level_guide import LevelGuide
from deskapp.ui.skills.levels import Index
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

_LEVEL_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


class PendingModel(PagedRowsModel[PendingRating]):
    """The queue is short (people × skills rated and not confirmed), so it is held whole."""

    HEADERS = (QT_TRANSLATE_NOOP("PendingModel", "Person"), QT_TRANSLATE_NOOP("PendingModel", "Skill"),
               QT_TRANSLATE_NOOP("PendingModel", "Required"), QT_TRANSLATE_NOOP("PendingModel", "Their rating"),
               QT_TRANSLATE_NOOP("PendingModel", "Confirmed before"), QT_TRANSLATE_NOOP("PendingModel", "Rated on"),
               QT_TRANSLATE_NOOP("PendingModel", "Used (90 days)"), QT_TRANSLATE_NOOP("PendingModel", "Passed on"))
    TR_CONTEXT = "PendingModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(None, 0, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        before = "" if item.confirmed_level is None else str(item.confirmed_level)
        rated = short_date(item.self_assessed_at.date()) if item.self_assessed_at else ""
        return (item.staff, item.skill, str(item.required_level), str(item.self_level), before, rated,
                str(item.uses), str(item.passed_on))[index.column()]


class ConfirmTab(QWidget):
    count_changed = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PendingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Self-ratings waiting for confirmation"))
        self.table.installEventFilter(self)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(self.tr("Selected rating"))
        self.empty = QLabel(self.tr("No self-ratings are waiting for confirmation."))
        hint = QLabel(self.tr("Enter confirms the person's own rating; 0–4 confirms a different level. "
                              "“Used” and “Passed on” count their enquiries with the skill in the last 90 days."))
        hint.setWordWrap(True)
        self.level = QSpinBox()
        self.level.setRange(0, 4)
        self.level.setAccessibleName(self.tr("Level to confirm"))
        self.confirm_button = QPushButton(self.tr("Confirm &their rating"))
        self.confirm_button.clicked.connect(lambda: self.confirm_current(None))
        self.other_button = QPushButton(self.tr("Confirm &at this level"))
        self.other_button.clicked.connect(lambda: self.confirm_current(self.level.value()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.level)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.current)
        self.guide = LevelGuide()
        self.words: dict[int, dict[int, str]] = {}
        layout.addWidget(self.guide)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(lambda index, _old: self._show_current(index))
        context.bus.subscribe(self, {Change.PROFICIENCY, Change.STAFF, Change.SKILLS, Change.ENQUIRIES},
                              lambda _changes: self.reload())
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor()
        loaded = self.context.query(lambda session: (confirmations.pending_ratings(session, actor),
                                                     level_descriptions.all_descriptions(session)))
        if loaded is None:  # could not be read: the runner said why; keep what is shown
            return
        rows, self.words = loaded
        row = max(0, self.table.currentIndex().row())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        for widget in (self.confirm_button, self.other_button, self.level):
            widget.setEnabled(bool(rows))
        if rows:  # stay on the same line: the next rating moves up into it
            self.table.setCurrentIndex(self.model.index(min(row, len(rows) - 1), 0))
        self._show_current(self.table.currentIndex())
        self.count_changed.emit(len(rows))

    def _show_current(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is None:
            self.current.setText("")
            self.guide.clear_levels()
            return
        self.level.setValue(item.self_level)
        text = self.tr("%1 rates themselves %2 (%3) in “%4”; required %5.").replace("%1", item.staff).replace(
            "%2", str(item.self_level)).replace("%3", words.level_label(item.self_level)).replace(
            "%4", item.skill).replace(
            "%5", str(item.required_level))
        self.current.setText(text)
        self.guide.show_levels(item.skill, self.words.get(item.skill_id, level_descriptions.GENERAL),
                               required=item.required_level, chosen=item.self_level,
                               chosen_label=self.tr("their rating"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_current(None)
                return True
            level = _LEVEL_KEYS.get(Qt.Key(event.key()))
            if level is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.confirm_current(level)
                return True
        return super().eventFilter(watched, event)

    def confirm_current(self, level: int | None) -> bool:
        """Confirm the selected rating at `level` (None: the person's own rating)."""
        item = self.model.row_at(self.table.currentIndex().row())
        if item is None:
            return False
        chosen = item.self_level if level is None else level
        actor = self.context.actor()
        outcome = self.context.run(
            lambda session: proficiency.confirm_level(session, actor, item.staff_id, item.skill_id, chosen),
            origin=self, title=self.tr("Level not confirmed"))
        if outcome.ok:
            self.reload()
        return outcome.ok
