"""For the desk screen: today's daily and this week's weekly checklists at this desk, compact. Enter opens
one (starting it if nobody has yet) in a small window to tick with Space."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from deskapp.checklists.runs import due_today, start_run
from deskapp.platform.changes import Change
from deskapp.platform.desks import find_desk
from deskapp.ui.checklists.models import DueModel
from deskapp.ui.checklists.run_view import RunView
from deskapp.ui.context import UiContext
from deskapp.ui.keyboard import tab_leaves_views

REFRESH_MS = 60_000  # overdue flags change with the clock
MAX_LIST_HEIGHT = 170  # about six wrapped lines; more scroll (overdue ones come first)


class RunDialog(QDialog):
    def __init__(self, context: UiContext, run_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist"))
        self.resize(640, 560)
        self.view = RunView(context)
        self.view.show_run(run_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        tab_leaves_views(self)  # Tab reaches Close from the item list
        self.view.items.setFocus()


class DueChecklists(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = DueModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Checklists due today: Enter opens"))
        # Lines wrap in the narrow column instead of hiding their end behind a sideways scrollbar.
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.viewport().installEventFilter(self)  # re-fit the height when the width changes
        self.list.activated.connect(lambda index: self.open_row(index.row()))
        heading = QLabel(self.tr("&Checklists due"))
        heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        self.dialog: RunDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.bus.subscribe(self, {Change.CHECKLISTS}, lambda _changes: self.refresh())
        self.refresh()

    def _desk_id(self, session) -> int | None:
        return find_desk(session, self.context.desk_name) if self.context.desk_name else None

    def refresh(self) -> None:
        rows = self.context.query(lambda session: due_today(session, self._desk_id(session)))
        if rows is None:
            return
        self.model.set_rows(rows)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            # After the view has laid the wrapped lines out again; tied to self, so it never fires after the
            # widget is gone.
            QTimer.singleShot(0, self, self._fit_height)
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """As tall as the lines need (so nothing due is hidden), up to MAX_LIST_HEIGHT."""
        self.list.doItemsLayout()
        count = self.model.rowCount()
        # The laid-out rows (wrapped to the current width), not the one-line size hints.
        rows = (self.list.visualRect(self.model.index(count - 1, 0)).bottom()
                - self.list.visualRect(self.model.index(0, 0)).top() + 1) if count else 0
        height = min(MAX_LIST_HEIGHT, max(rows, self.list.fontMetrics().height()) + 2 * self.list.frameWidth() + 2)
        if height != self.list.height() or self.list.minimumHeight() != height:
            self.list.setFixedHeight(height)

    def open_row(self, row: int) -> None:
        """Open the run behind a due line, starting it first if nobody has today."""
        if not 0 <= row < len(self.model.rows):
            return
        due = self.model.rows[row]
        run_id = due.run_id
        if run_id is None:
            started = self.context.run(
                lambda session: start_run(session, self.context.actor(), due.template_id,
                                          desk_id=self._desk_id(session)),
                title=self.tr("Checklist"))
            if started.value is None:
                return
            run_id = started.value
        self.dialog = RunDialog(self.context, run_id, self)
        self.dialog.finished.connect(lambda _code: self.refresh())
        self.dialog.open()
