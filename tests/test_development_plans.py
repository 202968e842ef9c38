"""Development plans: a leader sets a skill, target level, date and mentor for a person; mentors are never
over capacity; progress comes from the person's own enquiries before and since; suggestions come from their
use below the required level; a learning request joins the plan; staff see only their own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from deskapp.db.models.development import MENTOR_CAPACITY
from deskapp.people import plans, skills, training
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.reports import plan_progress
from tests import report_data as rd

TODAY = date(2026, 3, 20)


@pytest.fixture
def team(db):
    with db.write() as session:
        ids = {"lee": rd.staff(session, "Lee Leader", "LL", role="leader")}
        for name, initials in (("Ann Archer", "AA"), ("Bob Baker", "BB"), ("Cat Cole", "CC"), ("Dev Dean", "DD"),
                               ("Eve East", "EE")):
            ids[initials.lower()] = rd.staff(session, name, initials)
        ids["desk"] = rd.desk(session, "Front desk")
        ids["android"] = rd.skill_id(session, "eduroam-android")
        ids["ios"] = rd.skill_id(session, "eduroam-ios")
        rd.set_level(session, ids["aa"], "eduroam-android", 1)
        rd.set_level(session, ids["bb"], "eduroam-android", 4)
        rd.set_level(session, ids["cc"], "eduroam-android", 3)
    actors = {k: Actor.staff_member(v, "leader" if k == "lee" else "staff") for k, v in ids.items()
              if k not in ("desk", "android", "ios")}
    return {"db": db, **{f"{k}_id": v for k, v in ids.items()}, **actors}


def add(team, session, who: str, **options) -> int:
    values = {"skill_id": team["android_id"], "target_level": 3, "due_on": TODAY + timedelta(days=60),
              "today": TODAY, **options}
    return plans.add_plan_item(session, team["lee"], staff_id=team[f"{who}_id"], **values)


def test_a_leader_sets_a_plan_item_and_the_person_sees_it_in_their_own_plan(team):
    with team["db"].write() as session:
        item = add(team, session, "aa", mentor_id=team["bb_id"], note="Shadow Bob on Tuesdays")
    with team["db"].read() as session:
        [mine] = plans.list_plans(session, team["aa"])
        with pytest.raises(PermissionDenied, match="own"):
            plans.list_plans(session, team["aa"], team["bb_id"])
        assert plans.list_plans(session, team["bb"]) == []
    assert (mine.id, mine.skill, mine.target_level, mine.level, mine.mentor, mine.source, mine.started_on) == (
        item, "Configure eduroam on Android", 3, 1, "Bob Baker", "leader", TODAY)
    assert not mine.overdue(TODAY) and mine.overdue(TODAY + timedelta(days=61))


@pytest.mark.parametrize(("options", "message"), [
    ({"target_level": 1}, "already at level 1"),
    ({"target_level": 5}, "from 1"),
    ({"due_on": TODAY - timedelta(days=1)}, "past"),
    ({"mentor_id": "self"}, "own mentor"),
    ({"mentor_id": "dd"}, "not yet at level 3"),
])
def test_a_plan_item_that_makes_no_sense_is_refused_in_plain_words(team, options, message):
    if options.get("mentor_id") == "self":
        options["mentor_id"] = team["aa_id"]
    elif options.get("mentor_id") == "dd":
        options["mentor_id"] = team["dd_id"]
    with team["db"].write() as session, pytest.raises(plans.PlanError, match=message):
        add(team, session, "aa", **options)


def test_the_same_skill_cannot_be_on_a_plan_twice_while_open(team):
    with team["db"].write() as session:
        item = add(team, session, "aa")
        with pytest.raises(plans.PlanError, match="already on Ann Archer's plan"):
            add(team, session, "aa")
        plans.close_plan_item(session, team["lee"], item, "dropped")
        add(team, session, "aa")  # closed items are history: a new one may start


def test_no_one_mentors_more_than_the_capacity_at_once(team):
    with team["db"].write() as session:
        for who in ("aa", "dd", "ee")[:MENTOR_CAPACITY]:
            add(team, session, who, mentor_id=team["bb_id"])
        rd.set_level(session, team["bb_id"], "eduroam-ios", 4)  # able to mentor it, but has no room left
        with pytest.raises(plans.PlanError, match=f"already mentors {MENTOR_CAPACITY}"):
            add(team, session, "cc", skill_id=team["ios_id"], mentor_id=team["bb_id"])


def test_staff_cannot_set_or_close_plan_items(team):
    with team["db"].write() as session:
        with pytest.raises(PermissionDenied, match="team leader"):
            plans.add_plan_item(session, team["aa"], staff_id=team["aa_id"], skill_id=team["android_id"],
                                target_level=3, due_on=TODAY)
        item = add(team, session, "aa")
        with pytest.raises(PermissionDenied, match="team leader"):
            plans.close_plan_item(session, team["aa"], item, "done")
        with pytest.raises(PermissionDenied, match="team leader"):
            plan_progress.suggestions(session, team["aa"], team["aa_id"])


def log(team, session, who: str, day: date, outcome: str, key: str = "eduroam-android") -> None:
    rd.logged(session, day=day, hour=10, staff_id=team[f"{who}_id"], desk_id=team["desk_id"],
              category="it-wifi", outcome=outcome, read=1, skills=(key,))


def test_progress_counts_the_persons_uses_since_the_start_and_as_many_days_before(team):
    with team["db"].write() as session:
        item = add(team, session, "aa", today=date(2026, 3, 11))  # ten days to TODAY, both included
        for day, outcome in ((date(2026, 3, 1), "referred-colleague"), (date(2026, 3, 10), "referred-colleague"),
                             (date(2026, 3, 11), "resolved"), (date(2026, 3, 20), "referred-colleague"),
                             (date(2026, 2, 28), "resolved")):  # the 11th day before: outside the window
            log(team, session, "aa", day, outcome)
        log(team, session, "bb", date(2026, 3, 12), "resolved")  # someone else's use
        training.add_training(session, team["lee"], staff_id=team["aa_id"], skill_id=team["android_id"],
                              kind="mentoring", trained_on=date(2026, 3, 12), mentor_id=team["bb_id"])
        got = plan_progress.progress(session, team["aa"], item, today=TODAY)
        with pytest.raises(PermissionDenied):
            plan_progress.progress(session, team["bb"], item, today=TODAY)
    assert (got.before.n, got.before.passed_on) == (2, 2)
    assert (got.since.n, got.since.passed_on) == (2, 1)
    assert got.training_since == 1 and got.change == -0.5
    assert plan_progress.describe(got).startswith("Since it started: 2 uses, 1 passed on (50%), a small sample")


def test_suggestions_are_the_skills_used_below_the_required_level_with_a_mentor_who_has_room(team):
    with team["db"].write() as session:
        for day in (date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)):
            log(team, session, "aa", day, "referred-colleague")
        log(team, session, "aa", date(2026, 3, 4), "resolved", key="wayfinding")
        log(team, session, "bb", date(2026, 3, 4), "resolved")
        [first, second] = plan_progress.suggestions(session, team["lee"], team["aa_id"], today=TODAY)
        assert (first.skill, first.level, first.uses.n, first.uses.passed_on) == (
            "Configure eduroam on Android", 1, 3, 3)
        assert first.mentor == "Bob Baker"  # level 4 and uses it, before Cat at level 3
        assert "3 passed on (100%, a small sample)" in first.reason
        assert second.skill == "Give directions and opening hours" and second.mentor is None
        add(team, session, "aa", mentor_id=team["bb_id"])
        assert [s.skill for s in plan_progress.suggestions(session, team["lee"], team["aa_id"], today=TODAY)] == [
            "Give directions and opening hours"]  # already on the plan: not suggested again


def test_a_learning_request_joins_the_plan_or_the_open_item_for_that_skill(team):
    with team["db"].write() as session:
        first = plans.plan_from_learning_request(session, team["lee"], staff_id=team["aa_id"],
                                                 skill_id=team["android_id"], request_id="17", today=TODAY)
        again = plans.plan_from_learning_request(session, team["lee"], staff_id=team["aa_id"],
                                                 skill_id=team["android_id"], request_id="18",
                                                 note="Referred an Android phone today", today=TODAY)
        [item] = plans.list_plans(session, team["lee"], team["aa_id"])
    assert first == again == item.id
    assert (item.source, item.source_ref, item.target_level) == ("learning-request", "17", 3)
    assert item.due_on == TODAY + timedelta(weeks=plans.DEFAULT_WEEKS)
    assert item.note == "Learning request 18: Referred an Android phone today"


def test_an_open_item_follows_a_merged_skill(team):
    with team["db"].write() as session:
        item = add(team, session, "dd", skill_id=team["ios_id"])
        skills.merge_skill(session, team["lee"], team["ios_id"], team["android_id"])
        [view] = plans.list_plans(session, team["lee"], team["dd_id"])
    assert (view.id, view.skill_id) == (item, team["android_id"])


def test_two_leaders_giving_one_mentor_the_last_place_at_once_cannot_both_succeed(pg_db):
    """Real PostgreSQL, two connections: the second waits for the first, then finds the mentor full."""
    import threading

    from deskapp.db import Database

    with pg_db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        bob = rd.staff(session, "Bob Baker", "BB")
        learners = [rd.staff(session, f"Learner {i}", f"L{i}") for i in range(MENTOR_CAPACITY + 1)]
        rd.set_level(session, bob, "eduroam-android", 4)
        android = rd.skill_id(session, "eduroam-android")
        for learner in learners[:MENTOR_CAPACITY - 1]:
            plans.add_plan_item(session, Actor.staff_member(lee, "leader"), staff_id=learner, skill_id=android,
                                target_level=3, due_on=TODAY + timedelta(days=30), mentor_id=bob, today=TODAY)
    leader = Actor.staff_member(lee, "leader")
    other = Database(pg_db.engine.url.render_as_string(hide_password=False))
    first_added, outcomes = threading.Event(), []
    try:
        def second() -> None:
            first_added.wait(10)
            try:
                with other.write() as session:
                    plans.add_plan_item(session, leader, staff_id=learners[-1], skill_id=android, target_level=3,
                                        due_on=TODAY + timedelta(days=30), mentor_id=bob, today=TODAY)
                outcomes.append("added")
            except plans.PlanError as error:
                outcomes.append(str(error))

        thread = threading.Thread(target=second)
        thread.start()
        with pg_db.write() as session:
            plans.add_plan_item(session, leader, staff_id=learners[-2], skill_id=android, target_level=3,
                                due_on=TODAY + timedelta(days=30), mentor_id=bob, today=TODAY)
            first_added.set()
            thread.join(1.0)
            assert thread.is_alive(), "the second leader's add should wait for the first to commit"
        thread.join(10)
    finally:
        other.dispose()
    assert outcomes == [f"Bob Baker already mentors {MENTOR_CAPACITY} plan items; choose someone with spare "
                        "capacity or close one of theirs first."]
    with pg_db.read() as session:
        assert plans.mentor_load(session)[bob] == MENTOR_CAPACITY


def test_two_leaders_putting_the_same_skill_on_one_plan_at_once_add_it_once(pg_db):
    import threading

    from deskapp.db import Database

    with pg_db.write() as session:
        leader = Actor.staff_member(rd.staff(session, "Lee Leader", "LL", role="leader"), "leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        android = rd.skill_id(session, "eduroam-android")
    other = Database(pg_db.engine.url.render_as_string(hide_password=False))
    first_added, outcomes = threading.Event(), []

    def add(session) -> int:
        return plans.add_plan_item(session, leader, staff_id=ann, skill_id=android, target_level=3,
                                   due_on=TODAY + timedelta(days=30), today=TODAY)

    def second() -> None:
        first_added.wait(10)
        try:
            with other.write() as session:
                add(session)
            outcomes.append("added")
        except plans.PlanError as error:
            outcomes.append(str(error))

    try:
        thread = threading.Thread(target=second)
        thread.start()
        with pg_db.write() as session:
            add(session)
            first_added.set()
            thread.join(1.0)
        thread.join(10)
    finally:
        other.dispose()
    assert outcomes == ["'Configure eduroam on Android' is already on Ann Archer's plan; change or close that item."]
    with pg_db.read() as session:
        assert len(plans.list_plans(session, leader, ann)) == 1
