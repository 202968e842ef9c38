"""Expiry alerts: training that has expired or expires within the warning period, soonest first; a renewal
ends the warning, a record without an expiry does not; staff see only their own."""

from __future__ import annotations

from datetime import date

import pytest

from deskapp.db.models import Staff
from deskapp.people import skills, training
from deskapp.platform.actor import Actor, PermissionDenied
from tests import report_data as rd

TODAY = date(2026, 3, 20)


@pytest.fixture
def team(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        bob = rd.staff(session, "Bob Baker", "BB")
    return {"db": db, "lee": Actor.staff_member(lee, "leader"), "ann": Actor.staff_member(ann, "staff"),
            "bob": Actor.staff_member(bob, "staff")}


def record(team, who: str, key: str, on: date, expires: date | None, kind: str = "course") -> None:
    with team["db"].write() as session:
        training.add_training(session, team["lee"], staff_id=team[who].staff_id, skill_id=rd.skill_id(session, key),
                              kind=kind, trained_on=on, expires_on=expires)


def due(team, actor: str = "lee", **options) -> list[tuple[str, str, date, bool]]:
    with team["db"].read() as session:
        return [(d.staff, d.skill, d.holds_until, d.expired)
                for d in training.training_due(session, team[actor], today=TODAY, **options)]


def test_expired_and_soon_expiring_training_is_listed_soonest_first_with_both_ends_of_the_period(team):
    record(team, "ann", "eduroam-android", date(2025, 3, 1), date(2026, 3, 19))  # expired yesterday
    record(team, "bob", "wayfinding", date(2025, 4, 1), date(2026, 4, 19))  # the 30th day ahead: warned
    record(team, "bob", "eduroam-android", date(2025, 4, 1), date(2026, 4, 20))  # the 31st: not yet
    record(team, "ann", "wayfinding", date(2025, 4, 1), date(2026, 3, 20))  # expires today: still holds today
    assert due(team) == [("Ann Archer", "Configure eduroam on Android", date(2026, 3, 19), True),
                         ("Ann Archer", "Give directions and opening hours", date(2026, 3, 20), False),
                         ("Bob Baker", "Give directions and opening hours", date(2026, 4, 19), False)]
    assert due(team, within_days=0) == due(team)[:2]


def test_a_renewal_ends_the_warning_and_a_record_without_expiry_does_not(team):
    record(team, "ann", "eduroam-android", date(2025, 3, 1), date(2026, 3, 19))
    record(team, "ann", "eduroam-android", date(2026, 3, 10), None, kind="mentoring")
    assert [d[0] for d in due(team)] == ["Ann Archer"]
    record(team, "ann", "eduroam-android", date(2026, 3, 18), date(2027, 3, 18))
    assert due(team) == []


def test_a_merged_skills_training_counts_as_the_skill_it_became_and_retired_skills_are_left_out(team):
    record(team, "ann", "eduroam-ios", date(2025, 3, 1), date(2026, 3, 25))
    record(team, "bob", "wayfinding", date(2025, 3, 1), date(2026, 3, 25))
    with team["db"].write() as session:
        skills.merge_skill(session, team["lee"], rd.skill_id(session, "eduroam-ios"),
                           rd.skill_id(session, "eduroam-android"))
        skills.retire_skill(session, team["lee"], rd.skill_id(session, "wayfinding"))
    assert due(team) == [("Ann Archer", "Configure eduroam on Android", date(2026, 3, 25), False)]


def test_deactivated_staff_are_left_out(team):
    record(team, "ann", "eduroam-android", date(2025, 3, 1), date(2026, 3, 19))
    with team["db"].write() as session:
        session.get(Staff, team["ann"].staff_id).active = False
    assert due(team) == []


def test_staff_see_only_their_own_due_training(team):
    record(team, "ann", "eduroam-android", date(2025, 3, 1), date(2026, 3, 19))
    record(team, "bob", "wayfinding", date(2025, 3, 1), date(2026, 3, 19))
    assert [d[0] for d in due(team, "ann")] == ["Ann Archer"]
    with team["db"].read() as session, pytest.raises(PermissionDenied, match="only their own"):
        training.training_due(session, team["ann"], staff_id=team["bob"].staff_id)


def test_a_negative_warning_period_is_refused(team):
    with team["db"].read() as session, pytest.raises(training.TrainingError, match="negative"):
        training.training_due(session, team["lee"], within_days=-1)
