"""An open desk learns that the site's content language was switched elsewhere.

`deskapp reference language da` runs in another process (or on another PC sharing the database), so the
change bus of this window never hears of it: the desk would keep offering "Wi-Fi / eduroam" until restarted.
Every little while (and whenever someone signs in) this asks the database for the site's content language;
when it differs from the last answer, it announces the kinds of data whose labels come with the language
(reference lists, categories, skills, guides, checklists), and the reference cache and the pages reload
them as after any change. A switch made in this process is published by the runner itself (the switch
notes those kinds on its session), so both roads end in the same refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from deskapp.platform.changes import Change
from deskapp.platform.failures import Failure
from deskapp.startup.seed import site_language
from deskapp.ui.background import Job
from deskapp.ui.context import UiContext

CHECK_MS = 20_000  # a one-row read; how long an open desk may show the old language's labels
# The data whose words a content language brings (deskapp/startup/seed.py set_content_language).
CONTENT_KINDS = (Change.REFERENCE, Change.CATEGORIES, Change.SKILLS, Change.GUIDES, Change.CHECKLISTS)


class ContentLanguageWatch(QObject):
    switched = Signal(str)  # the new content language, after the kinds were announced

    def __init__(self, context: UiContext, parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.seen: str | None = None  # the last language read; None until the first answer
        self._job: Job | None = None  # at most one read at a time
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        # Someone signing in gets the labels of now at once (a sign-in reads the database anyway).
        context.bus.actor_changed.connect(self._on_actor)

    def start(self) -> None:
        self.check_now()
        self._timer.start()

    def _on_actor(self, actor: object | None) -> None:
        if actor is not None:
            self.check_now()

    def check_now(self) -> None:
        """Read it here, on the GUI thread: at start and at sign-in, a one-row read among many."""
        if self._job is None and self.context.bus.reachable:
            language = self.context.query(site_language)
            if language is not None:
                self._done(language)

    def check(self) -> None:
        """The timer's read, off the GUI thread: a PostgreSQL server gone silent must not freeze the desk."""
        # While the status bar says the database is in trouble, no read: a read that works would clear a
        # warning (a full disk, a refused write) that only a save that works may clear.
        if self._job is not None or not self.context.bus.reachable:
            return
        self._job = self.context.run_in_background(site_language, write=False, on_done=self._done,
                                                   on_failure=self._failed)

    def _done(self, language: str) -> None:
        self._job = None
        before, self.seen = self.seen, language
        if before is not None and language != before:
            self.context.bus.announce(*CONTENT_KINDS)
            self.switched.emit(language)

    def _failed(self, _failure: Failure) -> None:  # the runner has told the status bar; next tick tries again
        self._job = None
