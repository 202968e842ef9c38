"""The team leader's review queue: outdated-flagged, unused, past review date, or with proposals waiting;
publish or reject a proposal, or mark the guide reviewed. Below it, this month's searches that found nothing
useful ("searched 23 times this month, no guide: 'printer credit refund'"): write a guide for one, or
dismiss it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from deskapp.guides.guides import feedback_for, mark_reviewed, publish_version, reject_version, review_queue, versions
from deskapp.guides.misses import dismiss_miss, frequent_misses, month_of
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.context import UiContext
from deskapp.ui.desk.labels import date_text, number_text
from deskapp.ui.guides.models import SimpleTableModel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

REASONS = {"outdated": QT_TRANSLATE_NOOP("ReviewPanel", "flagged outdated"),
           "proposed": QT_TRANSLATE_NOOP("ReviewPanel", "edit proposed"),
           "review-due": QT_TRANSLATE_NOOP("ReviewPanel", "review date passed"),
           "unused": QT_TRANSLATE_NOOP("ReviewPanel", "not used for months")}


class ReviewPanel(QWidget):
    open_guide = Signal(int)
    write_guide = Signal(str)  # the words of a missed search, as the new guide's title

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.queue = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Guide"),
                                       QT_TRANSLATE_NOOP("guides", "Why"),
                                       QT_TRANSLATE_NOOP("guides", "Review due")], self)
        self.queue_view = QTableView()
        self.queue_view.setModel(self.queue)
        self.queue_view.setAccessibleName(self.tr("Guides to review"))
        self.queue_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.queue_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.queue_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.queue_view.activated.connect(lambda index: self.open_guide.emit(self.queue.key(index.row())))
        self.proposals = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Version"),
                                           QT_TRANSLATE_NOOP("guides", "Author"),
                                           QT_TRANSLATE_NOOP("guides", "Title"),
                                           QT_TRANSLATE_NOOP("guides", "Comment")], self)
        self.proposals_view = QTableView()
        self.proposals_view.setModel(self.proposals)
        self.proposals_view.setAccessibleName(self.tr("Proposed edits"))
        self.proposals_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.misses = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Searched for, found nothing useful"),
                                        QT_TRANSLATE_NOOP("guides", "This month")], self)
        self.misses_view = QTableView()
        self.misses_view.setModel(self.misses)
        self.misses_view.setAccessibleName(self.tr("Searches that found nothing useful this month"))
        self.misses_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.misses_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.misses_view.activated.connect(lambda _index: self._write_guide())
        self.write = QPushButton(self.tr("Write a guide f&or it…"))
        self.dismiss = QPushButton(self.tr("D&ismiss search"))
        self.write.clicked.connect(self._write_guide)
        self.dismiss.clicked.connect(self._dismiss)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.publish = QPushButton(self.tr("&Publish proposal"))
        self.reject = QPushButton(self.tr("Re&ject proposal…"))
        self.reviewed = QPushButton(self.tr("&Mark reviewed"))
        self.publish.clicked.connect(self._publish)
        self.reject.clicked.connect(self._reject)
        self.reviewed.clicked.connect(self._mark_reviewed)
        buttons = QHBoxLayout()
        for button in (self.publish, self.reject, self.reviewed):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Guides to look at (Enter opens one):")))
        layout.addWidget(self.queue_view, 2)
        layout.addWidget(self.feedback)
        # Proposals and missed searches side by side: both fit a desk PC's screen without scrolling.
        proposals = QVBoxLayout()
        proposals.addWidget(QLabel(self.tr("Proposed edits of the selected guide:")))
        proposals.addWidget(self.proposals_view, 1)
        proposals.addLayout(buttons)
        self.misses_heading = QLabel()
        self.misses_heading.setWordWrap(True)
        self.misses_heading.setBuddy(self.misses_view)
        missed = QVBoxLayout()
        missed.addWidget(self.misses_heading)
        missed.addWidget(self.misses_view, 1)
        miss_buttons = QHBoxLayout()
        miss_buttons.addWidget(self.write)
        miss_buttons.addWidget(self.dismiss)
        miss_buttons.addStretch(1)
        missed.addLayout(miss_buttons)
        below = QHBoxLayout()
        below.addLayout(proposals, 1)
        below.addLayout(missed, 1)
        layout.addLayout(below, 1)

    def refresh(self) -> None:
        items = self.context.query(review_queue)
        if items is None:  # the runner has said why; keep what is on screen
            return
        self.queue.set_rows([(i.guide_id, [i.title, ", ".join(self.tr(REASONS[r]) for r in i.reasons),
                                           date_text(i.review_due_on) if i.review_due_on else ""]) for i in items])
        if items:
            self.queue_view.selectRow(0)
        self._show_details()
        self._show_misses()

    def _show_misses(self) -> None:
        month = month_of()
        misses = self.context.query(lambda session: frequent_misses(session, month)) or []
        self.misses.set_rows([((m.query, m.month), [m.query, number_text(m.searches)]) for m in misses])
        top = misses[0] if misses else None
        self.misses_heading.setText(
            self.tr("Searches that found nothing useful this month (Enter writes a guide): none so far.")
            if top is None else
            (self.tr("Searches that found nothing useful this month (Enter writes a guide). Most: searched "
                     "once this month, no guide: '{query}'.") if top.searches == 1 else
             self.tr("Searches that found nothing useful this month (Enter writes a guide). Most: searched "
                     "{n} times this month, no guide: '{query}'.")).format(n=top.searches, query=top.query))

    def _miss(self) -> tuple[str, str] | None:
        return self.misses.key(self.misses_view.currentIndex().row())

    def _write_guide(self) -> None:
        picked = self._miss()
        if picked is not None:
            self.write_guide.emit(picked[0])

    def _dismiss(self) -> None:
        picked = self._miss()
        if picked is None:
            return
        outcome = self.context.run(lambda session: dismiss_miss(session, self.context.actor(), *picked),
                                   origin=self, title=self.tr("Not dismissed"))
        if outcome.ok:
            self._show_misses()

    def _guide_id(self) -> int | None:
        return self.queue.key(self.queue_view.currentIndex().row())

    def _show_details(self) -> None:
        guide_id = self._guide_id()
        if guide_id is None:
            self.proposals.set_rows([])
            self.feedback.clear()
            return
        read = self.context.query(lambda session: (versions(session, guide_id), feedback_for(session, guide_id, 5)))
        if read is None:
            return
        proposed = [v for v in read[0] if v.status == "proposed"]
        notes = [f for f in read[1] if f.kind == "outdated" and not f.resolved]
        self.proposals.set_rows([(v.number, [str(v.number), v.author, v.title, v.review_comment]) for v in proposed])
        if proposed:
            self.proposals_view.selectRow(0)
        self.feedback.setText("\n".join(self.tr("Outdated: {comment}").format(comment=f.comment) for f in notes))

    def _proposal(self) -> tuple[int, int] | None:
        guide_id, number = self._guide_id(), self.proposals.key(self.proposals_view.currentIndex().row())
        return (guide_id, number) if guide_id is not None and number is not None else None

    def _run(self, title: str, action) -> None:
        outcome = self.context.run(action, origin=self, title=title, extra=ChangeSet.of(Change.GUIDES))
        if outcome.ok:
            self.refresh()

    def _publish(self) -> None:
        picked = self._proposal()
        if picked:
            self._run(self.tr("Publish"), lambda s: publish_version(s, self.context.actor(), *picked))

    def _reject(self) -> None:
        picked = self._proposal()
        if not picked:
            return
        reason = self.context.dialogs.ask_text(self.tr("Reject proposal"), self.tr("Why is it rejected?"))
        if reason:
            self._run(self.tr("Reject"), lambda s: reject_version(s, self.context.actor(), *picked, reason))

    def _mark_reviewed(self) -> None:
        guide_id = self._guide_id()
        if guide_id is not None:
            self._run(self.tr("Mark reviewed"), lambda s: mark_reviewed(s, self.context.actor(), guide_id))
