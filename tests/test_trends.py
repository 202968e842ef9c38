"""Trends month by month, desk beside desk: part months say which days they cover, each skill's rate and
its change since the month before come from the one definition, counts are compared only between whole
months, and a merged skill's history counts as the skill it went into."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from deskapp.db.models import Staff
from deskapp.people import skills
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from deskapp.reports.trends import months
from tests import report_data as rd


def test_months_clip_to_the_period_and_label_part_months_with_their_days():
    assert months(date(2026, 2, 20), date(2026, 4, 10)) == [
        (date(2026, 2, 20), date(2026, 2, 28), "2026-02 (20–28)"), (date(2026, 3, 1), date(2026, 3, 31), "2026-03"),
        (date(2026, 4, 1), date(2026, 4, 10), "2026-04 (1–10)")]
    assert months(date(2026, 3, 1), date(2026, 3, 31)) == [(date(2026, 3, 1), date(2026, 3, 31), "2026-03")]


@pytest.fixture
def history(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        front, back = rd.desk(session, "Front desk"), rd.desk(session, "Back desk")
        plan = [  # (day, desk, outcome, skill)
            (date(2026, 2, 27), front, "referred-colleague", "eduroam-android"),
            (date(2026, 2, 28), front, "resolved", "eduroam-android"),
            (date(2026, 3, 2), front, "resolved", "eduroam-android"),
            (date(2026, 3, 3), front, "resolved", "eduroam-ios"),  # merged into Android below
            (date(2026, 3, 31), front, "escalated-it", "eduroam-android"),
            (date(2026, 3, 31), front, "resolved", "eduroam-android"),
            (date(2026, 4, 1), back, "referred-colleague", "wayfinding"),
            (date(2026, 4, 30), front, "resolved", "eduroam-android"),
        ]
        for day, desk, outcome, key in plan:
            rd.logged(session, day=day, hour=10, staff_id=ann, desk_id=desk, category="it-wifi", outcome=outcome,
                      read=1, skills=(key,))
        leader = Actor.staff_member(lee, "leader")
        skills.merge_skill(session, leader, rd.skill_id(session, "eduroam-ios"),
                           rd.skill_id(session, "eduroam-android"))
    return leader


def rows_of(db, leader, start, end):
    result = run_report(db, leader, "trends", start, end)
    return result, [(r["month"], r["desk"], r["skill"], r["enquiries"], r["passed_on"], r["referral_rate"],
                     r["change"]) for r in result.rows]


def test_each_month_desk_beside_desk_with_the_rate_and_its_change(db, history):
    result, rows = rows_of(db, history, date(2026, 2, 27), date(2026, 4, 30))
    android = "Configure eduroam on Android"
    assert rows == [
        ("2026-02 (27–28)", "Back desk", "All skills", 0, None, None, None),
        ("2026-02 (27–28)", "Front desk", "All skills", 2, None, None, None),
        ("2026-02 (27–28)", "Front desk", android, 2, 1, 0.5, None),
        ("2026-03", "Back desk", "All skills", 0, None, None, None),
        ("2026-03", "Front desk", "All skills", 4, None, None, None),
        ("2026-03", "Front desk", android, 4, 1, 0.25, -0.25),  # the iOS enquiry counts as Android's
        ("2026-04", "Back desk", "All skills", 1, None, None, None),
        ("2026-04", "Back desk", "Give directions and opening hours", 1, 1, 1.0, None),
        ("2026-04", "Front desk", "All skills", 1, None, None, None),
        ("2026-04", "Front desk", android, 1, 0, 0.0, -0.25),
    ]
    # April is the last whole month; March before it was whole too, so counts are compared.
    assert result.summary.startswith("Back desk: 1 enquiry in 2026-04 (+1 on the month before); "
                                     "Front desk: 1 enquiry in 2026-04 (-3 on the month before)")


def test_a_count_is_not_compared_with_a_part_month(db, history):
    result, _rows = rows_of(db, history, date(2026, 2, 27), date(2026, 3, 31))
    # February is a part month: March's count is not set against it (and March's fall in Android's rate is
    # on 4 enquiries, a small sample, so it is not called the biggest fall).
    assert result.summary == "Front desk: 4 enquiries in 2026-03."  # the back desk logged nothing then


def test_staff_cannot_run_the_trends_report(db, history):
    from deskapp.platform.actor import PermissionDenied

    with db.read() as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.initials == "AA"))
    with pytest.raises(PermissionDenied):
        run_report(db, Actor.staff_member(staff_id, "staff"), "trends", date(2026, 3, 1), date(2026, 3, 31))


def test_a_retired_skill_keeps_its_months_marked_as_retired(db, history):
    with db.write() as session:
        skills.retire_skill(session, history, rd.skill_id(session, "wayfinding"))
    _result, rows = rows_of(db, history, date(2026, 4, 1), date(2026, 4, 30))
    [line] = [r for r in rows if r[2].startswith("Give directions and opening hours")]
    assert line[2].startswith("Give directions and opening hours (retired ") and line[3:6] == (1, 1, 1.0)
