"""Every report's numbers against a small desk history whose right answers are counted by hand below.

The history (all at 10:00-17:00 desk time, desk clock on UTC), March 2026 unless said:
  1-5   Ann (level 1 on eduroam-android), Front desk, Tue 3 Mar 17h, Wi-Fi, READ 1:
        2 referred to a colleague, 1 escalated to IT, 2 resolved
  6-7   Bob (level 4), Front desk, Mon 2 Mar 10h, Wi-Fi, READ 3, resolved
  8-9   Cat (level 3 on password-reset), Help point, Wed 4 Mar 12h, password, READ 2, resolved
  10-11 Ann, Front desk, Tue 17 Mar 17h, Wi-Fi, READ 1: 1 resolved, 1 referred to a colleague
  12    Ann, Front desk, Wed 15 Apr 10h, Wi-Fi, READ 2, resolved            (outside March)
Levels: eduroam-android (required 3): Ann 1, Bob 4, Cat 3, Lee none. password-reset (required 3): all four 3+.
Ann had a course on eduroam-android on 10 March.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from deskapp.db.models import Desk, Skill, Staff
from deskapp.people import proficiency, skills, training
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.reports import ReportError, run_report
from deskapp.reports import coverage as coverage_report
from deskapp.reports.common import make_filter
from tests import report_data as rd

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
WIFI, PASSWORD = "eduroam-android", "password-reset"


@pytest.fixture
def desk_history(any_db):
    with any_db.write() as session:
        assert session.query(Staff).count() == 0, "these answers assume an empty staff list"
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann, bob, cat = (rd.staff(session, name, initials) for name, initials in
                         (("Ann Archer", "AA"), ("Bob Baker", "BB"), ("Cat Cole", "CC")))
        front, help_point = rd.desk(session, "Front desk"), rd.desk(session, "Help point")
        for person, level in ((ann, 1), (bob, 4), (cat, 3)):
            rd.set_level(session, person, WIFI, level)
        for person, level in ((ann, 3), (bob, 3), (cat, 3), (lee, 4)):
            rd.set_level(session, person, PASSWORD, level)

        def wifi(person, day, hour, outcome, read):
            rd.logged(session, day=day, hour=hour, staff_id=person, desk_id=front, category="it-wifi",
                      outcome=outcome, read=read, skills=(WIFI,))

        for outcome in ("referred-colleague", "referred-colleague", "escalated-it", "resolved", "resolved"):
            wifi(ann, date(2026, 3, 3), 17, outcome, 1)
        for _ in range(2):
            wifi(bob, date(2026, 3, 2), 10, "resolved", 3)
            rd.logged(session, day=date(2026, 3, 4), hour=12, staff_id=cat, desk_id=help_point,
                      category="it-password", outcome="resolved", read=2, skills=(PASSWORD,))
        wifi(ann, date(2026, 3, 17), 17, "resolved", 1)
        wifi(ann, date(2026, 3, 17), 17, "referred-colleague", 1)
        wifi(ann, date(2026, 4, 15), 10, "resolved", 2)

        rd.session_at_desk(session, bob, front, datetime(2026, 3, 2, 9, tzinfo=UTC), 2)
        rd.session_at_desk(session, ann, front, datetime(2026, 3, 3, 16, tzinfo=UTC), 3)
        rd.session_at_desk(session, ann, front, datetime(2026, 3, 17, 16, tzinfo=UTC), 3)
        rd.session_at_desk(session, cat, help_point, datetime(2026, 3, 4, 12, tzinfo=UTC), 1)
        training.add_training(session, Actor.cli(), staff_id=ann, skill_id=rd.skill_id(session, WIFI), kind="course",
                              trained_on=date(2026, 3, 10), title="eduroam clinic")
        wifi_label = session.scalar(select(Skill.label).where(Skill.key == WIFI))
    return {"db": any_db, "lee": lee, "ann": ann, "wifi": wifi_label}


def leader(history) -> Actor:
    return Actor.staff_member(history["lee"], "leader")


def report(history, name, start=MARCH[0], end=MARCH[1], desks=()):
    return run_report(history["db"], leader(history), name, start, end, desks)


def by_skill(result, label):
    return next(row for row in result.rows if row["skill"] == label)


def test_skill_gaps_rank_wifi_at_the_front_desk_first_with_the_hand_counted_numbers(desk_history):
    result = report(desk_history, "skill-gaps")
    top = result.rows[0]
    # Two desks logged enquiries, so the ranking is per desk; the front desk's team is Ann and Bob (signed in).
    assert (top["desk"], top["skill"], top["priority"]) == ("Front desk", desk_history["wifi"], "act now")
    assert (top["demand"], top["share"], top["coverage"], top["team_size"], top["bus_factor"]) == (9, 1.0, 1, 2, 1)
    # passed on: 3 referred to a colleague + 1 escalated, of 9; READ 1-2: all 4 of Ann's 7
    assert (top["passed_on"], top["referral_rate"], top["expected_handovers"]) == (4, 0.444, 0)
    assert (top["read12_demand"], top["read12_passed_on"], top["read12_referral_rate"]) == (7, 4, 0.571)
    assert (top["below_level_use"], top["small_sample"]) == (0.778, True)  # Ann's 7 of 9 uses; under 20
    # failure = 2 × Wilson lower bound of 4/7 (0.2504) = 0.5008; severity = 0.35 × 0.5008 + 0.25 × 0.5
    # + 0.2 × 7/9 + 0.2 × 0.5 = 0.5559; × demand weight 9 / (9 + 5) = 35.7
    assert top["gap_score"] == 35.7
    assert top["action"] == "Train Ann Archer with Bob Baker as mentor."  # a seeded guide covers it
    assert top["evidence"] == ("4 of 9 passed on (READ 1–2: 4 of 7); 1 of 2 staff at level 3+; 7 of 9 uses below "
                               "level 3; 1 person at level 3+ — small sample (9 enquiries)")
    assert "needed in 9 enquiries at Front desk (100%)" in top["reason"] and "1 of 2 staff" in top["reason"]
    password = next(r for r in result.rows if r["skill"] == "Reset a password and unlock an account"
                    and r["desk"] == "Help point")
    assert (password["demand"], password["coverage"], password["priority"]) == (2, 1, "no action needed")
    # no action suggested, so no mentor or learners beside it either
    assert (password["action"], password["mentor"], password["learners"]) == ("No action needed now.", "", "")
    assert result.summary.startswith(f"Act on these first: 1. {desk_history['wifi']} at Front desk (act now, "
                                     "score 35.7: 4 of 9 passed on")
    assert {"skill", "group", "demand", "coverage", "referral_rate", "gap_score", "reason"} <= set(result.columns)


def test_one_desk_ranks_the_whole_team(desk_history):
    result = report(desk_history, "skill-gaps", desks=["Front desk"])
    top = result.rows[0]
    assert (top["desk"], top["team_size"], top["coverage"], top["bus_factor"]) == ("All desks", 4, 2, 2)
    assert top["learners"] == "Ann Archer, Lee Leader"


def test_a_rare_skill_that_keeps_failing_is_not_left_at_no_action(any_db):
    """A rarely needed skill: 2 of 3 passed on and 1 of 25 staff at the required level is a gap to act on,
    flagged as a small sample, even though the busiest skill had 300 enquiries."""
    with any_db.write() as session:
        people = [rd.staff(session, f"Person {i}", f"P{i:02d}") for i in range(25)]
        front = rd.desk(session, "Front desk")
        rd.set_level(session, people[0], "print-mobile", 4)
        for person in people:
            rd.set_level(session, person, WIFI, 3)
        for i in range(300):
            rd.enquiry(session, day=date(2026, 3, 2 + i % 20), hour=10, staff_id=people[i % 25], desk_id=front)
        for outcome in ("referred-colleague", "escalated-it", "resolved"):
            rd.enquiry(session, day=date(2026, 3, 9), hour=11, staff_id=people[3], desk_id=front,
                       category="lib-printing", outcome=outcome, skills=("print-mobile",))
        leader_id = people[0]
    rows = run_report(any_db, Actor.staff_member(leader_id, "leader"), "skill-gaps", *MARCH).rows
    credit = next(r for r in rows if r["demand"] == 3)
    assert credit["rank"] == 1 and credit["priority"] in ("act now", "plan")
    assert credit["small_sample"] and "2 of 3 passed on" in credit["evidence"]
    assert "1 of 25 staff" in credit["evidence"]


def test_desk_stats_count_the_history_by_every_section(desk_history):
    rows = report(desk_history, "desk-stats").rows
    counts = {(row["section"], row["key"]): row["count"] for row in rows}
    assert counts[("total", "total")] == 11
    assert (counts[("hour", "17")], counts[("hour", "10")], counts[("hour", "12")]) == (7, 2, 2)
    weekdays = (counts[("weekday", "monday")], counts[("weekday", "tuesday")], counts[("weekday", "wednesday")])
    assert weekdays == (2, 7, 2)
    assert (counts[("week", "2026-03-02")], counts[("week", "2026-03-16")]) == (9, 2)
    assert counts[("month", "2026-03")] == 11
    assert counts[("domain", "it")] == 11
    assert (counts[("category", "it-wifi")], counts[("category", "it-password")]) == (9, 2)
    assert (counts[("read", "1")], counts[("read", "2")], counts[("read", "3")]) == (7, 2, 2)
    assert (counts[("outcome", "resolved")], counts[("outcome", "referred-colleague")],
            counts[("outcome", "escalated-it")]) == (7, 3, 1)
    assert counts[("channel", "in-person")] == 11 and counts[("patron_type", "undergraduate")] == 11


@pytest.mark.parametrize(("start", "end", "total"), [
    (date(2026, 3, 1), date(2026, 4, 30), 12),  # two whole months: month rows only
    (date(2026, 2, 15), date(2026, 4, 20), 12),  # ragged ends around a whole month
    (date(2026, 3, 3), date(2026, 3, 3), 5),  # one day
    (date(2026, 3, 4), date(2026, 4, 14), 4),  # from the 4th, stopping the day before April's enquiry
])
def test_the_period_filter_counts_each_day_once(desk_history, start, end, total):
    rows = report(desk_history, "desk-stats", start, end).rows
    assert rows[0]["count"] == total


def test_the_desk_filter_keeps_only_that_desks_enquiries(desk_history):
    rows = report(desk_history, "desk-stats", desks=["help point"]).rows
    assert rows[0]["count"] == 2
    gaps = report(desk_history, "skill-gaps", desks=["Front desk"])
    assert by_skill(gaps, desk_history["wifi"])["demand"] == 9
    assert by_skill(gaps, "Reset a password and unlock an account")["demand"] == 0
    with pytest.raises(ReportError, match="no desk called 'Back office'"):
        report(desk_history, "desk-stats", desks=["Back office"])


def test_heatmap_flags_ann_using_wifi_often_below_the_required_level(desk_history):
    result = report(desk_history, "heatmap")
    ann = next(r for r in result.rows if r["staff"] == "Ann Archer" and r["skill"] == desk_history["wifi"])
    assert (ann["level"], ann["uses"], ann["passed_on"], ann["referral_rate"]) == (1, 7, 4, 0.571)
    assert ann["flag"] == "used often below required level; referred often"
    bob = next(r for r in result.rows if r["staff"] == "Bob Baker" and r["skill"] == desk_history["wifi"])
    assert (bob["level"], bob["uses"], bob["flag"]) == (4, 2, "")


def test_coverage_finds_tuesday_evening_with_nobody_at_level_3(desk_history):
    with desk_history["db"].read() as session:
        flt = make_filter(session, *MARCH)
        result = coverage_report.run(session, leader(desk_history), flt, zone=UTC)
    rows = {(r["desk"], r["skill"], r["weekday"], r["hour"]): r for r in result.rows}
    tuesday = rows[("Front desk", desk_history["wifi"], "Tuesday", 17)]
    assert (tuesday["demand"], tuesday["passed_on"], tuesday["staff_signed_in"], tuesday["proficient_signed_in"]) == (
        7, 4, 1, 0)
    monday = rows[("Front desk", desk_history["wifi"], "Monday", 10)]
    assert (monday["demand"], monday["staff_signed_in"], monday["proficient_signed_in"]) == (2, 1, 1)
    assert result.summary == (f"Front desk, Tuesday 17–18: 7 {desk_history['wifi']} enquiries, nobody at level 3 "
                              "signed in at that desk.")


def test_coverage_per_desk_is_not_hidden_by_someone_proficient_at_another_desk(desk_history):
    """Cat (level 3 on Wi-Fi) at the help point on Tuesday 17:00 does not cover the front desk then."""
    with desk_history["db"].write() as session:
        cat = session.scalar(select(Staff.id).where(Staff.initials == "CC"))
        help_point = session.scalar(select(Desk.id).where(Desk.name == "Help point"))
        rd.session_at_desk(session, cat, help_point, datetime(2026, 3, 3, 17, tzinfo=UTC), 1)
    with desk_history["db"].read() as session:
        result = coverage_report.run(session, leader(desk_history), make_filter(session, *MARCH), zone=UTC)
    tuesday = next(r for r in result.rows if (r["desk"], r["weekday"], r["hour"]) == ("Front desk", "Tuesday", 17))
    assert tuesday["proficient_signed_in"] == 0
    assert result.summary.startswith("Front desk, Tuesday 17–18")


def test_training_impact_compares_referral_rate_before_and_after_the_course(desk_history):
    result = report(desk_history, "training-impact")
    (row,) = result.rows
    assert (row["staff"], row["kind"], row["trained_on"]) == ("Ann Archer", "course", "2026-03-10")
    assert (row["uses_before"], row["referral_rate_before"], row["uses_after"], row["referral_rate_after"]) == (
        5, 0.6, 2, 0.5)
    assert row["change"] == -0.1
    assert "fell from 60% before training to 50% after" in result.summary


def test_mentors_pair_bob_with_the_people_below_level_on_wifi(desk_history):
    (row,) = report(desk_history, "mentors").rows
    assert (row["desk"], row["skill"], row["mentor"], row["mentor_uses"], row["learners"], row["learner_count"]) == (
        "Front desk", desk_history["wifi"], "Bob Baker", 2, "Ann Archer", 1)


def test_a_merged_skill_counts_as_the_skill_it_was_merged_into_once_per_enquiry(desk_history):
    with desk_history["db"].write() as session:
        front = session.scalar(select(Desk.id).where(Desk.name == "Front desk"))
        # One more enquiry that recorded both skills: after the merge it is one enquiry of one skill.
        rd.logged(session, day=date(2026, 3, 3), hour=17, staff_id=desk_history["ann"], desk_id=front,
                  category="it-wifi", outcome="resolved", read=1, skills=(WIFI, "eduroam-windows"))
        target = rd.skill_id(session, "eduroam-windows")
        skills.merge_skill(session, Actor.cli(), rd.skill_id(session, WIFI), target)
        label = session.get(Skill, target).label
    gaps = report(desk_history, "skill-gaps")
    row = next(r for r in gaps.rows if r["skill"] == label and r["desk"] == "Front desk")
    assert (row["demand"], row["passed_on"]) == (10, 4)
    assert desk_history["wifi"] not in [r["skill"] for r in gaps.rows]
    heat = next(r for r in report(desk_history, "heatmap").rows if r["staff"] == "Ann Archer" and r["skill"] == label)
    assert heat["uses"] == 8
    tuesday = [r for r in report(desk_history, "coverage").rows if r["skill"] == label and r["hour"] == 17]
    assert [r["demand"] for r in tuesday] == [8]
    (course,) = report(desk_history, "training-impact").rows
    assert (course["skill"], course["uses_before"]) == (label, 6)


def test_a_retired_skill_keeps_its_history_and_comes_back_when_restored(desk_history):
    with desk_history["db"].write() as session:
        wifi = rd.skill_id(session, WIFI)
        skills.retire_skill(session, Actor.cli(), wifi)
    gaps = report(desk_history, "skill-gaps")
    row = next(r for r in gaps.rows if r["skill"] == desk_history["wifi"] and r["desk"] == "Front desk")
    assert (row["demand"], row["passed_on"], row["priority"]) == (9, 4, "retired")
    assert row["status"].startswith("retired ")
    heat = next(r for r in report(desk_history, "heatmap").rows if r["staff"] == "Ann Archer")
    assert (heat["skill"], heat["uses"], heat["flag"]) == (desk_history["wifi"], 7, "")
    with desk_history["db"].write() as session:
        skills.restore_skill(session, Actor.cli(), wifi)
    assert report(desk_history, "skill-gaps").rows[0]["priority"] == "act now"


@pytest.mark.parametrize(("start", "end", "included"), [
    (date(2026, 3, 10), date(2026, 3, 31), True),  # the training day is the first day of the period
    (date(2026, 3, 1), date(2026, 3, 10), True),  # ... and the last day
    (date(2026, 3, 11), date(2026, 3, 31), False),
    (date(2026, 3, 1), date(2026, 3, 9), False),
])
def test_training_impact_includes_a_record_on_either_end_of_the_period(desk_history, start, end, included):
    rows = report(desk_history, "training-impact", start, end).rows
    assert bool(rows) is included


@pytest.mark.parametrize("name", ["skill-gaps", "heatmap", "coverage", "training-impact", "mentors", "desk-stats"])
def test_staff_are_refused_every_report(desk_history, name):
    with pytest.raises(PermissionDenied, match="team leader"):
        run_report(desk_history["db"], Actor.staff_member(desk_history["ann"], "staff"), name, *MARCH)


def test_staff_see_their_own_record_and_the_skills_they_used_most_this_month(desk_history):
    ann = Actor.staff_member(desk_history["ann"], "staff")
    with desk_history["db"].read() as session:
        record = proficiency.my_record(session, ann, today=date(2026, 3, 20))
        assert record.name == "Ann Archer"
        mine = next(level for level in record.levels if level.skill == desk_history["wifi"])
        assert mine.cell.confirmed_level == 1
        assert [(use.skill, use.uses, use.referred) for use in record.used_this_month] == [
            (desk_history["wifi"], 7, 4)]
        with pytest.raises(PermissionDenied):
            proficiency.my_record(session, ann, desk_history["lee"])
        with pytest.raises(PermissionDenied):
            proficiency.matrix(session, ann)


def test_an_empty_period_says_so_in_plain_words(desk_history):
    result = report(desk_history, "desk-stats", date(2025, 1, 1), date(2025, 1, 31))
    assert result.rows[0]["count"] == 0
    assert result.summary == "No enquiries were logged in this period."
    with pytest.raises(ReportError, match="ends"):
        report(desk_history, "desk-stats", date(2026, 3, 2), date(2026, 3, 1))


def test_filter_is_a_plain_value(desk_history):
    with desk_history["db"].read() as session:
        flt = make_filter(session, *MARCH, ["Front desk"])
    assert replace(flt, desk_names=()).desks_label == "All desks"


def test_a_skill_without_a_guide_is_told_what_the_desk_searched_for_in_vain(desk_history):
    from sqlalchemy import delete

    from deskapp.db.models import GuideSkill
    from deskapp.guides.misses import record_miss

    with desk_history["db"].write() as session:
        session.execute(delete(GuideSkill).where(GuideSkill.skill_id == rd.skill_id(session, WIFI)))
        for _ in range(3):
            record_miss(session, "samsung android certificate error", "2026-03")
        record_miss(session, "printer credit refund", "2026-03")  # names no word of the skill
        record_miss(session, "android wifi", "2026-05")  # outside the period
    top = report(desk_history, "skill-gaps").rows[0]
    assert top["skill"] == desk_history["wifi"] and top["guide"] == "write a guide"
    assert top["action"] == ("Train Ann Archer with Bob Baker as mentor; write a guide for it (searched 3 times in "
                             "the period with no guide: “samsung android certificate error”).")
