"""The Checklists page: templates on the left; start a run (Ctrl+Enter), tick items with Space, notes,
each template's history (Enter opens a past run), and a leader's template editor. Overdue items show in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.checklists.records import TemplateSummary
from deskapp.checklists.runs import due_today, run_history, start_run
from deskapp.checklists.templates import list_templates
from deskapp.people.staff import list_for_sign_in
from deskapp.platform.changes import Change
from deskapp.platform.desks import find_desk
from deskapp.ui.checklists.models import HistoryModel
from deskapp.ui.checklists.run_view import RunView
from deskapp.ui.checklists.template_editor import TemplateEditor
from deskapp.ui.context import UiContext
from deskapp.ui.guides.models import SimpleTableModel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

SCHEDULES = {"daily": QT_TRANSLATE_NOOP("ChecklistsPage", "daily"),
             "weekly": QT_TRANSLATE_NOOP("ChecklistsPage", "weekly"),
             "per-person": QT_TRANSLATE_NOOP("ChecklistsPage", "one per person"),
             "on-demand": QT_TRANSLATE_NOOP("ChecklistsPage", "when needed")}


class ChecklistsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.templates: list[TemplateSummary] = []
        self.template_model = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Checklist"),
                                                  QT_TRANSLATE_NOOP("guides", "When")], self)
        self.template_view = QTableView()
        self.template_view.setModel(self.template_model)
        self.template_view.setAccessibleName(self.tr("Checklists"))
        self.template_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.template_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.template_view.verticalHeader().hide()
        self.template_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "When" whole ("weekly Mon 10:00", "one per person"); long titles wrap instead of being cut.
        self.template_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.template_view.setWordWrap(True)
        self.template_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.template_view.selectionModel().currentRowChanged.connect(lambda *_: self._template_changed())
        self.template_view.activated.connect(lambda _index: self.start())
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("New starter"))
        self.person_label = QLabel(self.tr("&For:"))
        self.person_label.setBuddy(self.person)
        self.start_button = QPushButton(self.tr("&Start a run (Ctrl+Enter)"))
        self.start_button.clicked.connect(self.start)
        self.run_view = RunView(context)
        self.history = HistoryModel(self._history_page, self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        self.history_view.setAccessibleName(self.tr("Runs of this checklist"))
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().hide()
        self.history_view.activated.connect(lambda index: self.open_run(self.history.rows[index.row()].id))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.run_view, self.tr("&Run"))
        self.tabs.addTab(self.history_view, self.tr("&History"))
        self.editor = TemplateEditor(context)
        self.editor.saved.connect(self._saved)
        self.tabs.addTab(self.editor, self.tr("&Template"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.template_view, 1)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person, 1)
        left_layout.addLayout(person_row)
        left_layout.addWidget(self.start_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start)
        context.bus.subscribe(self, {Change.CHECKLISTS}, lambda _changes: self.history.reload())
        context.bus.subscribe(self, {Change.STAFF}, lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        current = self._template()
        keep = current.id if current else None
        loaded = self.context.query(lambda session: (list_templates(session), list_for_sign_in(session)))
        if loaded is None:
            return
        self.templates, people = loaded
        self.template_model.set_rows([
            (t.id, [t.title,
                    QCoreApplication.translate("ChecklistsPage", SCHEDULES[t.schedule])
                    + (f" {t.due_time}" if t.due_time else "")])
            for t in self.templates])
        self.person.clear()
        for person in people:
            self.person.addItem(person.name, person.id)
        if self.templates:
            keep = keep or self._due_now()
            self.template_view.selectRow(next((i for i, t in enumerate(self.templates) if t.id == keep), 0))
        self._template_changed()

    def _due_now(self) -> int | None:
        """The checklist to offer first (Ctrl+Enter starts it): an overdue one, else the next one due today that
        is not done, instead of whatever sorts first by title (Desk closing, in the morning)."""
        def due(session):
            desk_id = find_desk(session, self.context.desk_name) if self.context.desk_name else None
            return due_today(session, desk_id)

        waiting = sorted((d for d in self.context.query(due) or [] if not d.completed),
                         key=lambda d: not d.overdue)  # stable: by due time
        return waiting[0].template_id if waiting else None

    def _template(self) -> TemplateSummary | None:
        row = self.template_view.currentIndex().row()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _template_changed(self) -> None:
        template = self._template()
        editing = self.editor.template_id
        if (self.editor.dirty and template is not None and template.id != editing
                and not self.context.dialogs.confirm(self.tr("Checklist not saved"),
                                                     self.tr("Your changes to this checklist are not saved. "
                                                             "Show another checklist and lose them?"))):
            row = next(i for i, t in enumerate(self.templates) if t.id == editing)
            self.template_view.selectRow(row)  # back to the one being edited; it is still dirty, so no loop
            return
        per_person = template is not None and template.schedule == "per-person"
        self.person.setVisible(per_person)
        self.person_label.setVisible(per_person)
        self.history.reload()
        if template is None or template.id != editing:  # the same one again keeps any edits under way
            self.editor.show_template(template.id if template else None)

    def _saved(self, _template_id: int) -> None:
        self.refresh()  # the title or schedule in the list may have changed

    def _history_page(self, offset: int, limit: int):
        template = self._template()
        if template is None:
            return []
        return self.context.query(lambda session: run_history(session, template.id, offset=offset,
                                                              limit=limit)) or []

    def start(self) -> None:
        template = self._template()
        if template is None:
            return
        subject = self.person.currentData() if template.schedule == "per-person" else None
        def start(session):
            desk_id = find_desk(session, self.context.desk_name) if self.context.desk_name else None
            return start_run(session, self.context.actor(), template.id, desk_id=desk_id,
                             subject_staff_id=subject)

        outcome = self.context.run(start, origin=self, title=self.tr("Start a run"))
        if outcome.value is not None:
            self.open_run(outcome.value)

    def open_run(self, run_id: int) -> None:
        self.run_view.show_run(run_id)
        self.tabs.setCurrentIndex(0)
        self.run_view.items.setFocus()


def create_page(context: UiContext) -> QWidget:
    return ChecklistsPage(context)
