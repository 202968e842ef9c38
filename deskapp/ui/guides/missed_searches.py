"""When a search on the Guides page found nothing useful: the person left it without opening a result.

Typing refines one search ("pri", "print", "printer credit"), so only a search that was *left* counts: the
box cleared, the page left (another area, the desk locked), or a different search typed after this one had
stood for SETTLED_S seconds (a typo corrected at once is not a miss). Opening any result uses the search.
A search that looks like it holds an email address, phone or card number is never kept. Counting goes
through the operation runner; a failure to count is logged and never interrupts the person.
"""

from __future__ import annotations

import logging
import time

from deskapp.desk.privacy import has_personal_data
from deskapp.guides.misses import record_miss
from deskapp.ui.context import UiContext

log = logging.getLogger(__name__)
SETTLED_S = 3.0


class MissedSearches:
    def __init__(self, context: UiContext, origin: object) -> None:
        self.context = context
        self.origin = origin
        self.pending = ""  # the search shown now, no result of it opened yet
        self.since = 0.0
        self.clock = time.monotonic  # tests move time on

    def searched(self, text: str) -> None:
        """The page now shows the results of `text` ("" = no search)."""
        before, refined = self.pending, bool(text) and bool(self.pending) and (
            text.startswith(self.pending) or self.pending.startswith(text))
        if refined:
            self.pending = text
            return
        if before and (not text or self.clock() - self.since >= SETTLED_S):
            self._count(before)
        self.pending, self.since = text, self.clock()

    def opened(self) -> None:
        self.pending = ""

    def left(self) -> None:
        if self.pending:
            self._count(self.pending)
        self.pending = ""

    def _count(self, query: str) -> None:
        if has_personal_data(query) or self.context.current_actor() is None:
            return
        self.context.run(lambda session: record_miss(session, query), origin=self.origin,
                         show=lambda failure: log.warning("a missed search was not counted: %s", failure.message))
