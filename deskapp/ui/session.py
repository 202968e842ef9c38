"""Who is signed in at this PC, and the desk session behind it (for coverage reports).

Signing in opens a desk session; a heartbeat keeps its `last_seen_at` fresh; locking touches it; when
someone else signs in on this PC the previous person's session ends when they were last seen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from deskapp.people.auth import SignIn, end_desk_session, sign_in, touch_desk_session
from deskapp.platform.actor import Actor
from deskapp.startup.database import Database

HEARTBEAT_MS = 5 * 60 * 1000


class SessionController(QObject):
    signed_in = Signal(object)  # SignIn
    locked = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._current: SignIn | None = None
        self._locked = True
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._touch)

    @property
    def current(self) -> SignIn | None:
        """The last person to sign in here (also while the screen is locked)."""
        return self._current

    @property
    def is_locked(self) -> bool:
        return self._locked

    def actor(self) -> Actor | None:
        """The actor for domain calls; None while locked."""
        return None if self._locked or self._current is None else self._current.actor

    def sign_in(self, staff_id: int, secret: str, desk_name: str) -> SignIn:
        """Raises deskapp.people.auth.SignInError (a ValueError) with a message to show as it is."""
        result = sign_in(self._db, staff_id, secret, desk_name)
        previous = self._current
        if previous is not None and previous.desk_session_id != result.desk_session_id:
            end_desk_session(self._db, previous.desk_session_id, at_last_seen=True)
        self._current = result
        self._locked = False
        self._heartbeat.start()
        self.signed_in.emit(result)
        return result

    def lock(self) -> None:
        if self._locked:
            return
        self._touch()
        self._locked = True
        self._heartbeat.stop()
        self.locked.emit()

    def sign_out(self) -> None:
        """The app is closing: end the session now (or when last seen, if the screen was locked)."""
        self._heartbeat.stop()
        if self._current is not None:
            end_desk_session(self._db, self._current.desk_session_id, at_last_seen=self._locked)
            self._current = None
        self._locked = True

    def _touch(self) -> None:
        if self._current is not None and not self._locked:
            touch_desk_session(self._db, self._current.desk_session_id)
