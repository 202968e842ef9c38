"""One guide: read it whole or step by step, give feedback, see its versions, propose or make an edit."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.guides.format import parse_steps
from deskapp.guides.guides import GuideDetail, GuideDraft, add_feedback, edit_guide, get_guide, propose_edit, versions
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.context import UiContext
from deskapp.ui.desk.labels import day_time_text
from deskapp.ui.guides.editor import GuideEditor, link_choices
from deskapp.ui.guides.models import SimpleTableModel
from deskapp.ui.guides.walkthrough import WalkThrough
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

ANSWER = re.compile(r"^- (.*\S)\s*(?:→|->)\s*(\d+)\s*$", re.MULTILINE)
# Version states as the history table names them (the domain's keys are English words).
STATUSES = {"draft": QT_TRANSLATE_NOOP("GuideViewer", "draft"),
            "proposed": QT_TRANSLATE_NOOP("GuideViewer", "proposed"),
            "published": QT_TRANSLATE_NOOP("GuideViewer", "published"),
            "rejected": QT_TRANSLATE_NOOP("GuideViewer", "rejected"),
            "superseded": QT_TRANSLATE_NOOP("GuideViewer", "superseded"),
            "archived": QT_TRANSLATE_NOOP("GuideViewer", "archived")}


def status_text(status: str) -> str:
    return QCoreApplication.translate("GuideViewer", STATUSES.get(status, status))


QUESTION = re.compile(r"^\? (.*)$", re.MULTILINE)


def readable_markdown(body: str) -> str:
    """The body for reading top to bottom: questions in bold, answers saying which step they go to."""
    text = QUESTION.sub(r"**\1**", body)
    def answer(match: re.Match[str]) -> str:
        return "- " + QCoreApplication.translate("GuideViewer", "%1: go to step %2").replace(
            "%1", match.group(1)).replace("%2", match.group(2))
    return ANSWER.sub(answer, text)


class GuideViewer(QWidget):
    changed = Signal(int)  # a guide was edited or got feedback

    def __init__(self, context: UiContext, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.guide: GuideDetail | None = None
        self.editor: GuideEditor | None = None  # the open edit dialog, if any
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Guide text"))
        self.walk = WalkThrough()
        self.history = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Version"),
                                         QT_TRANSLATE_NOOP("guides", "Status"),
                                         QT_TRANSLATE_NOOP("guides", "Author"),
                                         QT_TRANSLATE_NOOP("guides", "When"),
                                         QT_TRANSLATE_NOOP("guides", "Title"),
                                         QT_TRANSLATE_NOOP("guides", "Review comment")], self)
        history_view = QTableView()
        history_view.setModel(self.history)
        history_view.setAccessibleName(self.tr("Version history"))
        history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        if compact:  # beside the desk form, whose fields own Alt+S and Alt+R (Alt+T and Alt+L in Danish)
            self.tabs.addTab(self.walk, self.tr("Step by step"))
            self.tabs.addTab(self.reader, self.tr("Read all"))
        else:
            self.tabs.addTab(self.walk, self.tr("&Step by step"))
            self.tabs.addTab(self.reader, self.tr("&Read all"))
            self.tabs.addTab(history_view, self.tr("&History"))
        self.helpful = QPushButton(self.tr("Helpful (Ctrl+H)"))
        self.outdated = QPushButton(self.tr("Outdated… (Ctrl+O)"))
        self.edit = QPushButton(self.tr("Edit… (Ctrl+E)"))
        self.helpful.clicked.connect(lambda: self.give_feedback("helpful"))
        self.outdated.clicked.connect(lambda: self.give_feedback("outdated"))
        self.edit.clicked.connect(self.edit_guide)
        for keys, slot in (("Ctrl+H", lambda: self.give_feedback("helpful")),
                           ("Ctrl+O", lambda: self.give_feedback("outdated")), ("Ctrl+E", self.edit_guide)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.helpful)
        buttons.addWidget(self.outdated)
        buttons.addStretch(1)
        if not compact:
            buttons.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.show_guide(None)

    def show_guide(self, guide_id: int | None) -> None:
        if guide_id is None:
            self.guide = None
            self.title.setText(self.tr("Pick a guide to read it here."))
            self.summary.clear()
            self.reader.clear()
            self.walk.set_steps(None)
            self.history.set_rows([])
        else:
            read = self.context.query(lambda session: (get_guide(session, guide_id), versions(session, guide_id)))
            if read is None:  # the runner has said why; the reader keeps what it showed
                return
            self.guide, history = read
            self.title.setText(self.guide.title)
            self.summary.setText(self.guide.summary)
            self.reader.setMarkdown(readable_markdown(self.guide.body))
            self.walk.set_steps(parse_steps(self.guide.body))
            self.history.set_rows([(v.number, [str(v.number), status_text(v.status), v.author,
                                               day_time_text(v.created_at), v.title,
                                               v.review_comment]) for v in history])
        for button in (self.helpful, self.outdated, self.edit):
            button.setEnabled(self.guide is not None)
        self.status.clear()

    def give_feedback(self, kind: str) -> None:
        if self.guide is None:
            return
        comment = ""
        if kind == "outdated":
            answer = self._ask_what_is_outdated()
            if answer is None:
                self.status.setText(self.tr("Not flagged: nothing was recorded."))
                return
            comment = answer
        actor, guide_id = self.context.actor(), self.guide.id
        outcome = self.context.run(lambda session: add_feedback(session, actor, guide_id, kind, comment),
                                   origin=self, title=self.tr("Feedback not saved"), extra=ChangeSet.of(Change.GUIDES))
        if not outcome.ok:
            self.status.setText(self.tr("Not recorded: %1").replace("%1", outcome.failure.message
                                                                     if outcome.failure else ""))
            return
        self.status.setText(self.tr("Thank you: flagged as out of date; a team leader will look at it.")
                            if kind == "outdated" else self.tr("Thank you: marked as helpful."))
        self.changed.emit(guide_id)

    def _ask_what_is_outdated(self) -> str | None:
        """The reason, asked again while it is empty: a flag with no reason gives the team leader nothing to fix
        (the domain refuses it too). None when the person cancels."""
        label = self.tr("What is out of date? A team leader will look at it.")
        while True:
            answer = self.context.dialogs.ask_text(self.tr("Outdated guide"), label)
            if answer is None or answer.strip():
                return answer
            label = self.tr("Say what is out of date (a few words are enough), or Cancel to leave the guide as it "
                            "is.")
            self.status.setText(self.tr("Say what is out of date, or Cancel."))

    def edit_guide(self) -> None:
        """Leaders publish their edit at once; everyone else proposes it for a leader to publish."""
        if self.guide is None:
            return
        actor = self.context.actor()
        title = self.tr("Edit guide") if actor.is_leader else self.tr("Propose an edit")
        g = self.guide
        choices = link_choices(self.context)
        draft = GuideDraft(g.title, g.summary, g.body, g.tags, g.category_ids, g.skill_ids)
        editor = self.editor = GuideEditor(title, draft, with_comment=True, choices=choices, parent=self)
        editor.accepted.connect(lambda: self._save_edit(editor, title))
        editor.open()  # window-modal, without a nested event loop

    def _save_edit(self, editor: GuideEditor, title: str) -> None:
        if self.guide is None:
            return
        actor, g = self.context.actor(), self.guide
        save = edit_guide if actor.is_leader else propose_edit
        draft, comment = editor.draft(), editor.comment.text()
        outcome = self.context.run(lambda session: save(session, actor, g.id, draft, comment), origin=self,
                                   title=title, extra=ChangeSet.of(Change.GUIDES))
        if not outcome.ok:
            return
        self.show_guide(g.id)
        self.status.setText(self.tr("Published.") if actor.is_leader else
                            self.tr("Proposed: a team leader will review it."))
        self.changed.emit(g.id)
