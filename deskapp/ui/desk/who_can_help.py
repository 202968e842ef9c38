"""F9 on the desk: who can help now with the enquiry in hand, one digit picks a colleague.

The list is the domain's (deskapp/desk/peer_help.py): colleagues signed in now at any desk who hold the
enquiry's skills at level 3+, best first. While it is open it asks again every POLL_MS, so someone who just
signed in upstairs appears within seconds. Picking one marks the enquiry "referred to a colleague"; saving it
records the peer learning for both. Esc closes the box (the desk page's Esc handles it), 0 drops the pick,
Enter saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from deskapp.desk.peer_help import HELP_LEVEL, Helper

POLL_MS = 3000


class WhoCanHelp(QFrame):
    picked = Signal(object)  # Helper | None
    closed = Signal()
    submitted = Signal()  # Enter here saves the enquiry, as everywhere on the form

    def __init__(self, find: Callable[[], list[Helper] | None], skill_label: Callable[[int], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choiceRow")  # the focus frame of the form's rows
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Who can help now"))
        self._find = find
        self._skill_label = skill_label
        self.helpers: list[Helper] = []
        self.chosen: Helper | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.rows = QLabel()
        self.rows.setWordWrap(True)
        self.rows.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.rows)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def open(self) -> None:
        self.show()
        self.refresh()
        self.timer.start()
        self.setFocus()

    def close_box(self) -> None:
        self.timer.stop()
        self.hide()
        self.closed.emit()

    def reset(self) -> None:
        """After a save or a cleared form: no pick, box closed."""
        self.chosen = None
        self.timer.stop()
        self.hide()

    def refresh(self) -> None:
        found = self._find()
        if found is None:
            return  # could not be read: the status bar says why; keep what is shown
        self.helpers = found
        if self.chosen is not None and self.chosen.staff_id not in {h.staff_id for h in found}:
            self.chosen = None  # signed out meanwhile: the pick goes, and the box says so below
            self.picked.emit(None)
        self._show()

    def _show(self) -> None:
        if self.chosen is not None:
            self.heading.setText(self.tr("Referred to %1 (%2): Enter saves the enquiry and a peer-learning "
                                         "event for both of you. 0 drops it, Esc closes.")
                                 .replace("%1", self.chosen.name).replace("%2", self.chosen.desk_name))
        elif self.helpers:
            self.heading.setText(self.tr("Who can help now (level %1+ in this enquiry's skills): a digit picks, "
                                         "Esc closes.").replace("%1", str(HELP_LEVEL)))
        else:
            self.heading.setText(self.tr("Nobody signed in right now holds this enquiry's skills at level %1 or "
                                         "above. Esc closes; the list stays up to date while open.")
                                 .replace("%1", str(HELP_LEVEL)))
        lines = []
        for number, helper in enumerate(self.helpers, start=1):
            skills = ", ".join(f"{self._skill_label(s)} {level}" for s, level in helper.skills)
            mark = "✓ " if self.chosen is not None and helper.staff_id == self.chosen.staff_id else ""
            lines.append(f"{mark}{number}  {helper.name} ({helper.initials}) · {helper.desk_name} · {skills}")
        self.rows.setText("\n".join(lines))
        self.rows.setVisible(bool(lines))
        self.setAccessibleDescription(self.heading.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        if text.isdigit() and text != "0" and int(text) <= len(self.helpers):
            self.chosen = self.helpers[int(text) - 1]
            self.picked.emit(self.chosen)
            self._show()
            return
        if key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.chosen is not None:
            self.chosen = None
            self.picked.emit(None)
            self._show()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)
