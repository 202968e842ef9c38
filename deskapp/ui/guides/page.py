"""The Guides page: search as you type with highlighted snippets, the guide itself, and for team leaders
the review queue and the search words. Ctrl+F search, Ctrl+N new guide, Ctrl+R review queue (leaders)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.guides.guides import GuideDraft, create_guide, list_guides
from deskapp.guides.search import search_guides
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.context import UiContext
from deskapp.ui.guides.editor import GuideEditor, link_choices
from deskapp.ui.guides.folders import GuideFolders
from deskapp.ui.guides.missed_searches import MissedSearches
from deskapp.ui.guides.models import GuideListModel, GuideRow, HtmlDelegate
from deskapp.ui.guides.review import ReviewPanel
from deskapp.ui.guides.search_words import SearchWordsPanel
from deskapp.ui.guides.viewer import GuideViewer
from deskapp.ui.keyboard import prefer_focus

SEARCH_DELAY_MS = 150  # as you type, without a query per keystroke
RESULTS = 30
RESULTS_MIN_WIDTH = 420  # title + "why it matched" stay readable
READER_MIN_WIDTH = 360


class GuidesPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: GuideEditor | None = None  # the open "new guide" dialog, if any
        self.missed = MissedSearches(context, self)  # counts searches left without opening a result
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search guides: words, a typo is fine (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.model = GuideListModel(self._browse_page, self)
        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Guides found"))
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.results.setItemDelegateForColumn(1, HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.setColumnWidth(0, 200)  # titles wrap; the snippet gets the rest
        # Rows as tall as their wrapped title and snippet (also before any search), re-fitted when the width changes.
        self.fit_rows = QTimer(self)
        self.fit_rows.setSingleShot(True)
        self.fit_rows.setInterval(0)
        self.fit_rows.timeout.connect(self.results.resizeRowsToContents)
        self.model.modelReset.connect(self.fit_rows.start)
        self.model.rowsInserted.connect(self.fit_rows.start)
        self.results.horizontalHeader().sectionResized.connect(self.fit_rows.start)
        self.results.selectionModel().currentRowChanged.connect(lambda current, _: self._open(current.row()))
        self.results.activated.connect(lambda index: self._show_row(index.row()))
        self.viewer = GuideViewer(context)
        # An enquiry open on the desk: a guide opened here (Enter) or stepped through is linked to it.
        self.in_hand = QLabel()
        self.in_hand.setObjectName("inHandNotice")
        self.in_hand.setWordWrap(True)
        self.in_hand.setAccessibleName(self.tr("Enquiry open on the desk"))
        self.viewer.walk.step_changed.connect(lambda _step: self._walked())
        context.in_hand.changed.connect(self._show_in_hand)  # (the connection dies with this page)
        self.new_button = QPushButton(self.tr("&New guide… (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_guide())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self.timer.start())
        self.search.returnPressed.connect(self._open_selected)
        self.search.installEventFilter(self)  # ↑/↓ in the box move through the results
        left = QWidget()
        left_layout = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.new_button)
        self.folders = GuideFolders(context)  # a team leader's import / export of Markdown files
        left_layout.addWidget(self.folders)
        # The results keep a readable width whatever the open step shows; extra room goes mostly to the reader.
        left.setMinimumWidth(RESULTS_MIN_WIDTH)
        self.viewer.setMinimumWidth(READER_MIN_WIDTH)
        splitter = self.splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 700])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Guides"))
        self.review = ReviewPanel(context)
        self.review.open_guide.connect(self.show_guide)
        self.review.write_guide.connect(lambda query: self.new_guide(title=query))
        self.review_index = self.tabs.addTab(self.review, self.tr("&Review queue"))
        self.search_words = SearchWordsPanel(context)  # a team leader's search words (aliases)
        self.search_words_index = self.tabs.addTab(self.search_words, self.tr("Search &words"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_hand)
        layout.addWidget(self.tabs)
        self._show_in_hand()
        # Arriving on the page (Alt+3) puts the keyboard in the search box, or in the review queue.
        prefer_focus(self, self._first_in_tab)
        for keys, slot in (("Ctrl+F", self._focus_search), ("Ctrl+N", self.new_guide), ("Ctrl+R", self.show_review)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.bus.subscribe(self, {Change.GUIDES}, lambda _changes: self._on_guides_changed())
        context.bus.actor_changed.connect(lambda _actor: self._apply_role())
        self._apply_role()
        self.model.browse()

    def _browse_page(self, offset: int, limit: int) -> list[GuideRow]:
        # A page that cannot be read is an empty one here; the runner has said why in the status bar.
        return self.context.query(lambda session: [
            GuideRow(g.id, g.title, g.summary) for g in list_guides(session, offset=offset, limit=limit)]) or []

    def _apply_role(self) -> None:
        actor = self.context.current_actor()
        leader = actor is not None and actor.is_leader
        self.tabs.setTabVisible(self.review_index, leader)
        self.tabs.setTabVisible(self.search_words_index, leader)
        self.folders.setVisible(leader)
        if leader:
            self.review.refresh()
            self.search_words.refresh()

    def _on_guides_changed(self) -> None:
        self.run_search()
        if self.context.current_actor() is not None and self.context.actor().is_leader:
            self.review.refresh()

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.missed.searched(text)
        if not text:
            self.model.browse()
            return
        hits = self.context.query(lambda session: search_guides(session, text, RESULTS))
        if hits is None:
            return
        self.model.set_rows([GuideRow(h.guide_id, h.title, h.snippet) for h in hits])
        self.results.resizeRowsToContents()  # at once: ↓ right after typing moves over fitted rows

    def _open(self, row: int) -> None:
        guide_id = self.model.guide_id(row)
        if guide_id is not None:
            self.missed.opened()
        if guide_id is not None and (self.viewer.guide is None or self.viewer.guide.id != guide_id):
            self.viewer.show_guide(guide_id)

    def _show_row(self, row: int) -> None:
        guide_id = self.model.guide_id(row)
        if guide_id is not None:
            self.show_guide(guide_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.missed.left()  # another area, a lock or a sign-out: a search left unused was a miss
        super().hideEvent(event)

    def show_guide(self, guide_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.viewer.show_guide(guide_id)
        self.viewer.walk.setFocus()
        self._link_to_enquiry()

    def _walked(self) -> None:
        """A step taken in the reader (not just a result highlighted while browsing): the guide is in use."""
        if len(self.viewer.walk.path) > 1:
            self._link_to_enquiry()

    def _link_to_enquiry(self) -> None:
        guide = self.viewer.guide
        if guide is not None and self.context.in_hand.link_guide(guide.id, guide.title):
            self.in_hand.setText(self.tr("Linked to the enquiry open on the desk (%1): “%2” is saved with it.")
                                 .replace("%1", self.context.in_hand.description).replace("%2", guide.title))

    def _show_in_hand(self) -> None:
        in_hand = self.context.in_hand
        self.in_hand.setVisible(in_hand.is_open)
        if in_hand.is_open:
            self.in_hand.setText(self.tr("An enquiry is open on the desk (%1): a guide you open here (Enter) or "
                                         "step through is linked to it.").replace("%1", in_hand.description))

    def show_review(self) -> None:
        if self.tabs.isTabVisible(self.review_index):
            self.tabs.setCurrentIndex(self.review_index)
            self.review.queue_view.setFocus()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _first_in_tab(self) -> QWidget:
        """What showing the page focuses: the current tab's main control."""
        firsts = {self.review_index: self.review.queue_view, self.search_words_index: self.search_words.phrase}
        return firsts.get(self.tabs.currentIndex(), self.search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}.get(
                Qt.Key(event.key()))
            if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        """Move the highlighted result while the keyboard stays in the search box (the viewer follows)."""
        if self.timer.isActive():  # the typed words first, so ↓ moves through what they find
            self.timer.stop()
            self.run_search()
        count = self.model.rowCount()
        if not count:
            return
        current = self.results.currentIndex().row()
        row = 0 if current < 0 else max(0, min(count - 1, current + step))
        self.results.selectRow(row)
        self.results.scrollTo(self.model.index(row, 0))

    def _open_selected(self) -> None:
        """Enter in the search box opens the highlighted result, or the best one when none is highlighted."""
        if self.timer.isActive():
            self.timer.stop()
            self.run_search()
        if not self.model.rowCount():
            return
        row = max(0, self.results.currentIndex().row())
        self.results.selectRow(row)
        guide_id = self.model.guide_id(row)
        if guide_id is not None:
            self.show_guide(guide_id)

    def new_guide(self, title: str = "") -> None:
        """Leaders publish a new guide; staff write a draft for a leader to publish. `title`: a start (the
        words of a missed search, from the review queue)."""
        draft = GuideDraft(title) if title else None
        editor = self.editor = GuideEditor(self.tr("New guide"), draft, with_key=True,
                                           choices=link_choices(self.context), parent=self)
        editor.accepted.connect(lambda: self._create(editor))
        editor.open()  # window-modal, without a nested event loop

    def _create(self, editor: GuideEditor) -> None:
        actor, key, draft = self.context.actor(), editor.key.text().strip(), editor.draft()
        outcome = self.context.run(lambda session: create_guide(session, actor, key, draft),
                                   title=self.tr("New guide"), extra=ChangeSet.of(Change.GUIDES))
        if outcome.value is not None:
            self.show_guide(outcome.value)


def create_page(context: UiContext) -> QWidget:
    return GuidesPage(context)
