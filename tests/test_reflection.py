"""Reflection, a minute a week (issue 19, point 3): a person's week (skills used and new, guides that helped,
what was passed on and to whom, requests made) and a one-line reflection that only they write and only they
and team leaders read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Guide
from deskapp.desk.enquiries import log_enquiry
from deskapp.desk.peer_help import log_referred_to_colleague
from deskapp.people.learning_requests import ask_to_learn
from deskapp.people.reflection import ReflectionError, my_week, save_reflection, week_of
from deskapp.platform.actor import PermissionDenied
from tests import report_data as rd
from tests.desk_helpers import DeskWorld, make_world

WEDNESDAY = date(2026, 3, 11)  # the week of Monday 9 March
MONDAY = date(2026, 3, 9)


@pytest.fixture
def world(any_db: Database) -> DeskWorld:
    return make_world(any_db)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def skill(world: DeskWorld, key: str) -> int:
    return world.ref.by_key("skills", key).id  # type: ignore[union-attr]


def test_the_week_shows_skills_used_the_new_ones_guides_that_helped_and_what_was_passed_on_to_whom(
        world: DeskWorld) -> None:
    android, iphone = skill(world, "eduroam-android"), skill(world, "eduroam-ios")
    with world.db.write() as session:
        rd.set_level(session, world.bob.staff_id, "eduroam-ios", 4)  # type: ignore[arg-type]
        guide = Guide(key="t-eduroam", title="eduroam on Android")
        session.add(guide)
        session.flush()
        # Last week Alice already used the Android skill; this week again, with a guide that helped, and a
        # first iPhone enquiry she referred to Bob, and asked to learn.
        log_enquiry(session, world.alice, world.desk_id, replace(world.draft("it-wifi"), skill_ids=(android,)),
                    now=at(date(2026, 3, 3)), zone=UTC)
        log_enquiry(session, world.alice, world.desk_id, replace(world.draft("it-wifi"), skill_ids=(android,),
                                                                 guides=((guide.id, True),)),
                    now=at(WEDNESDAY), zone=UTC)
        referral = log_referred_to_colleague(session, world.alice, world.desk_id,
                                             replace(world.draft("it-wifi"), skill_ids=(iphone,)),
                                             world.bob.staff_id or 0, now=at(WEDNESDAY, 11), zone=UTC)
        ask_to_learn(session, world.alice, referral.enquiry_id, now=at(WEDNESDAY, 12))
    with world.db.read() as session:
        week = my_week(session, world.alice, today=WEDNESDAY)
    assert week.week_start == MONDAY
    assert week.skills_used == (("Configure eduroam on Android", 1), ("Configure eduroam on iPhone and iPad", 1))
    assert week.new_skills == ("Configure eduroam on iPhone and iPad",)
    assert week.guides_helped == ("eduroam on Android",)
    assert [(p.to, p.times) for p in week.passed_on] == [("Bob Brown", 1)]
    assert week.requests == ("Configure eduroam on iPhone and iPad",)


def test_a_reflection_is_one_line_kept_per_week_and_its_words_stay_out_of_the_audit(world: DeskWorld) -> None:
    with world.db.write() as session:
        assert save_reflection(session, world.alice, "  Ask Bob   sooner\n", today=WEDNESDAY) == "Ask Bob sooner"
    with world.db.write() as session:
        save_reflection(session, world.alice, "Ask Bob sooner, and write the guide", today=MONDAY)  # same week
    with world.db.read() as session:
        assert my_week(session, world.alice, today=WEDNESDAY).reflection == "Ask Bob sooner, and write the guide"
        assert my_week(session, world.alice, today=date(2026, 3, 16)).reflection == ""  # next week: a new line
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "weekly_reflection")).all()
    assert [e.changes for e in events] == [{"length": [0, 14]}, {"length": [14, 35]}]
    with pytest.raises(ReflectionError, match="at most 200"), world.db.write() as session:
        save_reflection(session, world.alice, "x" * 201, today=WEDNESDAY)
    with world.db.write() as session:
        save_reflection(session, world.alice, "", today=WEDNESDAY)  # an empty line takes it away
    with world.db.read() as session:
        assert my_week(session, world.alice, today=WEDNESDAY).reflection == ""


def test_only_the_person_and_team_leaders_read_the_week_and_only_the_person_writes_it(world: DeskWorld) -> None:
    with world.db.write() as session:
        save_reflection(session, world.alice, "Ask sooner", today=WEDNESDAY)
    with world.db.read() as session:
        assert my_week(session, world.lena, world.alice.staff_id, today=WEDNESDAY).reflection == "Ask sooner"
        with pytest.raises(PermissionDenied):
            my_week(session, world.bob, world.alice.staff_id, today=WEDNESDAY)
    with world.db.write() as session:  # the leader's own line is their own, never Alice's
        save_reflection(session, world.lena, "Plan the eduroam clinic", today=WEDNESDAY)
    with world.db.read() as session:
        assert my_week(session, world.alice, today=WEDNESDAY).reflection == "Ask sooner"


def test_the_week_starts_on_monday() -> None:
    assert [week_of(date(2026, 3, d)) for d in (9, 11, 15, 16)] == [MONDAY, MONDAY, MONDAY, date(2026, 3, 16)]
