"""“How did we do?” (issue 19, point 4): off by default and turned on per desk by a team leader; a rating
holds the enquiry and the answer, never a person; only the desk worker who just saved may record it, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, PatronRating
from deskapp.desk.enquiries import delete_enquiry, restore_enquiry
from deskapp.desk.patron_rating import (
    RatingError,
    desks_asking,
    rating_enabled,
    record_rating,
    set_rating_enabled,
)
from deskapp.platform.actor import PermissionDenied
from tests.desk_helpers import DeskWorld, make_world


@pytest.fixture
def world(any_db: Database) -> DeskWorld:
    return make_world(any_db)


def turned_on(world: DeskWorld) -> DeskWorld:
    with world.db.write() as session:
        set_rating_enabled(session, world.lena, world.desk_id, True)
    return world


def test_no_desk_asks_its_patrons_until_a_leader_turns_it_on_for_that_desk(world: DeskWorld) -> None:
    with world.db.read() as session:
        assert not rating_enabled(session, world.desk_id) and desks_asking(session) == set()
    turned_on(world)
    with world.db.read() as session:
        assert rating_enabled(session, world.desk_id)
        assert not rating_enabled(session, world.other_desk_id)  # per desk: the other one still does not ask
        assert desks_asking(session) == {world.desk_id}
        [event] = session.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).all()
        assert event.changes == {"value": [False, True]} and event.desk_id == world.desk_id


def test_only_a_leader_turns_the_rating_on(world: DeskWorld) -> None:
    with pytest.raises(PermissionDenied), world.db.write() as session:
        set_rating_enabled(session, world.alice, world.desk_id, True)
    with world.db.read() as session:
        assert not rating_enabled(session, world.desk_id)


def test_a_rating_carries_the_enquiry_and_the_answer_and_no_person(world: DeskWorld) -> None:
    turned_on(world)
    enquiry = world.log(world.alice)
    with world.db.write() as session:
        record_rating(session, world.alice, enquiry, "good")
    with world.db.read() as session:
        [row] = session.scalars(select(PatronRating)).all()
        assert (row.enquiry_id, row.rating) == (enquiry, "good")
    columns = {c.name for c in inspect(PatronRating).columns}
    assert columns == {"id", "enquiry_id", "rating"}  # no staff, patron, time or free text


def test_a_desk_that_does_not_ask_keeps_no_rating(world: DeskWorld) -> None:
    enquiry = world.log(world.alice)
    with pytest.raises(RatingError, match="does not ask patrons"), world.db.write() as session:
        record_rating(session, world.alice, enquiry, "good")
    with world.db.read() as session:
        assert session.scalars(select(PatronRating)).all() == []


@pytest.mark.parametrize(("who", "rating", "later", "message"), [
    ("bob", "good", timedelta(0), "just served with"),
    ("alice", "excellent", timedelta(0), "good, neutral or poor"),
    ("alice", "poor", timedelta(hours=2), "too long ago"),
])
def test_a_rating_by_someone_else_of_an_unknown_answer_or_long_after_is_refused(
        world: DeskWorld, who: str, rating: str, later: timedelta, message: str) -> None:
    turned_on(world)
    enquiry = world.log(world.alice)
    actor = world.bob if who == "bob" else world.alice
    with pytest.raises(RatingError, match=message), world.db.write() as session:
        record_rating(session, actor, enquiry, rating, now=datetime.now(UTC) + later)


def test_an_enquiry_is_rated_once_and_its_rating_goes_with_it(world: DeskWorld) -> None:
    turned_on(world)
    enquiry = world.log(world.alice)
    with world.db.write() as session:
        record_rating(session, world.alice, enquiry, "neutral")
    with pytest.raises(RatingError, match="already been rated"), world.db.write() as session:
        record_rating(session, world.alice, enquiry, "good")
    with world.db.write() as session:
        delete_enquiry(session, world.alice, enquiry)
    with world.db.read() as session:
        assert session.scalars(select(PatronRating)).all() == []


def test_an_undone_enquiry_brought_back_brings_its_patrons_rating_back(world: DeskWorld) -> None:
    # The patron was thanked for the answer: an undo and a restore of the enquiry must not lose it.
    turned_on(world)
    enquiry = world.log(world.alice)
    with world.db.write() as session:
        record_rating(session, world.alice, enquiry, "poor")
    with world.db.write() as session:
        snapshot = delete_enquiry(session, world.alice, enquiry)
    with world.db.write() as session:
        restore_enquiry(session, world.alice, snapshot)
    with world.db.read() as session:
        assert [(r.enquiry_id, r.rating) for r in session.scalars(select(PatronRating))] == [(enquiry, "poor")]
