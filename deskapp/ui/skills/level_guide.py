"""What each level of the skill in hand means, shown beside every place a level is chosen (My record, the
matrix, the confirmation queue), so a rating is made against the same words a leader confirms by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from deskapp.people.level_descriptions import GENERAL
from deskapp.ui.skills import words as level_words


class LevelGuide(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("What the levels mean for this skill"))

    def show_levels(self, skill: str, words: dict[int, str], *, required: int | None = None,
                    chosen: int | None = None, chosen_label: str = "") -> None:
        """One line per level; the required level and the level in hand are marked in words, not colour."""
        lines = [self.tr("What the levels mean for “%1”:").replace("%1", skill)]
        shown = level_words.level_words(words, GENERAL)  # the general words in the screen's language
        for level in sorted(words):
            marks = []
            if chosen is not None and level == chosen:
                marks.append(chosen_label or self.tr("chosen"))
            if required is not None and level == required:
                marks.append(self.tr("required"))
            mark = f"  ◀ {', '.join(marks)}" if marks else ""
            lines.append(f"{level} {level_words.level_label(level)}: {shown[level]}{mark}")
        self.setText("\n".join(lines))

    def clear_levels(self) -> None:
        self.setText("")
