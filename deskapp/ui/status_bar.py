"""The status bar: who is signed in at which desk, and when the screen locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from deskapp.auth import SignIn
from deskapp.staff import ROLE_LABELS

COUNTDOWN_FROM_SECONDS = 60  # show the seconds only in the last minute: no ticking clock all day


class DeskStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QLabel()
        self.who.setObjectName("signedInLabel")
        self.who.setAccessibleName(self.tr("Signed in"))
        self.idle = QLabel()
        self.idle.setObjectName("idleLockLabel")
        self.idle.setAccessibleName(self.tr("Idle lock"))
        self.keys = QLabel(self.tr("Ctrl+L: lock / switch user"))
        self.keys.setProperty("role", "hint")
        self.addWidget(self.who, 1)
        self.addPermanentWidget(self.idle)
        self.addPermanentWidget(self.keys)

    def show_signed_in(self, signed: SignIn, desk_name: str) -> None:
        role = self.tr(ROLE_LABELS.get(signed.role, signed.role))
        self.keys.show()
        self.who.setText(self.tr("Signed in: %1 (%2) · %3").replace("%1", signed.name).replace(
            "%2", role).replace("%3", desk_name))

    def show_locked(self, desk_name: str, *, locked: bool = True) -> None:
        state = self.tr("Locked") if locked else self.tr("Not signed in")
        self.who.setText(f"{state} · {desk_name}" if desk_name else state)
        self.idle.clear()
        self.keys.hide()

    def show_idle(self, seconds_left: int, minutes: float) -> None:
        if minutes <= 0:
            self.idle.setText(self.tr("Idle lock off"))
        elif seconds_left <= COUNTDOWN_FROM_SECONDS:
            self.idle.setText(self.tr("Locks in %1 s").replace("%1", str(seconds_left)))
        else:
            whole = max(1, round(minutes))
            self.idle.setText(self.tr("Locks after %n min idle", "", whole))
