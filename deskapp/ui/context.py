"""What every screen is given through its constructor: the database, who is signed in, at which desk,
the change bus, the dialog service and the operation runner. Pages never reach for globals.

Pages never open database sessions: they hand a domain call to `context.run(...)` (writes) or
`context.read(...)` (queries). The runner opens the transaction, runs the call, turns any failure into one
plain message (`deskapp.platform.failures`), logs the traceback, and, once the transaction has committed,
publishes what changed (`deskapp.platform.changes.ChangeSet`) on the bus. Views that show a kind of thing
subscribe to it with `context.bus.subscribe(widget, kinds, handler)`; the subscription dies with the widget,
and a view never hears the echo of an operation it started itself (the runner's `origin`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from deskapp.platform.actor import Actor
from deskapp.platform.changes import ChangeSet, collect
from deskapp.platform.failures import Failure, FailureKind, describe_failure, stopped_saving_message
from deskapp.startup.database import Database
from deskapp.ui.background import Job, start
from deskapp.ui.change_bus import ChangeBus
from deskapp.ui.dialogs import DialogService
from deskapp.ui.enquiry_in_hand import EnquiryInHand
from deskapp.ui.reference_cache import ReferenceCache

T = TypeVar("T")
log = logging.getLogger(__name__)


class OperationFailed(RuntimeError):
    """Raised by UiContext.load: the screen could not be built; `failure` says why in plain words."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What `context.run` returns: the domain call's value, or the failure that was shown."""

    value: T | None = None
    failure: Failure | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def ok(self) -> bool:
        return self.failure is None


# Kinds that mean the database itself is unwell, as opposed to the person's input being refused.
_DATABASE_TROUBLE = frozenset({FailureKind.UNREACHABLE, FailureKind.DISK_FULL, FailureKind.BUSY,
                               FailureKind.READ_ONLY, FailureKind.FILE_CHANGED})


@dataclass
class UiContext:
    db: Database
    desk_name: str
    bus: ChangeBus
    dialogs: DialogService
    current_actor: Callable[[], Actor | None]
    # The per-user settings file for save_user_setting/load_settings (None: the real one; tests pass a temp file).
    user_config: Path | None = None
    _reference: ReferenceCache | None = field(default=None, init=False, repr=False)
    _in_hand: EnquiryInHand | None = field(default=None, init=False, repr=False)

    @property
    def reference(self) -> ReferenceCache:
        """The one cache of the coded lists, refreshed by the change sets (deskapp/ui/reference_cache.py)."""
        if self._reference is None:
            self._reference = ReferenceCache(self.bus, self.load, self.query)
        return self._reference

    @property
    def in_hand(self) -> EnquiryInHand:
        """The enquiry open on the desk, shared with the other pages (deskapp/ui/enquiry_in_hand.py)."""
        if self._in_hand is None:
            self._in_hand = EnquiryInHand()
        return self._in_hand

    def actor(self) -> Actor:
        """The signed-in person; screens are only reachable while someone is signed in."""
        actor = self.current_actor()
        if actor is None:
            raise RuntimeError("no one is signed in")
        return actor

    def run(self, op: Callable[[Any], T], *, origin: object | None = None,
            show: Callable[[Failure], None] | None = None, title: str | None = None,
            extra: ChangeSet | None = None) -> Outcome[T]:
        """Run op(session) in one write transaction; show any failure; publish the change set on success.

        show: how this page tells the person (a status line beside the form, say); without it, an error
        dialog titled `title`. extra: kinds the domain call changed without an audit event.
        """
        return self._execute(op, write=True, origin=origin, show=show, title=title, extra=extra)

    def read(self, op: Callable[[Any], T], *, show: Callable[[Failure], None] | None = None,
             title: str | None = None) -> Outcome[T]:
        """Run op(session) in a read-only session; show any failure."""
        return self._execute(op, write=False, origin=None, show=show, title=title, extra=None)

    def query(self, op: Callable[[Any], T]) -> T | None:
        """op(session)'s value, or None when it could not be read. A database that cannot be reached shows
        in the status bar (a view refreshing itself should not pile up dialogs); any other failure as a
        dialog."""
        outcome = self._execute(op, write=False, origin=None, show=self._show_read_failure, title=None,
                                extra=None)
        return outcome.value if outcome.ok else None

    def load(self, op: Callable[[Any], T]) -> T:
        """op(session)'s value, for building a screen that cannot exist without it: a failure is logged and
        raised as OperationFailed (the navigation then shows the area as unavailable, with the reason)."""
        outcome: Outcome[T] = self._execute(op, write=False, origin=None, show=lambda _failure: None,
                                            title=None, extra=None)
        if outcome.failure is not None:
            raise OperationFailed(outcome.failure)
        # No failure, so op returned its T (value is typed T | None only because a failed run has none).
        return outcome.value  # type: ignore[return-value]

    def check_files(self) -> bool:
        """The watchdog's tick: put up the "not saving" warning at once when the database file (or its
        -wal) was deleted or replaced under the app, before anyone tries to save. True while all is well."""
        stopped = self.db.files_problem()
        if stopped is not None:
            self.bus.set_reachable(False, stopped_saving_message(), FailureKind.FILE_CHANGED)
        return stopped is None

    def _show_read_failure(self, failure: Failure) -> None:
        if failure.kind not in _DATABASE_TROUBLE:
            self.dialogs.error(QCoreApplication.translate("UiContext", "Could not load"), failure.message)

    def run_in_background(self, op: Callable[[Any], T], *, write: bool, on_done: Callable[[T], None],
                          on_failure: Callable[[Failure], None], origin: object | None = None,
                          extra: ChangeSet | None = None) -> Job:
        """Run op(session) on the thread pool (a folder of guides, a big export): the session is opened and
        closed there, the outcome handled here on the GUI thread exactly as `run` would (the status bar learns
        of a database in trouble, the change set is published), then on_done(value) or on_failure(failure).
        Keep the returned job until it reports back."""
        def in_pool() -> Outcome[T]:
            return self._in_session(op, write=write)

        def finished(outcome: Outcome[T]) -> None:
            settled = self._settle(outcome, origin=origin, extra=extra)
            if settled.failure is not None:
                on_failure(settled.failure)
            else:
                on_done(settled.value)  # type: ignore[arg-type]  # no failure: op returned its T

        # _in_session catches everything, so the job's own failure path only sees a broken Qt hand-over.
        return start(in_pool, finished, lambda text: on_failure(describe_failure(RuntimeError(text))))

    def _in_session(self, op: Callable[[Any], T], *, write: bool) -> Outcome[T]:
        """op(session) in one transaction, any failure described; safe on any thread (no Qt, no bus)."""
        try:
            with (self.db.write() if write else self.db.read()) as session:
                value = op(session)
                changes = collect(session)
        except Exception as error:  # every failure is shown the same way; none is silent
            failure = describe_failure(error)
            if failure.kind is FailureKind.UNEXPECTED or failure.kind in _DATABASE_TROUBLE:
                log.error("operation failed (%s): %s", failure.kind, failure.detail, exc_info=error)
            return Outcome(failure=failure)
        return Outcome(value=value, changes=changes)

    def _settle(self, outcome: Outcome[T], *, origin: object | None, extra: ChangeSet | None) -> Outcome[T]:
        """On the GUI thread: tell the status bar how the database is, and publish what a success changed."""
        if outcome.failure is not None:
            if outcome.failure.kind in _DATABASE_TROUBLE:
                self.bus.set_reachable(False, outcome.failure.message, outcome.failure.kind)
            return outcome
        # A read still works on a file that was deleted under the app, but saving has stopped: the warning
        # stays up until deskapp is restarted.
        stopped = self.db.files_problem()
        self.bus.set_reachable(stopped is None, stopped_saving_message() if stopped else "",
                               FailureKind.FILE_CHANGED if stopped else None)
        changes = outcome.changes if extra is None else outcome.changes.merged(extra)
        changes = changes.with_origin(origin)
        self.bus.publish(changes)
        return Outcome(value=outcome.value, changes=changes)

    def _execute(self, op: Callable[[Any], T], *, write: bool, origin: object | None,
                 show: Callable[[Failure], None] | None, title: str | None,
                 extra: ChangeSet | None) -> Outcome[T]:
        outcome = self._settle(self._in_session(op, write=write), origin=origin, extra=extra)
        if outcome.failure is not None:
            self._show(outcome.failure, show, title, write)
        return outcome

    def _show(self, failure: Failure, show: Callable[[Failure], None] | None, title: str | None,
              write: bool) -> None:
        if show is not None:
            show(failure)
            return
        if title is None:
            title = (QCoreApplication.translate("UiContext", "Not saved") if write
                     else QCoreApplication.translate("UiContext", "Could not load"))
        self.dialogs.error(title, failure.message)
