"""One checklist run: tick items with Space (who and when are recorded), a note per item, notes for the
run, overdue items in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from deskapp.checklists.records import RunDetail, RunItemInfo
from deskapp.checklists.runs import get_run, set_item_note, set_run_notes, tick_item
from deskapp.ui.checklists.models import RunItemsModel, local_text
from deskapp.ui.context import UiContext


class RunView(QWidget):
    changed = Signal(int)  # run id

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.run: RunDetail | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RunItemsModel(self._tick, self)
        self.items = QListView()
        self.items.setModel(self.model)
        self.items.setAccessibleName(self.tr("Checklist items: Space ticks"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for this run"))
        self.notes.setMaximumHeight(90)
        notes_label = QLabel(self.tr("N&otes for this run:"))
        notes_label.setBuddy(self.notes)
        self.save_notes = QPushButton(self.tr("Save &notes"))
        self.save_notes.clicked.connect(self._save_notes)
        self.item_note = QPushButton(self.tr("Item n&ote… (Ctrl+Shift+N)"))
        self.item_note.clicked.connect(self._item_note)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._item_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.item_note)
        buttons.addStretch(1)
        buttons.addWidget(self.save_notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.status)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.show_run(None)

    def show_run(self, run_id: int | None) -> None:
        if run_id is None:
            self.run = None
            self.heading.setText(self.tr("Start a run, or open one from the history."))
            self.model.set_items([])
            self.notes.clear()
        else:
            run = self.context.query(lambda session: get_run(session, run_id))
            if run is None:
                return
            self.run = run
            self._show()
            self.notes.setPlainText(self.run.notes)
        for widget in (self.items, self.notes, self.save_notes, self.item_note):
            widget.setEnabled(self.run is not None)
        self.status.clear()

    def _show(self) -> None:
        assert self.run is not None
        self._heading()
        row = max(self.items.currentIndex().row(), 0)
        self.model.set_items(self.run.items)
        self.items.setCurrentIndex(self.model.index(min(row, max(len(self.run.items) - 1, 0)), 0))

    def _heading(self) -> None:
        run = self.run
        assert run is not None
        parts = [self.tr("{title} (version {v}), started {when}").format(
            title=run.title, v=run.template_version, when=local_text(run.started_at))]
        if run.subject_name:
            parts.append(self.tr("for {name}").format(name=run.subject_name))
        if run.due_at:
            parts.append(self.tr("due {when}").format(when=local_text(run.due_at)))
        if run.completed_at:
            parts.append(self.tr("completed {when}").format(when=local_text(run.completed_at)))
        elif run.overdue:
            parts.append(self.tr("OVERDUE: required items are still open"))
        self.heading.setText(" · ".join(parts))

    def _tick(self, item_id: int, ticked: bool) -> Sequence[RunItemInfo]:
        assert self.run is not None
        run_id = self.run.id
        outcome = self.context.run(lambda session: tick_item(session, self.context.actor(), item_id, ticked),
                                   origin=self, show=lambda failure: self.status.setText(failure.message))
        if outcome.value is not None:
            self.status.setText(self.tr("Training record added for {name}.").format(name=self.run.subject_name)
                                if outcome.value.training_record_id else "")
        else:
            ticked = False  # refused or not saved: the cursor stays on the item
        run = self.context.query(lambda session: get_run(session, run_id))
        if run is None:
            return self.run.items
        self.run = run
        if ticked:
            # On to the next open item, so Space, Space, Space works down the list and a second Space does not
            # untick the item just done. After the model has finished its own setData.
            QTimer.singleShot(0, self, lambda: self._move_to_next_open(item_id))
        self._heading()
        self.changed.emit(self.run.id)
        return self.run.items

    def _move_to_next_open(self, item_id: int) -> None:
        if self.run is None:
            return
        ids = [item.id for item in self.run.items]
        if item_id not in ids:
            return
        start = ids.index(item_id)
        following = [row for row in range(start + 1, len(ids)) if self.run.items[row].ticked_at is None]
        if following:
            self.items.setCurrentIndex(self.model.index(following[0], 0))

    def _save_notes(self) -> None:
        if self.run is None:
            return
        run_id, notes = self.run.id, self.notes.toPlainText()
        saved = self.context.run(lambda session: set_run_notes(session, self.context.actor(), run_id, notes),
                                 origin=self, show=lambda failure: self.status.setText(failure.message))
        if saved.ok:
            self.status.setText(self.tr("Notes saved."))

    def _item_note(self) -> None:
        item_id = self.model.item_id(self.items.currentIndex().row())
        if self.run is None or item_id is None:
            return
        current = next(i.note for i in self.run.items if i.id == item_id)
        note = self.context.dialogs.ask_text(self.tr("Item note"), self.tr("Note for this item:"), current)
        if note is None:
            return
        saved = self.context.run(lambda session: set_item_note(session, self.context.actor(), item_id, note),
                                 origin=self, show=lambda failure: self.status.setText(failure.message))
        if saved.ok:
            self.show_run(self.run.id)
