"""The team leader's search words (Guides ▸ Search words): what patrons say and what the guides call it.

Type what patrons say, Tab, what the guides say, Enter: searches for the first also look for the second.
Delete removes the selected word. Writes go through the operation runner; the list follows the change set.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.guides.aliases import add_alias, list_aliases, remove_alias
from deskapp.platform.changes import Change
from deskapp.ui.context import UiContext
from deskapp.ui.guides.models import SimpleTableModel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP


class SearchWordsPanel(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.words = SimpleTableModel([QT_TRANSLATE_NOOP("guides", "Patrons say"),
                                       QT_TRANSLATE_NOOP("guides", "Guides say"),
                                       QT_TRANSLATE_NOOP("guides", "From")], self)
        self.view = QTableView()
        self.view.setModel(self.words)
        self.view.setAccessibleName(self.tr("Search words"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        for column in (0, 1):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.phrase = QLineEdit()
        self.phrase.setPlaceholderText(self.tr("e.g. wi-fi"))
        self.means = QLineEdit()
        self.means.setPlaceholderText(self.tr("e.g. eduroam"))
        self.means.returnPressed.connect(self.add)
        self.phrase.returnPressed.connect(self.means.setFocus)
        self.add_button = QPushButton(self.tr("&Add search word"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove selected (Del)"))
        self.remove_button.clicked.connect(self.remove)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search words status"))
        form = QFormLayout()
        phrase_label, means_label = QLabel(self.tr("&Patrons say:")), QLabel(self.tr("&Guides say:"))
        phrase_label.setBuddy(self.phrase)
        means_label.setBuddy(self.means)
        form.addRow(phrase_label, self.phrase)
        form.addRow(means_label, self.means)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A search for a word on the left also looks for the word on the right. "
                                        "Words that came with the app stay removed once you remove them.")))
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        context.bus.subscribe(self, {Change.GUIDES}, lambda _changes: self.refresh())

    def refresh(self) -> None:
        aliases = self.context.query(list_aliases)
        if aliases is None:
            return
        starter, added = self.tr("the app"), self.tr("a leader")
        self.words.set_rows([(a.id, [a.phrase, a.means, starter if a.starter else added]) for a in aliases])

    def add(self) -> None:
        phrase, means = self.phrase.text(), self.means.text()
        outcome = self.context.run(lambda session: add_alias(session, self.context.actor(), phrase, means),
                                   origin=self, show=lambda failure: self.status.setText(failure.message))
        if not outcome.ok:
            return  # the words stay in the boxes to correct
        self.status.setText(self.tr("Added: a search for '{phrase}' also looks for '{means}'.")
                            .format(phrase=phrase.strip(), means=means.strip()))
        self.phrase.clear()
        self.means.clear()
        self.phrase.setFocus()
        self.refresh()
        self._select(outcome.value)

    def remove(self) -> None:
        row = self.view.currentIndex().row()
        alias_id = self.words.key(row)
        if alias_id is None:
            self.status.setText(self.tr("Select a search word to remove first."))
            return
        phrase, means = self.words.rows[row][1][:2]
        outcome = self.context.run(lambda session: remove_alias(session, self.context.actor(), alias_id),
                                   origin=self, show=lambda failure: self.status.setText(failure.message))
        if outcome.ok:
            self.status.setText(self.tr("Removed: '{phrase}' no longer looks for '{means}'.")
                                .format(phrase=phrase, means=means))
            self.refresh()
            self.view.selectRow(min(row, self.words.rowCount() - 1))

    def _select(self, alias_id: int | None) -> None:
        row = next((i for i, (key, _) in enumerate(self.words.rows) if key == alias_id), None)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.words.index(row, 0))
