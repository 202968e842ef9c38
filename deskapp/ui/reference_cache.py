"""One copy of the coded lists (categories, skills, staff, desks, channels, …) for every screen.

Screens used to load the lists once and keep them, so a skill a leader retired was still offered at the desk
and a new colleague's enquiries showed a blank Staff column in an open log. The cache reloads whenever a
published change set touches one of the lists, and tells the screens (`refreshed`), so no screen offers
something that no longer exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from deskapp.desk.reference import ReferenceLists, load_reference
from deskapp.platform.changes import Change, ChangeSet
from deskapp.ui.change_bus import ChangeBus

# UiContext.load (raises when it cannot read) and UiContext.query (None when it cannot).
Load = Callable[[Callable[[Any], ReferenceLists]], ReferenceLists]
Query = Callable[[Callable[[Any], ReferenceLists]], ReferenceLists | None]

# The change kinds that alter what load_reference returns.
REFERENCE_KINDS = frozenset({Change.CATEGORIES, Change.SKILLS, Change.STAFF, Change.DESKS, Change.REFERENCE})


class ReferenceCache(QObject):
    refreshed = Signal(object)  # ReferenceLists

    def __init__(self, bus: ChangeBus, load: Load, query: Query) -> None:
        super().__init__(bus)
        self._load = load
        self._query = query
        self._lists: ReferenceLists | None = None
        bus.subscribe(self, REFERENCE_KINDS, self._reload)

    def lists(self) -> ReferenceLists:
        """The current lists (loaded on first use). Raises if the database cannot be read at all the first
        time: a screen cannot be built without its lists."""
        if self._lists is None:
            self._lists = self._load(load_reference)
        return self._lists

    def _reload(self, _changes: ChangeSet) -> None:
        lists = self._query(load_reference)
        if lists is None:
            self._lists = None  # loaded again on next use; a screen never keeps what may be gone
            return
        self._lists = lists
        self.refreshed.emit(lists)
