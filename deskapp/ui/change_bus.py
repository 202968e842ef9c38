"""The change bus: the operation runner publishes each committed change set here, and views subscribe to
the kinds they show. A subscription is a child of the subscribing widget, so it ends when the widget does:
nothing is delivered to a page deleted after a user switch."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal, Slot

from deskapp.platform.changes import Change, ChangeSet
from deskapp.platform.failures import FailureKind


class _Subscription(QObject):
    """A child of the subscribing widget: Qt drops the connection when the widget (and so this) is deleted."""

    def __init__(self, owner: QObject, kinds: frozenset[Change], handler: Callable[[ChangeSet], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._kinds = kinds
        self._handler = handler

    @Slot(object)
    def deliver(self, changes: ChangeSet) -> None:
        if changes.origin is self._owner or not changes.touches(self._kinds):
            return
        self._handler(changes)


class ChangeBus(QObject):
    """Change sets published by the operation runner, and the database's reachability."""

    changed = Signal(object)  # ChangeSet
    actor_changed = Signal(object)  # Actor | None (None: locked / signed out)
    # The runner's view of the database: False after a failure that means it cannot be reached or written
    # (the status bar shows it), True again after the next operation that succeeds.
    reachability_changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reachable = True
        self.trouble: FailureKind | None = None

    def subscribe(self, owner: QObject, kinds: Iterable[Change], handler: Callable[[ChangeSet], None]) -> None:
        """Call handler(changes) for every published change set touching one of kinds, while owner lives."""
        subscription = _Subscription(owner, frozenset(kinds), handler)
        self.changed.connect(subscription.deliver)

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)

    def announce(self, *kinds: Change, origin: object | None = None) -> None:
        """For changes the runner cannot see (a background job that ran its own transaction)."""
        self.publish(ChangeSet.of(*kinds).with_origin(origin))

    def set_reachable(self, reachable: bool, message: str = "", kind: FailureKind | None = None) -> None:
        """kind: why it is unavailable (the connection watch clears only an outage of the server)."""
        self.trouble = None if reachable else kind
        if reachable != self.reachable:
            self.reachable = reachable
            self.reachability_changed.emit(reachable, message)
