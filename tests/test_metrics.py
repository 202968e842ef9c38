"""Metrics that matter (issue 19, point 5): the READ 1–2 referral rate, satisfaction with its sample size
(by desk, category, skill and READ level), repeat referrals per skill, and peer learning, learning requests
and training this period against the one before; leaders only; `deskapp report metrics` as JSON.

The desk history is the reports' (tests/test_reports.py), counted by hand there; the ratings are added here.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import Desk, Enquiry, PatronRating
from deskapp.desk.patron_rating import record_rating, set_rating_enabled
from deskapp.desk.peer_help import log_referred_to_colleague
from deskapp.people.learning_requests import ask_to_learn
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.reports import ReportFilter, run_report
from deskapp.reports.metrics import COLUMNS, period_before
from tests import report_data as rd
from tests.desk_helpers import make_world
from tests.test_reports import MARCH, leader, report
from tests.test_reports import desk_history as desk_history  # a fixture, used by name


def rate_front_desk(history) -> None:
    """Patrons of the Front desk rated four March enquiries: Ann's first three (READ 1) good, good and poor,
    Bob's first (READ 3) OK."""
    db = history["db"]
    with db.write() as session:
        front = session.scalar(select(Desk.id).where(Desk.name == "Front desk"))
        set_rating_enabled(session, leader(history), front, True)
        rows = session.execute(select(Enquiry.id, Enquiry.staff_id, Enquiry.entered_at, Enquiry.asked_local_date)
                               .where(Enquiry.desk_id == front).order_by(Enquiry.id)).all()
        anns = [r for r in rows if r.asked_local_date == date(2026, 3, 3)][:3]
        bobs = [r for r in rows if r.asked_local_date == date(2026, 3, 2)][:1]
        for row, answer in zip([*anns, *bobs], ("good", "good", "poor", "neutral"), strict=True):
            record_rating(session, Actor.staff_member(row.staff_id, "staff"), row.id, answer, now=row.entered_at)


def rows_of(result, kind: str) -> dict[str, dict]:
    return {row["label"]: row for row in result.rows if row["row"] == kind}


def test_read_1_2_referral_rate_training_and_repeat_referrals_per_desk_and_all(desk_history):
    result = report(desk_history, "metrics")
    desks = {**rows_of(result, "desk"), **rows_of(result, "all")}
    assert set(desks) == {"Front desk", "Help point", "All desks"}
    # READ 1-2 at the Front desk: Ann's 7 (READ 1), 4 passed on; the Help point's 2 (READ 2), none.
    assert [(desks[d]["read12_enquiries"], desks[d]["read12_referral_rate"])
            for d in ("Front desk", "Help point", "All desks")] == [(7, 0.571), (2, 0.0), (9, 0.444)]
    assert [desks[d]["enquiries"] for d in ("Front desk", "Help point", "All desks")] == [9, 2, 11]
    # Ann's course on 10 March: she worked at the Front desk; nothing in February.
    assert [(desks[d]["training"], desks[d]["training_before"]) for d in ("Front desk", "Help point", "All desks")] \
        == [(1, 0), (0, 0), (1, 0)]
    assert rows_of(result, "repeat-referral") == {desk_history["wifi"]: {
        "row": "repeat-referral", "desk": "All desks", "label": desk_history["wifi"], "enquiries": 9,
        "read12_enquiries": None, "read12_referral_rate": None, "repeat_referrals": 4, "referral_rate": 0.444,
        "ratings": None, "satisfaction": None, "neutral_share": None, "poor_share": None, "peer_learning": None,
        "peer_learning_before": None, "learning_requests": None, "learning_requests_before": None,
        "training": None, "training_before": None}}


def test_satisfaction_is_a_share_with_its_sample_size_by_desk_category_skill_and_read_level(desk_history):
    rate_front_desk(desk_history)
    result = report(desk_history, "metrics")

    def shares(row):
        return row["ratings"], row["satisfaction"], row["neutral_share"], row["poor_share"]

    desks = {**rows_of(result, "desk"), **rows_of(result, "all")}
    assert shares(desks["Front desk"]) == (4, 0.5, 0.25, 0.25) == shares(desks["All desks"])
    assert shares(desks["Help point"]) == (0, None, None, None)  # no ratings: no share, never a 0%
    assert {k: shares(v) for k, v in rows_of(result, "satisfaction-read").items()} == {
        "READ 1": (3, 0.667, 0.0, 0.333), "READ 3": (1, 0.0, 1.0, 0.0)}
    assert {k: shares(v) for k, v in rows_of(result, "satisfaction-category").items()} == {
        "Wi-Fi / eduroam": (4, 0.5, 0.25, 0.25)}
    assert {k: shares(v) for k, v in rows_of(result, "satisfaction-skill").items()} == {
        desk_history["wifi"]: (4, 0.5, 0.25, 0.25)}
    assert "Patrons who said good: 50% of 4 ratings." in result.summary
    helped = report(desk_history, "metrics", desks=("Help point",))
    assert shares(rows_of(helped, "all")["Help point"]) == (0, None, None, None)  # one desk chosen: its own


@pytest.mark.parametrize(("start", "end", "before"), [
    (date(2026, 3, 1), date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),  # a month against the last
    (date(2026, 3, 1), date(2026, 3, 17), (date(2026, 2, 1), date(2026, 2, 17))),  # so far: the same days
    (date(2026, 3, 1), date(2026, 3, 30), (date(2026, 2, 1), date(2026, 2, 28))),  # February has no 29-30
    (date(2026, 3, 10), date(2026, 3, 16), (date(2026, 3, 3), date(2026, 3, 9))),  # a week: the one before
])
def test_this_month_is_compared_with_the_same_days_of_last_month(start, end, before):
    earlier = period_before(ReportFilter(start, end))
    assert (earlier.start, earlier.end) == before


def test_peer_learning_and_learning_requests_this_month_against_last(any_db: Database):
    world = make_world(any_db)
    with any_db.write() as session:
        rd.set_level(session, world.bob.staff_id, "eduroam-android", 4)  # type: ignore[arg-type]
    android = world.ref.by_key("skills", "eduroam-android").id  # type: ignore[union-attr]
    draft = replace(world.draft("it-wifi"), skill_ids=(android,), read_level=1)
    for when in (datetime(2026, 2, 10, 10, tzinfo=UTC), datetime(2026, 3, 5, 10, tzinfo=UTC),
                 datetime(2026, 3, 6, 10, tzinfo=UTC)):
        with any_db.write() as session:
            enquiry = log_referred_to_colleague(session, world.alice, world.desk_id, draft,
                                                world.bob.staff_id or 0, now=when, zone=UTC).enquiry_id
            ask_to_learn(session, world.alice, enquiry, now=when + timedelta(minutes=1))
    result = run_report(any_db, world.lena, "metrics", date(2026, 3, 1), date(2026, 3, 31))
    [everyone] = rows_of(result, "all").values()
    # Each referral to Bob is a learning record for both of them: 2 per enquiry.
    assert (everyone["peer_learning"], everyone["peer_learning_before"]) == (4, 2)
    assert (everyone["learning_requests"], everyone["learning_requests_before"]) == (2, 1)
    assert (everyone["read12_enquiries"], everyone["read12_referral_rate"]) == (2, 1.0)
    assert [desk["peer_learning"] for desk in rows_of(result, "desk").values()] == [4]


def test_staff_are_refused_the_metrics(desk_history):
    with pytest.raises(PermissionDenied, match="team leader"):
        run_report(desk_history["db"], Actor.staff_member(desk_history["ann"], "staff"), "metrics", *MARCH)


def test_the_report_command_prints_the_metrics_as_json_with_the_documented_keys(desk_history, capsys):
    rate_front_desk(desk_history)
    url = desk_history["db"].engine.url
    path = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=False)
    assert main(["--db", path, "report", "metrics", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(list(row) == list(COLUMNS) for row in rows)
    assert {"satisfaction", "ratings", "peer_learning", "learning_requests", "read12_referral_rate",
            "repeat_referrals", "training_before"} <= set(COLUMNS)
    everyone = next(row for row in rows if row["row"] == "all")
    assert (everyone["ratings"], everyone["satisfaction"], everyone["peer_learning"]) == (4, 0.5, 0)


def test_training_impact_shows_the_patrons_ratings_before_and_after_the_course(desk_history):
    """Ann's course on 10 March: her rated enquiries on 3 March (good, good, poor) are before it; one of
    her 17 March enquiries, rated good, after it. Bob's rating is not hers."""
    rate_front_desk(desk_history)
    with desk_history["db"].write() as session:
        later = session.scalar(select(Enquiry.id).where(Enquiry.asked_local_date == date(2026, 3, 17))
                               .order_by(Enquiry.id))
        session.add(PatronRating(enquiry_id=later, rating="good"))
    (course,) = report(desk_history, "training-impact").rows
    assert (course["ratings_before"], course["satisfaction_before"]) == (3, 0.667)
    assert (course["ratings_after"], course["satisfaction_after"]) == (1, 1.0)
    with desk_history["db"].write() as session:
        session.execute(delete(PatronRating))
    (course,) = report(desk_history, "training-impact").rows
    assert (course["ratings_before"], course["satisfaction_before"], course["satisfaction_after"]) == (0, None, None)
