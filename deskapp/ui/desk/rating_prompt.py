"""The desk's side of “How did we do?”: after a save at a desk where a team leader turned it on, the patron's
window (deskapp/ui/desk/rating_window.py) asks about that enquiry; the answer is saved through the runner.

Whether this desk asks is read once and again whenever the shared settings change, never on the save path.
The desk worker is never held up: the window does not take the keyboard, and a failed rating is said on the
desk's message line (the patron's window only ever says thank you, once it is saved)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from deskapp.desk.patron_rating import rating_enabled, record_rating
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.desk.rating_window import RatingWindow, geometry_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from deskapp.platform.actor import Actor
    from deskapp.ui.context import UiContext


class RatingHost(Protocol):
    actor: Actor
    context: UiContext
    desk_id: int

    def say(self, text: str, *, keep_undo: bool = False, failed: bool = False) -> None: ...


class RatingPrompt(QObject):
    def __init__(self, page: RatingHost, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.page = page
        self.window = RatingWindow(geometry_file(page.context.user_config), parent_widget)
        self.window.rated.connect(self._rated)
        self.enabled = False
        self._reload()
        page.context.bus.subscribe(self, {Change.SETTINGS}, self._settings_changed)

    def _reload(self) -> None:
        page = self.page
        enabled = page.context.query(lambda session: rating_enabled(session, page.desk_id))
        self.enabled = bool(enabled)
        if not self.enabled and self.window.isVisible():
            self.window.skip_question()

    def _settings_changed(self, _changes: ChangeSet) -> None:
        self._reload()

    def after_save(self, enquiry_id: int) -> None:
        """A new enquiry was saved at this desk: ask its patron, when this desk asks."""
        if self.enabled:
            self.window.ask(enquiry_id)

    def withdraw(self, enquiry_id: int) -> None:
        """The enquiry was taken back (Ctrl+Z): its patron is no longer asked about it."""
        if self.window.enquiry_id == enquiry_id:
            self.window.skip_question()

    def _rated(self, enquiry_id: int, rating: str) -> None:
        page = self.page
        saved = page.context.run(lambda session: record_rating(session, page.actor, enquiry_id, rating),
                                 origin=self, show=lambda failure: page.say(
                                     self.tr("The patron's rating was not saved: %1").replace("%1", failure.message),
                                     keep_undo=True, failed=True))
        if saved.ok:
            self.window.thank()
        elif saved.failure is not None and saved.failure.retryable:
            self.window.ask(enquiry_id)  # the database was busy or away: the patron's tap can be made again
        else:
            self.window.hide()
