"""The log's filters: dates, desk, staff, domain, category, outcome, READ, skill and text in notes.

Each change re-queries at once (text after a short pause). Alt+letter jumps to a filter (buddy labels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from deskapp.desk.enquiries import LogFilters
from deskapp.desk.reference import DOMAIN_LABELS, ReferenceLists
from deskapp.ui.desk.labels import domain_label
from deskapp.ui.keyboard import TabLeavingDateEdit
from deskapp.ui.qt_present import present

ANY_DATE = QDate(2000, 1, 1)


def _combo(items: list[tuple[str, object]], *, searchable: bool = False) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    if searchable:  # long lists: type a part of the name
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = present(combo.completer())  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """New choices, the current one kept when it still exists (else back to Any)."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
    finally:
        combo.blockSignals(False)


class FilterBar(QWidget):
    changed = Signal(object)  # LogFilters

    def _desk_items(self, ref: ReferenceLists) -> list[tuple[str, object]]:
        return [(self.tr("Any"), None)] + [(d.label, d.id) for d in ref.desks]

    def _staff_items(self, ref: ReferenceLists) -> list[tuple[str, object]]:
        return [(self.tr("Any"), None)] + [(p.name, p.id) for p in ref.staff]

    def _category_items(self, ref: ReferenceLists) -> list[tuple[str, object]]:
        return [(self.tr("Any"), None)] + [(c.label, c.id) for c in ref.categories]

    def _outcome_items(self, ref: ReferenceLists) -> list[tuple[str, object]]:
        return [(self.tr("Any"), None)] + [(o.label, o.id) for o in ref.outcomes]

    def _skill_items(self, ref: ReferenceLists) -> list[tuple[str, object]]:
        return [(self.tr("Any"), None)] + [(s.label, s.id) for s in ref.skills]

    def set_reference(self, ref: ReferenceLists) -> None:
        """The lists changed elsewhere (a new colleague, a retired skill): offer what exists now."""
        self.ref = ref
        _refill(self.desk, self._desk_items(ref))
        _refill(self.staff, self._staff_items(ref))
        _refill(self.category, self._category_items(ref))
        _refill(self.outcome, self._outcome_items(ref))
        _refill(self.skill, self._skill_items(ref))

    def __init__(self, ref: ReferenceLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        anything = self.tr("Any")
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.desk = _combo(self._desk_items(ref))
        self.staff = _combo(self._staff_items(ref), searchable=True)
        self.domain = _combo([(anything, None)] + [(domain_label(key), key) for key in DOMAIN_LABELS
                                                   if key != "other"])
        self.category = _combo(self._category_items(ref), searchable=True)
        self.outcome = _combo(self._outcome_items(ref))
        self.read = _combo([(anything, None)] + [(r.label, r.id) for r in ref.read_levels])
        self.skill = _combo(self._skill_items(ref), searchable=True)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("words in notes"))
        self.text.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("Clear filters"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields = [(self.tr("&From"), self.date_from), (self.tr("&To"), self.date_to), (self.tr("D&esk"), self.desk),
                  (self.tr("&Staff"), self.staff), (self.tr("Do&main"), self.domain),
                  (self.tr("&Category"), self.category), (self.tr("&Outcome"), self.outcome),
                  (self.tr("&READ"), self.read), (self.tr("S&kill"), self.skill), (self.tr("&Notes"), self.text)]
        for position, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            row, column = divmod(position, 4)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(label, row, column * 2)
            layout.addWidget(widget, row, column * 2 + 1)
        layout.addWidget(self.reset_button, 2, 5, 1, 3)
        for column in (1, 3, 5, 7):
            layout.setColumnStretch(column, 1)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(350)
        self._text_timer.timeout.connect(self._emit)
        self.text.textChanged.connect(self._text_timer.start)
        for combo in (self.desk, self.staff, self.domain, self.category, self.outcome, self.read, self.skill):
            combo.activated.connect(self._emit)
        for combo in (self.staff, self.category, self.skill):
            present(combo.lineEdit()).editingFinished.connect(lambda combo=combo: self._settle(combo))
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)
        self._last: LogFilters | None = None

    def _date_edit(self) -> QDateEdit:
        edit = TabLeavingDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any day"))  # shown at the minimum date
        edit.setDate(ANY_DATE)
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == ANY_DATE else date(value.year(), value.month(), value.day())

    def filters(self) -> LogFilters:
        return LogFilters(date_from=self._day(self.date_from), date_to=self._day(self.date_to),
                          desk_id=self.desk.currentData(), staff_id=self.staff.currentData(),
                          domain=self.domain.currentData(), category_id=self.category.currentData(),
                          outcome_id=self.outcome.currentData(), read_level=self.read.currentData(),
                          skill_id=self.skill.currentData(), text=self.text.text())

    def _settle(self, combo: QComboBox) -> None:
        """Typed text decides the filter, as the box shows it: empty = Any; else the exact name, or the first
        name containing the text (Enter picks the first completion, as sign-in does); no match keeps the old."""
        text = combo.currentText().strip().casefold()
        labels = [combo.itemText(i).casefold() for i in range(combo.count())]
        if not text:
            index = 0
        else:
            index = next((i for i, label in enumerate(labels) if label == text), -1)
            if index < 0:
                index = next((i for i, label in enumerate(labels) if i > 0 and text in label), combo.currentIndex())
        combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(index))
        self._emit()

    def _emit(self) -> None:
        current = self.filters()
        if current != self._last:
            self._last = current
            self.changed.emit(current)

    def reset(self) -> None:
        for combo in (self.desk, self.staff, self.domain, self.category, self.outcome, self.read, self.skill):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(ANY_DATE)
        self.text.clear()
        self._emit()
