"""The enquiry log query: every filter, every sort, keyset pages that neither skip nor repeat."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskapp.db import Database
from deskapp.desk.log import SORT_COLUMNS, LogFilters, LogQueryError, LogSort, explain, query_log
from tests.desk_helpers import DeskWorld, make_world

ZONE = ZoneInfo("Europe/London")
DAY = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def logged(any_db: Database) -> tuple[DeskWorld, dict[str, int]]:
    """Six enquiries that differ in one field each, on consecutive days (SQLite and PostgreSQL)."""
    return log_six(any_db)


@pytest.fixture
def logged_sqlite(db: Database) -> tuple[DeskWorld, dict[str, int]]:
    return log_six(db)


def log_six(database: Database) -> tuple[DeskWorld, dict[str, int]]:
    world = make_world(database)
    ref = world.ref
    email_skill = ref.by_key("categories", "it-email").skill_ids[0] if ref.by_key("categories", "it-email") \
        else ref.skills[0].id
    ids = {
        "wifi": world.log(world.alice, "it-wifi", asked_at=DAY),
        "printing": world.log(world.alice, "lib-printing", asked_at=DAY + timedelta(days=1), read_level=1),
        "bob": world.log(world.bob, "lib-directional", asked_at=DAY + timedelta(days=2), read_level=2),
        "other_desk": world.log(world.alice, "lib-rooms", desk_id=world.other_desk_id,
                                asked_at=DAY + timedelta(days=3)),
        "escalated": world.log(world.bob, "it-password", asked_at=DAY + timedelta(days=4),
                               outcome_id=world.outcome("escalated-it"), read_level=4),
        "noted": world.log(world.alice, "lib-known-item", asked_at=DAY + timedelta(days=5),
                           notes="Showed the 100% Reserve shelf", skill_ids=(email_skill,)),
    }
    return world, ids


def ids_of(world: DeskWorld, filters: LogFilters | None = None, sort: LogSort | None = None) -> list[int]:
    with world.db.read() as session:
        rows = query_log(session, filters or LogFilters(), sort or LogSort(), zone=ZONE).rows
    return [row.id for row in rows]


def test_the_log_lists_newest_first_by_default(logged) -> None:
    world, ids = logged
    assert ids_of(world) == [ids[k] for k in ("noted", "escalated", "other_desk", "bob", "printing", "wifi")]


def test_filter_by_date_range_uses_local_days_inclusive(logged) -> None:
    world, ids = logged
    filters = LogFilters(date_from=date(2026, 11, 3), date_to=date(2026, 11, 4))
    assert ids_of(world, filters) == [ids["bob"], ids["printing"]]


def test_filter_by_desk(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(desk_id=world.other_desk_id)) == [ids["other_desk"]]


def test_filter_by_staff(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(staff_id=world.bob.staff_id)) == [ids["escalated"], ids["bob"]]


def test_filter_by_domain_and_by_category(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(domain="it")) == [ids["escalated"], ids["wifi"]]
    assert ids_of(world, LogFilters(category_id=world.category("lib-printing"))) == [ids["printing"]]


def test_filter_by_outcome(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(outcome_id=world.outcome("escalated-it"))) == [ids["escalated"]]


def test_filter_by_read_level(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(read_level=2)) == [ids["bob"]]


def test_filter_by_skill_used(logged) -> None:
    world, ids = logged
    with world.db.read() as session:
        [row] = query_log(session, LogFilters(text="reserve"), zone=ZONE).rows
    assert ids_of(world, LogFilters(skill_id=row.skill_ids[0]))[0] == ids["noted"]


def test_filter_by_text_in_notes_ignores_case_and_treats_percent_literally(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(text="RESERVE shelf")) == [ids["noted"]]
    assert ids_of(world, LogFilters(text="100%")) == [ids["noted"]]
    assert ids_of(world, LogFilters(text="%")) == [ids["noted"]]
    assert ids_of(world, LogFilters(text="nothing like this")) == []


def test_filters_combine(logged) -> None:
    world, ids = logged
    assert ids_of(world, LogFilters(staff_id=world.alice.staff_id, domain="library", desk_id=world.desk_id)) == [
        ids["noted"], ids["printing"]]


def test_a_reversed_date_range_is_refused(logged) -> None:
    world, _ids = logged
    with pytest.raises(LogQueryError, match="start date is after the end date"):
        ids_of(world, LogFilters(date_from=date(2026, 11, 5), date_to=date(2026, 11, 1)))


@pytest.mark.parametrize("column", SORT_COLUMNS)
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_pages_through_every_row_exactly_once(logged_sqlite, column: str, descending: bool) -> None:
    world, ids = logged_sqlite
    seen: list[int] = []
    with world.db.read() as session:
        page = query_log(session, LogFilters(), LogSort(column, descending), limit=4, zone=ZONE)
        seen += [r.id for r in page.rows]
        while page.next_cursor:
            page = query_log(session, LogFilters(), LogSort(column, descending), cursor=page.next_cursor, limit=4,
                             zone=ZONE)
            seen += [r.id for r in page.rows]
    assert sorted(seen) == sorted(ids.values())


def test_sorting_by_category_follows_the_labels(logged) -> None:
    world, _ids = logged
    with world.db.read() as session:
        rows = query_log(session, LogFilters(), LogSort("category", descending=False), zone=ZONE).rows
    labels = [world.ref.label("categories", r.category_id) for r in rows]
    assert labels == sorted(labels)


def test_sorting_by_read_level_puts_unrecorded_last_both_ways(logged) -> None:
    world, _ids = logged
    for descending in (False, True):
        with world.db.read() as session:
            rows = query_log(session, LogFilters(), LogSort("read_level", descending), zone=ZONE).rows
        levels = [r.read_level for r in rows]
        assert levels[-3:] == [None, None, None]
        assert levels[:3] == ([4, 2, 1] if descending else [1, 2, 4])


def test_an_unknown_sort_is_refused(logged) -> None:
    world, _ids = logged
    with pytest.raises(LogQueryError, match="cannot be sorted"):
        ids_of(world, sort=LogSort("notes"))


def test_the_first_page_walks_the_time_index_on_sqlite(db: Database) -> None:
    with db.read() as session:
        plan = " ".join(explain(session))
        by_staff = " ".join(explain(session, LogFilters(staff_id=1)))
    assert "ix_enquiries_asked_at" in plan and "TEMP B-TREE" not in plan
    assert "ix_enquiries_staff_id_asked_at" in by_staff and "TEMP B-TREE" not in by_staff
