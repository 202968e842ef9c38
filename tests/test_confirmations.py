"""The confirmation queue: a self-rating waits for a leader until one confirms a level; a newer, different
rating waits again; the evidence beside it is the person's own enquiries; only leaders see it."""

from __future__ import annotations

from datetime import date

import pytest

from deskapp.people import confirmations, proficiency, skills
from deskapp.platform.actor import Actor, PermissionDenied
from tests import report_data as rd

TODAY = date(2026, 3, 20)


@pytest.fixture
def team(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        bob = rd.staff(session, "Bob Baker", "BB")
        desk = rd.desk(session, "Front desk")
    return {"db": db, "lee": Actor.staff_member(lee, "leader"), "ann": Actor.staff_member(ann, "staff"),
            "bob": Actor.staff_member(bob, "staff"), "desk": desk}


def queue(team) -> list[tuple[str, str, int, int | None]]:
    with team["db"].read() as session:
        return [(r.staff, r.skill, r.self_level, r.confirmed_level)
                for r in confirmations.pending_ratings(session, team["lee"], today=TODAY)]


def rate(team, who: str, key: str, level: int) -> int:
    with team["db"].write() as session:
        skill = rd.skill_id(session, key)
        proficiency.self_assess(session, team[who], skill, level)
    return skill


def test_a_self_rating_waits_until_a_leader_confirms_it_at_any_level(team):
    android = rate(team, "ann", "eduroam-android", 3)
    rate(team, "bob", "eduroam-android", 2)
    assert queue(team) == [("Ann Archer", "Configure eduroam on Android", 3, None),
                           ("Bob Baker", "Configure eduroam on Android", 2, None)]
    with team["db"].write() as session:
        assert confirmations.pending_count(session, team["lee"]) == 2
        proficiency.confirm_level(session, team["lee"], team["ann"].staff_id, android, 2)  # lower than her own
    assert queue(team) == [("Bob Baker", "Configure eduroam on Android", 2, None)]


def test_a_new_different_rating_after_a_confirmation_waits_again_and_the_same_rating_does_not(team):
    android = rate(team, "ann", "eduroam-android", 2)
    with team["db"].write() as session:
        proficiency.confirm_level(session, team["lee"], team["ann"].staff_id, android, 2)
    rate(team, "ann", "eduroam-android", 2)  # rated again, the same as confirmed: nothing to decide
    assert queue(team) == []
    rate(team, "ann", "eduroam-android", 4)
    assert queue(team) == [("Ann Archer", "Configure eduroam on Android", 4, 2)]


def test_retired_skills_and_deactivated_staff_leave_the_queue(team):
    android = rate(team, "ann", "eduroam-android", 3)
    rate(team, "bob", "wayfinding", 3)
    with team["db"].write() as session:
        skills.retire_skill(session, team["lee"], android)
        from deskapp.db.models import Staff
        session.get(Staff, team["bob"].staff_id).active = False
    assert queue(team) == []


def test_the_evidence_is_the_persons_own_uses_and_referrals_in_the_last_90_days(team):
    rate(team, "ann", "eduroam-android", 3)
    with team["db"].write() as session:
        for day, outcome in ((date(2026, 3, 19), "referred-colleague"), (date(2026, 3, 2), "resolved"),
                             (date(2025, 12, 21), "resolved"),  # day 90 back from TODAY: still in
                             (date(2025, 12, 20), "resolved")):  # day 91: out
            rd.logged(session, day=day, hour=10, staff_id=team["ann"].staff_id, desk_id=team["desk"],
                      category="it-wifi", outcome=outcome, read=1, skills=("eduroam-android",))
        rd.logged(session, day=date(2026, 3, 19), hour=11, staff_id=team["bob"].staff_id, desk_id=team["desk"],
                  category="it-wifi", outcome="resolved", read=1, skills=("eduroam-android",))
        [row] = confirmations.pending_ratings(session, team["lee"], today=TODAY)
    assert (row.uses, row.passed_on) == (3, 1)


def test_uses_of_a_skill_merged_into_the_rated_one_count_as_its_evidence(team):
    rate(team, "ann", "eduroam-android", 3)
    with team["db"].write() as session:
        rd.logged(session, day=date(2026, 3, 10), hour=10, staff_id=team["ann"].staff_id, desk_id=team["desk"],
                  category="it-wifi", outcome="resolved", read=1, skills=("eduroam-ios",))
        skills.merge_skill(session, team["lee"], rd.skill_id(session, "eduroam-ios"),
                           rd.skill_id(session, "eduroam-android"))
        [row] = confirmations.pending_ratings(session, team["lee"], today=TODAY)
    assert row.uses == 1


def test_staff_cannot_see_the_queue(team):
    rate(team, "ann", "eduroam-android", 3)
    with team["db"].read() as session:
        with pytest.raises(PermissionDenied, match="team leader"):
            confirmations.pending_ratings(session, team["ann"])
        with pytest.raises(PermissionDenied, match="team leader"):
            confirmations.pending_count(session, team["ann"])
