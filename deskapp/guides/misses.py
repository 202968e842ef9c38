"""Searches that found nothing useful, counted so team leaders see which guides are missing.

A search counts as a miss when the person leaves it without opening any result (the Guides page decides
when that is). What is kept is only the query's content words, normalised ("My printer credit refund?" ->
"printer credit refund", deskapp.guides.query.normalise), and a count per desk-local month: never who
searched, at which desk or when in the month (table search_misses, migration 0007). Recording takes no
permission and leaves no audit event, because an audit event names the person. A leader may dismiss one
(audited: that names the leader, not the searcher).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from deskapp.db.core import rows_matched
from deskapp.db.models import SearchMiss
from deskapp.guides.query import normalise
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_zone

SHOWN = 20


@dataclass(frozen=True)
class Miss:
    query: str
    month: str
    searches: int


def month_of(moment: datetime | None = None) -> str:
    """"2026-12": the desk-local month of `moment` (default now)."""
    return (moment or datetime.now(UTC)).astimezone(local_zone()).strftime("%Y-%m")


def record_miss(session: Session, query: str, month: str | None = None) -> str | None:
    """Count one search for `query` that found nothing useful. Returns the words counted, or None when the
    query holds no content word (nothing worth a guide)."""
    words = normalise(query)
    if not words:
        return None
    # One statement, so two desks counting the same query at once both count (same syntax on both databases).
    session.execute(text("INSERT INTO search_misses (query, month, searches) VALUES (:q, :m, 1) "
                         "ON CONFLICT (query, month) DO UPDATE SET searches = search_misses.searches + 1"),
                    {"q": words, "m": month or month_of()})
    return words


def frequent_misses(session: Session, month: str | None = None, limit: int = SHOWN) -> list[Miss]:
    """The month's missed searches, most searched first."""
    rows = session.execute(select(SearchMiss).where(SearchMiss.month == (month or month_of()))
                           .order_by(SearchMiss.searches.desc(), SearchMiss.query).limit(limit)).scalars()
    return [Miss(r.query, r.month, r.searches) for r in rows]


def dismiss_miss(session: Session, actor: Actor, query: str, month: str) -> None:
    """A leader takes a missed search off the list (a guide now answers it, or it was noise)."""
    actor.require("leader", N_("dismiss a missed search"))
    gone = rows_matched(session.execute(delete(SearchMiss).where(SearchMiss.query == query,
                                                                 SearchMiss.month == month)))
    if not gone:
        raise ValueError(_("'{query}' is not on the list of missed searches for {month}.").format(
                query=query,
                month=month))
    audit.record(session, actor, "delete", "search_miss", f"{month}:{query}"[:64], {"query": query, "month": month})
