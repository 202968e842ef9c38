"""“I'd like to learn this” (issue 19, point 2): who may ask, from which enquiries, the leaders' queue with
counts per skill and person, the answer, and what the person sees of it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent
from deskapp.people import skills
from deskapp.people.learning_requests import (
    LearningRequestError,
    answer_requests,
    ask_to_learn,
    learning_queue,
    my_requests,
)
from deskapp.platform.actor import PermissionDenied
from tests.desk_helpers import DeskWorld, make_world


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def skill(world: DeskWorld, key: str) -> int:
    return world.ref.by_key("skills", key).id  # type: ignore[union-attr]


def referred(world: DeskWorld, actor, *keys: str, outcome: str = "escalated-it") -> int:
    return world.log(actor, "it-wifi", outcome_id=world.outcome(outcome),
                     skill_ids=tuple(skill(world, k) for k in keys))


def test_one_ask_after_an_escalated_enquiry_requests_its_skills_once(world: DeskWorld) -> None:
    enquiry = referred(world, world.alice, "eduroam-android")
    with world.db.write() as session:
        assert ask_to_learn(session, world.alice, enquiry) == ["Configure eduroam on Android"]
        ask_to_learn(session, world.alice, enquiry)  # pressed twice: still one request
    with world.db.read() as session:
        assert [(r.skill, r.status) for r in my_requests(session, world.alice)] == [
            ("Configure eduroam on Android", "open")]
        assert session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "learning_request")).all() \
            == ["create"]


@pytest.mark.parametrize(("whose", "outcome", "message"), [
    ("bob", "escalated-it", "only from an enquiry you logged yourself"),
    ("alice", "resolved", "Only an enquiry you referred or escalated"),
])
def test_a_request_from_someone_elses_or_a_resolved_enquiry_is_refused(world: DeskWorld, whose: str,
                                                                       outcome: str, message: str) -> None:
    enquiry = referred(world, world.bob if whose == "bob" else world.alice, "eduroam-android", outcome=outcome)
    with pytest.raises(LearningRequestError, match=message), world.db.write() as session:
        ask_to_learn(session, world.alice, enquiry)


def test_the_queue_counts_per_skill_and_person_and_a_leaders_answer_reaches_my_record(world: DeskWorld) -> None:
    for actor in (world.alice, world.alice, world.bob):
        with world.db.write() as session:
            ask_to_learn(session, actor, referred(world, actor, "eduroam-android"))
    with world.db.write() as session:
        ask_to_learn(session, world.bob, referred(world, world.bob, "vpn-setup", outcome="referred-colleague"))
    with world.db.read() as session:
        queue = [(r.skill, r.initials, r.asks, r.skill_asks, r.skill_people) for r in learning_queue(session,
                                                                                                     world.lena)]
    assert queue == [("Configure eduroam on Android", "AA", 2, 3, 2), ("Configure eduroam on Android", "BB", 1, 3, 2),
                     ("Set up the VPN for off-campus access", "BB", 1, 1, 1)]
    with world.db.write() as session:
        assert answer_requests(session, world.lena, world.alice.staff_id, skill(world, "eduroam-android"),
                               "planned", "Shadow Bob on Thursday") == 2
    with world.db.read() as session:
        assert [(r.status, r.note) for r in my_requests(session, world.alice)] == [
            ("planned", "Shadow Bob on Thursday")] * 2
        assert [r.initials for r in learning_queue(session, world.lena)] == ["BB", "BB"]


def test_staff_cannot_see_the_queue_or_answer(world: DeskWorld) -> None:
    with pytest.raises(PermissionDenied), world.db.read() as session:
        learning_queue(session, world.alice)
    with pytest.raises(PermissionDenied), world.db.write() as session:
        answer_requests(session, world.alice, world.alice.staff_id, skill(world, "vpn-setup"), "done")


def test_a_request_for_a_merged_skill_goes_to_the_skill_it_became(world: DeskWorld) -> None:
    enquiry = referred(world, world.alice, "eduroam-android")
    with world.db.write() as session:
        skills.merge_skill(session, world.lena, skill(world, "eduroam-android"), skill(world, "device-troubleshooting"))
        ask_to_learn(session, world.alice, enquiry)
    with world.db.read() as session:
        [row] = learning_queue(session, world.lena)
    assert row.skill_id == skill(world, "device-troubleshooting")
