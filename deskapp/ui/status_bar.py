"""The status bar: who is signed in at which desk, and when the screen locks itself.

Passing messages (showMessage) appear beside "Signed in: …" instead of covering it: the person at the desk
must always see whose name the next enquiry goes under."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from deskapp.people.auth import SignIn
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

# The roles as the status bar names them (the domain's ROLE_LABELS, marked here for the "Roles" context).
ROLE_LABELS = {"staff": QT_TRANSLATE_NOOP("Roles", "Staff"), "leader": QT_TRANSLATE_NOOP("Roles", "Team leader"),
               "admin": QT_TRANSLATE_NOOP("Roles", "Admin")}
COUNTDOWN_FROM_SECONDS = 60  # show the seconds only in the last minute: no ticking clock all day


class DeskStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QLabel()
        self.who.setObjectName("signedInLabel")
        self.who.setWordWrap(True)  # a long desk name goes onto a second line, never past a scaled screen's edge
        self.idle = QLabel()
        self.idle.setObjectName("idleLockLabel")
        self.keys = QLabel()
        self.keys.setProperty("role", "hint")
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        # A long message ("Backed up to …; 1173 old notes purged") is cut at the bar's edge, with the whole
        # text in the tooltip, rather than widening the main window past a 1366-pixel screen.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(1)
        self._message_text = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clearMessage)
        # Shown only while the database cannot be reached or written; the next operation that works hides it.
        self.database = QLabel()
        self.database.setObjectName("databaseStateLabel")
        self.database.setProperty("role", "warning")
        self.database.hide()
        self.addWidget(self.who)
        self.addWidget(self.database)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.idle)
        self.addPermanentWidget(self.keys)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed labels in the current interface language (the changing ones are set as they change)."""
        self.who.setAccessibleName(self.tr("Signed in"))
        self.idle.setAccessibleName(self.tr("Idle lock"))
        self.keys.setText(self.tr("Ctrl+L: lock / switch user"))
        self.message.setAccessibleName(self.tr("Message"))
        self.database.setAccessibleName(self.tr("Database"))

    def show_database_state(self, reachable: bool, message: str) -> None:
        """Not only colour: the words say it, and the tooltip says what to do."""
        if reachable:
            self.database.hide()
            self.showMessage(self.tr("The database can be reached again."), 10_000)
            return
        self.database.setText(self.tr("⚠ Database unavailable: not saving"))
        self.database.setToolTip(message)
        self.database.setAccessibleDescription(message)
        self.database.show()

    def show_signed_in(self, signed: SignIn, desk_name: str) -> None:
        label = ROLE_LABELS.get(signed.role)
        role = QCoreApplication.translate("Roles", label) if label else signed.role
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

    # --- passing messages, beside the signed-in label -----------------------------------------------------
    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # QStatusBar's own signature
        self.message.setText(f"·  {text}" if text and self.who.text() else text)
        self.message.setToolTip(text)
        self._message_text = text
        self._message_timer.stop()
        if timeout is not None and timeout > 0:
            self._message_timer.start(timeout)
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:
        self._message_timer.stop()
        self._message_text = ""
        self.message.clear()
        self.messageChanged.emit("")

    def currentMessage(self) -> str:
        return self._message_text
