"""Searches that found nothing useful are counted per normalised query and month (deskapp.guides.misses),
with no person, desk or time kept, on both databases; leaders see the most searched and may dismiss one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text

from deskapp.db import Database
from deskapp.guides.misses import Miss, dismiss_miss, frequent_misses, month_of, record_miss
from deskapp.platform.actor import Actor, PermissionDenied

LEADER = Actor(role="leader", label="test:leader")
STAFF = Actor(role="staff", label="test:staff")


def test_phrasings_of_one_query_count_together_most_searched_first(any_db: Database):
    with any_db.write() as session:
        for query in ("My printer credit refund?", "printer credit refund", "PRINTER credit   refund", "fax"):
            record_miss(session, query, "2026-12")
        record_miss(session, "printer credit refund", "2026-11")
    with any_db.read() as session:
        assert frequent_misses(session, "2026-12") == [Miss("printer credit refund", "2026-12", 3),
                                                       Miss("fax", "2026-12", 1)]
        assert frequent_misses(session, "2026-11") == [Miss("printer credit refund", "2026-11", 1)]


def test_a_query_of_only_stop_words_is_not_counted(db: Database):
    with db.write() as session:
        assert record_miss(session, "is it the", "2026-12") is None
    with db.read() as session:
        assert frequent_misses(session, "2026-12") == []


def test_nothing_about_who_searched_is_stored(db: Database):
    with db.write() as session:
        record_miss(session, "printer credit refund", "2026-12")
        columns = {c["name"] for c in inspect(session.connection()).get_columns("search_misses")}
        audited = session.execute(text("SELECT COUNT(*) FROM audit_events WHERE entity = 'search_miss'")).scalar()
    assert columns == {"query", "month", "searches"}
    assert audited == 0


def test_the_month_is_the_desks_local_month():
    assert month_of(datetime(2026, 12, 3, 12, 0, tzinfo=UTC)) == "2026-12"


def test_a_leader_dismisses_a_missed_search_and_staff_may_not(any_db: Database):
    with any_db.write() as session:
        record_miss(session, "printer credit refund", "2026-12")
    with any_db.write() as session, pytest.raises(PermissionDenied):
        dismiss_miss(session, STAFF, "printer credit refund", "2026-12")
    with any_db.write() as session:
        dismiss_miss(session, LEADER, "printer credit refund", "2026-12")
    with any_db.read() as session:
        assert frequent_misses(session, "2026-12") == []
    with any_db.write() as session, pytest.raises(ValueError, match="not on the list"):
        dismiss_miss(session, LEADER, "printer credit refund", "2026-12")
