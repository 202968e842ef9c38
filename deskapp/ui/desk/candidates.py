"""The category's candidate skills as one-key choices: "1 Android  2 iPhone  3 macOS  4 Windows".

A digit toggles that skill in the enquiry's skills used (and stays here: sometimes two applied); 0, Delete or
Backspace take them all off. Only the skills picked are recorded, so a Wi-Fi
enquiry counts the device setup that was really needed, not all four."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QPushButton, QWidget

from deskapp.ui.desk.widgets import Choice, ElidedButton

COLUMNS = 4


def short_labels(labels: Sequence[str]) -> list[str]:
    """The labels without the words they all start with ("Configure eduroam on Windows", "… on macOS" ->
    "Windows", "macOS"), so four choices fit one row at 1366x768; each keeps at least one word."""
    words = [label.split(" ") for label in labels]
    if len(words) < 2:
        return list(labels)
    common = 0
    while all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
        common += 1
    return [" ".join(w[common:]) for w in words]


class CandidateRow(QFrame):
    toggled = Signal(int)  # the skill id pressed: the skills editor adds or removes it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choices: list[Choice] = []
        self.buttons: list[QPushButton] = []
        self._picked: set[int] = set()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.group.idClicked.connect(lambda index: self.toggled.emit(self.choices[index].id))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(3, 3, 3, 3)
        self._grid.setSpacing(3)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.choices = list(choices)
        self.buttons = []
        for index, (choice, short) in enumerate(zip(self.choices, short_labels([c.label for c in self.choices]),
                                                    strict=True)):
            button = ElidedButton(f"{index + 1}  {short}")
            button.setToolTip(f"{index + 1}  {choice.label}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName("choiceButton")
            self.group.addButton(button, index)
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons.append(button)
        self.show_picked(self._picked)

    def show_picked(self, skill_ids: set[int]) -> None:
        """Check the buttons of the candidates among the enquiry's skills (removed as a chip: unchecked)."""
        self._picked = set(skill_ids)
        names = []
        for choice, button in zip(self.choices, self.buttons, strict=True):
            button.setChecked(choice.id in self._picked)
            if choice.id in self._picked:
                names.append(choice.label)
        self.setAccessibleDescription(", ".join(names) if names else self.tr("none picked"))

    @property
    def picked_ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.choices if c.id in self._picked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        if plain and text.isdigit() and text != "0" and int(text) <= len(self.choices):
            self.toggled.emit(self.choices[int(text) - 1].id)
            return
        if plain and key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            for skill_id in self.picked_ids:
                self.toggled.emit(skill_id)
            return
        super().keyPressEvent(event)

