"""Who can help now (issue 19, point 1): the rules for who counts as available, and the referral to one of
them recorded as a peer-learning event for both people, deleted and restored with its enquiry."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import DeskSession, Enquiry, Staff, TrainingRecord
from deskapp.desk.enquiries import EnquiryError, delete_enquiry, restore_enquiry
from deskapp.desk.peer_help import AVAILABLE_FOR, log_referred_to_colleague, who_can_help
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from tests import report_data as rd
from tests.desk_helpers import DeskWorld, make_world

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def signed_in(world: DeskWorld, actor: Actor, desk_id: int, *, seen: datetime = NOW,
              out: datetime | None = None) -> None:
    with world.db.write() as session:
        session.add(DeskSession(staff_id=actor.staff_id, desk_id=desk_id, signed_in_at=seen - timedelta(hours=1),
                                last_seen_at=seen, signed_out_at=out))


def level(world: DeskWorld, actor: Actor, key: str, value: int) -> None:
    with world.db.write() as session:
        rd.set_level(session, actor.staff_id, key, value)  # type: ignore[arg-type]


def skill(world: DeskWorld, key: str) -> int:
    return world.ref.by_key("skills", key).id  # type: ignore[union-attr]


def helpers(world: DeskWorld, asker: Actor, *keys: str) -> list[tuple[str, str]]:
    with world.db.read() as session:
        return [(h.initials, h.desk_name) for h in who_can_help(session, asker, [skill(world, k) for k in keys],
                                                                now=NOW)]


def test_only_colleagues_signed_in_now_active_and_at_level_3_or_above_are_offered(world: DeskWorld) -> None:
    android = "eduroam-android"
    level(world, world.bob, android, 3)
    level(world, world.lena, android, 2)  # below 3: not offered
    signed_in(world, world.bob, world.other_desk_id)
    signed_in(world, world.lena, world.desk_id)
    level(world, world.alice, android, 4)
    signed_in(world, world.alice, world.desk_id)  # the person asking: never offered to herself
    assert helpers(world, world.alice, android) == [("BB", "Science Library – Help point")]
    assert helpers(world, world.alice) == []  # no skills on the enquiry: nobody to match


@pytest.mark.parametrize("gone", ["signed out", "not seen lately", "deactivated"])
def test_a_colleague_who_is_not_there_now_is_not_offered(world: DeskWorld, gone: str) -> None:
    level(world, world.bob, "eduroam-android", 4)
    if gone == "signed out":
        signed_in(world, world.bob, world.other_desk_id, out=NOW - timedelta(minutes=1))
    elif gone == "not seen lately":  # the app crashed or lost the network: its heartbeat stopped
        signed_in(world, world.bob, world.other_desk_id, seen=NOW - AVAILABLE_FOR - timedelta(seconds=1))
    else:
        signed_in(world, world.bob, world.other_desk_id)
        with world.db.write() as session:
            session.get(Staff, world.bob.staff_id).active = False
    assert helpers(world, world.alice, "eduroam-android") == []


def test_the_colleague_covering_most_of_the_skills_at_the_highest_levels_comes_first(world: DeskWorld) -> None:
    level(world, world.bob, "eduroam-android", 4)
    level(world, world.lena, "eduroam-android", 3)
    level(world, world.lena, "vpn-setup", 3)
    signed_in(world, world.bob, world.other_desk_id)
    signed_in(world, world.lena, world.desk_id)
    assert [i for i, _d in helpers(world, world.alice, "eduroam-android", "vpn-setup")] == ["LL", "BB"]
    assert [i for i, _d in helpers(world, world.alice, "eduroam-android")] == ["BB", "LL"]  # 4 before 3


def test_referring_to_a_colleague_saves_the_referral_and_a_learning_event_for_both(world: DeskWorld) -> None:
    level(world, world.bob, "eduroam-android", 4)
    draft = world.draft("it-wifi", skill_ids=(skill(world, "eduroam-android"), skill(world, "eduroam-ios")))
    with world.db.write() as session:
        referral = log_referred_to_colleague(session, world.alice, world.desk_id, draft, world.bob.staff_id,
                                             now=NOW)
    with world.db.read() as session:
        enquiry = session.get(Enquiry, referral.enquiry_id)
        records = sorted((t.staff_id, t.kind, t.title, t.mentor_id, t.trained_on, t.skill_id)
                         for t in session.scalars(select(TrainingRecord)))
    assert enquiry.outcome_id == world.outcome("referred-colleague")
    android = skill(world, "eduroam-android")  # Bob does not hold the iPhone setup: nothing learned there
    assert records == sorted([
        (world.alice.staff_id, "from-colleague", "Learned with BB at the desk", world.bob.staff_id,
         date(2026, 12, 3), android),
        (world.bob.staff_id, "peer-session", "Learned with AA at the desk", None, date(2026, 12, 3), android)])


def test_a_colleague_without_the_skills_is_refused_and_nothing_is_saved(world: DeskWorld) -> None:
    draft = world.draft("it-wifi", skill_ids=(skill(world, "eduroam-android"),))
    with pytest.raises(EnquiryError, match="does not hold this enquiry's skills"), world.db.write() as session:
        log_referred_to_colleague(session, world.alice, world.desk_id, draft, world.bob.staff_id, now=NOW)
    with pytest.raises(EnquiryError, match="yourself"), world.db.write() as session:
        log_referred_to_colleague(session, world.alice, world.desk_id, draft, world.alice.staff_id, now=NOW)
    with world.db.read() as session:
        assert session.scalars(select(Enquiry)).all() == [] and session.scalars(select(TrainingRecord)).all() == []


def test_deleting_the_enquiry_takes_its_learning_with_it_and_a_restore_brings_it_back(world: DeskWorld) -> None:
    level(world, world.bob, "eduroam-android", 4)
    draft = world.draft("it-wifi", skill_ids=(skill(world, "eduroam-android"),))
    with world.db.write() as session:
        enquiry_id = log_referred_to_colleague(session, world.alice, world.desk_id, draft, world.bob.staff_id,
                                               now=NOW).enquiry_id

    def learning() -> list[tuple]:
        with world.db.read() as session:
            return [(t.staff_id, t.skill_id, t.kind, t.title, t.trained_on, t.mentor_id, t.created_at, t.enquiry_id)
                    for t in session.scalars(select(TrainingRecord).order_by(TrainingRecord.staff_id))]

    before = learning()
    with world.db.write() as session:
        snapshot = delete_enquiry(session, world.alice, enquiry_id)
    assert learning() == []
    with world.db.write() as session:
        restore_enquiry(session, world.alice, snapshot)
    assert learning() == before


def test_the_desk_statistics_count_the_peer_learning_events_of_the_period(world: DeskWorld) -> None:
    level(world, world.bob, "eduroam-android", 4)
    draft = world.draft("it-wifi", skill_ids=(skill(world, "eduroam-android"),), asked_at=NOW)
    with world.db.write() as session:
        log_referred_to_colleague(session, world.alice, world.desk_id, draft, world.bob.staff_id, now=NOW)
    result = run_report(world.db, world.lena, "desk-stats", date(2026, 12, 1), date(2026, 12, 31))
    other_month = run_report(world.db, world.lena, "desk-stats", date(2026, 11, 1), date(2026, 11, 30))
    row = next(r for r in result.rows if r["section"] == "learning")
    assert (row["key"], row["count"]) == ("peer_learning", 2)  # one event, recorded for both people
    assert not [r for r in other_month.rows if r["section"] == "learning" and r["count"]]
