"""Beside the enquiry form: guides for the enquiry in hand, ranked by the chosen category, the chosen
skills and what is typed in the notes (deskapp.guides.suggest). Opening one shows it here; "Did it help?"
takes one key (Y / N). `consulted()` hands the enquiry form what to record on the enquiry when it is
saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.guides.suggest import Suggestion, suggest_guides
from deskapp.ui.context import UiContext
from deskapp.ui.guides.models import GuideListModel, GuideRow, HtmlDelegate
from deskapp.ui.guides.viewer import GuideViewer

QUERY_DELAY_MS = 400  # the notes field changes with every keystroke; search once typing pauses
SUGGESTIONS = 8


class GuidePanel(QWidget):
    guide_opened = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.category_id: int | None = None
        self.skill_ids: tuple[int, ...] = ()
        self.query = ""
        self._consulted: dict[int, bool | None] = {}  # guide id -> helped, in the order opened
        self.heading = QLabel(self.tr("Guides"))
        self.model = GuideListModel(parent=self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Suggested guides"))
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setItemDelegateForColumn(1, HtmlDelegate(self.list))
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnHidden(1, True)  # the snippet goes in the tooltip: the panel is narrow
        self.list.activated.connect(lambda index: self.open_guide(self.model.guide_id(index.row())))
        self.viewer = GuideViewer(context, compact=True)
        self.ask = QLabel(self.tr("Did it help? Y = yes, N = no"))
        self.ask.setWordWrap(True)  # beside "Back to the list" in a narrow column: wrap, never cut
        self.back = QPushButton(self.tr("Back to the list (Esc)"))
        self.back.clicked.connect(self.show_list)
        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.viewer, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.ask, 1)
        bottom.addWidget(self.back)
        reader_layout.addLayout(bottom)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(reader)
        self.empty = QLabel(self.tr("Pick a category or type notes to see guides."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUERY_DELAY_MS)
        self.timer.timeout.connect(self._refresh)
        self._refresh()

    # ---- what the enquiry form calls -----------------------------------------------------------------------
    def set_category(self, category_id: int | None) -> None:
        if category_id == self.category_id:
            return
        self.category_id = category_id
        self._refresh()

    def set_skills(self, skill_ids: tuple[int, ...]) -> None:
        if tuple(skill_ids) == self.skill_ids:
            return
        self.skill_ids = tuple(skill_ids)
        self._refresh()

    def set_query(self, text: str) -> None:
        self.query = text
        self.timer.start()

    def consulted(self) -> list[tuple[int, bool | None]]:
        return list(self._consulted.items())

    def link(self, guide_id: int) -> None:
        """A guide walked on the Guides page for this enquiry: recorded with it like one opened here."""
        self._consulted.setdefault(guide_id, None)

    def clear(self) -> None:
        self.timer.stop()
        self.category_id, self.skill_ids, self.query = None, (), ""
        self._consulted.clear()
        self.viewer.show_guide(None)
        self.stack.setCurrentIndex(0)  # the next enquiry starts on the list, not on an empty reader
        self._refresh()

    # ---- inside the panel ----------------------------------------------------------------------------------
    def _refresh(self) -> None:
        category, skills, query = self.category_id, self.skill_ids, self.query
        found = self.context.query(lambda session: suggest_guides(session, category, skills, query, SUGGESTIONS))
        rows = [GuideRow(s.guide_id, s.title, f"{s.snippet}<br><i>{self._why(s)}</i>") for s in found or []]
        self.model.set_rows(rows)
        self.empty.setVisible(not rows and self.stack.currentIndex() == 0)
        if self.stack.currentIndex() == 0:
            self.heading.setText(self.tr("Guides ({count})").format(count=len(rows)) if rows else self.tr("Guides"))

    def _why(self, suggestion: Suggestion) -> str:
        """Why it is listed, for the tooltip: the signals it has."""
        reasons = []
        if suggestion.category:
            reasons.append(self.tr("for this category"))
        if suggestion.skills:
            reasons.append(self.tr("for %n chosen skill(s)", "", suggestion.skills))
        if suggestion.found:
            reasons.append(self.tr("matches the notes"))
        return ", ".join(reasons)

    def open_guide(self, guide_id: int | None) -> None:
        if guide_id is None:
            return
        self._consulted.setdefault(guide_id, None)
        self.viewer.show_guide(guide_id)
        self._show_answer()
        self.stack.setCurrentIndex(1)
        self.empty.hide()
        self.viewer.walk.setFocus()
        self.guide_opened.emit(guide_id)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self._refresh()
        self.list.setFocus()

    def _show_answer(self) -> None:
        guide = self.viewer.guide
        helped = self._consulted.get(guide.id) if guide else None
        if helped is None:
            self.ask.setText(self.tr("Did it help? Y = yes, N = no"))
        else:
            self.ask.setText(self.tr("Noted: it helped (Y/N to change)") if helped else
                             self.tr("Noted: it did not help (Y/N to change)"))

    def answer(self, helped: bool) -> None:
        guide = self.viewer.guide
        if guide is not None and self.stack.currentIndex() == 1:
            self._consulted[guide.id] = helped
            self._show_answer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.stack.currentIndex() == 1 and key in (Qt.Key.Key_Y, Qt.Key.Key_N):
            self.answer(key == Qt.Key.Key_Y)
        elif self.stack.currentIndex() == 1 and key == Qt.Key.Key_Escape:
            self.show_list()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
