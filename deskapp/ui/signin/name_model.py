"""The type-ahead list of names on the sign-in screen.

The whole active staff list is small (tens, at most a few hundred names) and needed at once for filtering
as you type, so this model holds it rather than paging.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from deskapp.people.staff import StaffPick

Index = QModelIndex | QPersistentModelIndex
STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


# Letters that Unicode does not decompose into a base letter and a mark, typed without them on a US keyboard.
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                        "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents, so "soren" finds Søren and "jose" finds José."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(person: StaffPick, text: str) -> int | None:
    """A rank (lower is better) when `text` picks out this person, else None.

    Initials typed exactly come first ("AA"), then names whose words start with the typed words in order
    ("ai ah", "aisha"), then in any order, then names containing the text anywhere.
    """
    typed = fold(text.strip())
    if not typed:
        return 2
    name, initials = fold(person.name), fold(person.initials)
    if initials == typed:
        return 0
    words = name.split()
    parts = typed.split()
    if _in_order(words, parts):
        return 1  # "yara y" is Yara Young before Yara Christensen
    if all(any(w.startswith(part) for w in words) for part in parts):
        return 2
    if typed in name or initials.startswith(typed):
        return 3
    return None


def _in_order(words: list[str], parts: list[str]) -> bool:
    """Each typed part starts a different name word, in the order typed."""
    position = 0
    for part in parts:
        while position < len(words) and not words[position].startswith(part):
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


class StaffPickModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._everyone: list[StaffPick] = []
        self._shown: list[StaffPick] = []
        self._filter = ""

    def set_people(self, people: list[StaffPick]) -> None:
        self._everyone = list(people)
        self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        ranked = [(rank, i, p) for i, p in enumerate(self._everyone) if (rank := matches(p, text)) is not None]
        self._shown = [p for _, _, p in sorted(ranked, key=lambda item: (item[0], item[1]))]
        self.endResetModel()

    def person(self, row: int) -> StaffPick | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        person = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}  ({person.initials})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{person.name}, {person.initials}"
        if role == STAFF_ID_ROLE:
            return person.id
        return None
