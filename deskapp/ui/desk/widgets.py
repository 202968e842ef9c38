"""Keyboard-first inputs of the enquiry form: a type-ahead field with an inline match list, and a row of
choices picked with one digit key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.desk.wrap import narrowest_for
from deskapp.ui.keyboard import prefer_focus

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    hint: str = ""  # shown greyed after the label in the match list (e.g. the domain)
    tooltip: str = ""


class PassUndoLineEdit(QLineEdit):
    """A line edit whose Ctrl+Z undoes its own text while it has any; with nothing of its own left, the key goes
    on to the desk page, which acts only if nothing at all has been typed since its last action (so the field's
    undo never reaches past its text into the log)."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()):
            event.ignore()
            return False
        return super().event(event)


class TypeAheadField(QWidget):
    """Type a few letters, see the best matches below, Up/Down to move, Tab or Enter to take the highlighted one.

    `submitted` fires on Enter (after taking a match): the form saves on it.
    """

    chosen_changed = Signal(object)  # int | None
    text_changed = Signal(str)
    submitted = Signal()

    def __init__(self, search: Callable[[str], Sequence[Choice]], *, rows: int = 5, clear_on_choose: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._clear_on_choose = clear_on_choose
        self._chosen: Choice | None = None
        self.edit = PassUndoLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the line edit
        self.matches.setFrameShape(QFrame.Shape.StyledPanel)
        self._rows = rows
        self.matches.setObjectName("typeAheadMatches")
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        prefer_focus(self, self.edit)  # (not a focus proxy: Qt 6 made the field a Tab stop of its own)
        self.edit.textEdited.connect(self._on_edited)
        self.matches.itemClicked.connect(lambda item: self._take(item.data(Qt.ItemDataRole.UserRole)))
        self.edit.installEventFilter(self)

    # --- value ------------------------------------------------------------------------------------------------
    @property
    def chosen_id(self) -> int | None:
        return self._chosen.id if self._chosen else None

    def hideEvent(self, event: QHideEvent) -> None:
        self.matches.hide()
        super().hideEvent(event)

    def set_chosen(self, choice: Choice | None) -> None:
        self._chosen = choice
        self.edit.setText(choice.label if choice and not self._clear_on_choose else "")
        self.matches.hide()
        self.chosen_changed.emit(self.chosen_id)

    def clear(self) -> None:
        self.set_chosen(None)

    def highlighted(self) -> Choice | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- behaviour ------------------------------------------------------------------------------------------
    def _on_edited(self, text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.chosen_changed.emit(None)
        self.text_changed.emit(text)
        self.matches.clear()
        if not text.strip():
            self.matches.hide()
            return
        for choice in self._search(text):
            item = QListWidgetItem(f"{choice.label}    {choice.hint}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setToolTip(choice.tooltip)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        else:
            self.matches.addItem(QListWidgetItem(self.tr("No match: try another word")))
            self.matches.setCurrentRow(-1)
        self._place_matches()

    def _place_matches(self) -> None:
        """Float the matches over the widgets below the field (a child of the window, so the keyboard stays
        here and the form does not jump while typing)."""
        window = self.window()
        if self.matches.parent() is not window:
            self.matches.setParent(window)
        row_height = max(self.matches.sizeHintForRow(0), 20)
        shown = min(self.matches.count(), self._rows)
        origin = self.edit.mapTo(window, self.edit.rect().bottomLeft())
        self.matches.setGeometry(origin.x(), origin.y() + 1, self.edit.width(), shown * row_height + 6)
        self.matches.show()
        self.matches.raise_()

    def _take(self, choice: Choice | None) -> None:
        if choice is not None:
            self.set_chosen(choice)
            if self._clear_on_choose:
                self.chosen_changed.emit(choice.id)

    def take_highlighted(self) -> bool:
        """Choose the highlighted match, if the person typed something; True when something was chosen."""
        choice = self.highlighted()
        if choice is None or not self.edit.text().strip():
            return False
        self._take(choice)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.isVisible() and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Tab and self._chosen is None:
                self.take_highlighted()
                return False  # focus still moves on
            if key in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                took = self.take_highlighted()
                if self._clear_on_choose and took:
                    return True  # adding a skill: stay in the field
                self.submitted.emit()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            if self._chosen is None and not self._clear_on_choose:
                self.take_highlighted()  # leaving the field takes the highlighted category, like Tab
            self.matches.hide()
        return super().eventFilter(watched, event)


def two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` as it fits `width`: one line if it can, else broken at a space onto a second line, and only
    that second line shortened with "…" (people must tell "Printing from own device" from "Printing, copying")."""
    width = max(20, width)
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    first = words[0]
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip()
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[count:]).strip()
            return f"{first}\n{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)}"
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ElidedButton(QPushButton):
    """A button whose label wraps onto a second line when space is tight (and only then shortens with "…";
    full text in the tooltip), so the form fits a 1366x768 screen and the labels stay readable."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setToolTip(text)
        # Preferred, not the default Minimum: the button may get narrower than its text, which then elides.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        """A new label (the same option in another language), wrapped and shortened to fit as the first was."""
        self._full = text
        self.setText(two_lines(self.fontMetrics(), text, self.width() - 14) if self.width() > 14 else text)
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def shortened(self) -> bool:
        """Whether the label shows less than its full text (a scaled-screen check, tests/layout_checks.py)."""
        return " ".join(self.text().split()) != " ".join(self._full.split())

    def minimumSizeHint(self) -> QSize:
        # As narrow as two lines allow without cutting a word ("Bachelorstuderende" whole): the row's other
        # buttons and the column beside the form give way first.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), narrowest_for(self.fontMetrics(), self._full, 2) + 24), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 24, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        text = two_lines(self.fontMetrics(), self._full, self.width() - 14)
        if text != self.text():
            self.setText(text)  # the height follows (sizeHint counts the lines)


class ChoiceRow(QFrame):
    """Options shown as buttons numbered 1..n; with the keyboard here, a digit picks and moves on.

    Left/Right step through the options; 0, Backspace or Delete clear an optional choice.
    """

    picked = Signal(object)  # int | None

    def __init__(self, choices: Sequence[Choice], *, columns: int = 6, optional: bool = True,
                 auto_advance: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._optional = optional
        self._auto_advance = auto_advance
        self.choices = list(choices)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(3)
        self.buttons: list[ElidedButton] = []
        for index, choice in enumerate(self.choices):
            button = ElidedButton(self._text(index, choice))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"{self._text(index, choice)}\n{choice.tooltip}".strip())
            button.setObjectName("choiceButton")
            self.group.addButton(button, index)
            layout.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        self._current: int | None = None
        self._grid = layout
        self._max_columns = self._columns = max(1, min(columns, len(self.buttons)))

    # --- reflow: on a narrow (scaled) form the options take fewer columns instead of cutting their words -----
    def _room_for(self, columns: int) -> int:
        widths = [0] * columns
        for index, button in enumerate(self.buttons):
            widths[index % columns] = max(widths[index % columns], button.minimumSizeHint().width())
        margins = self._grid.contentsMargins()
        frame = margins.left() + margins.right() + 2 * self.frameWidth()
        return sum(widths) + self._grid.spacing() * (columns - 1) + frame

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._room_for(1), hint.height()) if self.buttons else hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = next((c for c in range(self._max_columns, 1, -1) if self._room_for(c) <= self.width()), 1)
        if columns != self._columns and self.buttons:
            self._columns = columns
            for button in self.buttons:
                self._grid.removeWidget(button)
            for index, button in enumerate(self.buttons):
                self._grid.addWidget(button, index // columns, index % columns)

    @staticmethod
    def _text(index: int, choice: Choice) -> str:
        number = index + 1
        return choice.label if choice.label.startswith(f"{number} ") else f"{number}  {choice.label}"

    def relabel(self, choices: Sequence[Choice]) -> None:
        """New words for the same options (the site's content language was switched): each button whose
        option is still there shows its new label; the keys, the order and what is picked stay."""
        fresh = {choice.id: choice for choice in choices}
        for index, old in enumerate(self.choices):
            choice = fresh.get(old.id)
            if choice is None:
                continue
            self.choices[index] = choice
            text = self._text(index, choice)
            self.buttons[index].set_full_text(text)
            self.buttons[index].setToolTip(f"{text}\n{choice.tooltip}".strip())
        if self._current is not None:
            self.setAccessibleDescription(self.choices[self._current].label)

    @property
    def current_id(self) -> int | None:
        return None if self._current is None else self.choices[self._current].id

    def set_current_id(self, choice_id: int | None) -> None:
        index = next((i for i, c in enumerate(self.choices) if c.id == choice_id), None)
        self._set_index(index, emit=False)

    def _set_index(self, index: int | None, *, emit: bool = True) -> None:
        self._current = index
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
        chosen = self.choices[index].label if index is not None else self.tr("not set")
        self.setAccessibleDescription(chosen)
        if emit:
            self.picked.emit(self.current_id)

    def _clicked(self, index: int) -> None:
        if index == self._current and self._optional:
            self._set_index(None)
        else:
            self._set_index(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text.isdigit() and text != "0" and int(text) <= len(self.choices) and not event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            self._set_index(int(text) - 1)
            if self._auto_advance:
                self.focusNextChild()
            return
        if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self._optional:
            self._set_index(None)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            start = self._current if self._current is not None else (-1 if step > 0 else len(self.choices))
            self._set_index(max(0, min(len(self.choices) - 1, start + step)))
            return
        super().keyPressEvent(event)
