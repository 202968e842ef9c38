"""A type-ahead picker for several values: type part of a name, Enter adds the match to the list below,
Delete removes the selected one. Used for a guide's categories, skills and tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from deskapp.ui.qt_present import present


class TypeAheadPicker(QWidget):
    """`options` are (value, label) pairs; with `free_text` anything typed is accepted as its own value."""

    def __init__(self, name: str, options: Sequence[tuple[Any, str]], *, free_text: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = list(options)
        self.free_text = free_text
        self.input = QLineEdit()
        self.input.setAccessibleName(name)
        self.input.setPlaceholderText(self.tr("Type part of a name, Enter adds it"))
        self.completer = QCompleter(QStringListModel([label for _value, label in self.options], self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.completer.activated.connect(self.add_text)
        self.input.installEventFilter(self)
        present(self.completer.popup()).installEventFilter(self)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("{name}: chosen (Delete removes)").format(name=name))
        self.chosen.setMaximumHeight(56)  # about three names; the body below needs the room
        self.chosen.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.input)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter with something typed adds it, and is kept from the dialog (which would close on it); Delete in
        the list removes the chosen one."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.chosen and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.input.text().strip()):
            popup = present(self.completer.popup())
            if watched is self.input or (watched is popup and not popup.currentIndex().isValid()):
                popup.hide()  # nothing highlighted in the list: Enter takes what was typed
                self.add_text(self.input.text())
                return True
        return super().eventFilter(watched, event)

    def match(self, text: str) -> tuple[Any, str] | None:
        """The option named exactly `text`, else the only option containing it, else (free text) the text."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return None
        exact = [o for o in self.options if o[1].casefold() == wanted]
        partial = [o for o in self.options if wanted in o[1].casefold()]
        if exact or len(partial) == 1:
            return (exact or partial)[0]
        return (wanted, wanted) if self.free_text else None

    def add_text(self, text: str) -> None:
        found = self.match(text)
        if found is None:
            return
        self.add(*found)
        self.input.clear()

    def add(self, value: Any, label: str) -> None:
        if value in self.values():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.chosen.addItem(item)

    def set_values(self, values: Sequence[Any]) -> None:
        labels = dict(self.options)
        self.chosen.clear()
        for value in values:
            self.add(value, labels.get(value, str(value)))

    def values(self) -> tuple[Any, ...]:
        return tuple(self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count()))

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
