"""Desk statistics show tallies beside the logged enquiries, never added to them, and only when a tally's
whole period falls inside the report's; the skill reports never see tallies.

The numbers, from tests/data (counted by hand): the monthly sheet has Main Desk 412 + 198 (September),
388 + 201 (October), 405 (November), and Branch Library 57 (October). Suma's raw export has counts of 1, 1,
4 (2 Nov), 3, 1 (3 Nov), 2 (30 Nov) and 1 (1 Dec); one count with no activity is left out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from deskapp.importing import TALLY_FORMATS, import_tallies
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from tests import report_data as rd

DATA = Path(__file__).parent / "data"
OCT_15_TO_NOV_30 = (date(2026, 10, 15), date(2026, 11, 30))


@pytest.fixture
def tallied(any_db):
    with any_db.write() as session:
        leader = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        front = rd.desk(session, "Main Desk")
        for hour in (10, 11, 14):
            rd.enquiry(session, day=date(2026, 11, 4), hour=hour, staff_id=ann, desk_id=front)
    import_tallies(any_db, Actor.cli(), DATA / "monthly_tallies.csv", TALLY_FORMATS["tallies"])
    import_tallies(any_db, Actor.cli(), DATA / "suma_raw_export.csv", TALLY_FORMATS["suma"])
    return {"db": any_db, "leader": Actor.staff_member(leader, "leader")}


def _stats(tallied, start, end, desks=()):
    return run_report(tallied["db"], tallied["leader"], "desk-stats", start, end, desks)


def _counts(result) -> dict[tuple[str, str], int]:
    return {(row["section"], row["key"]): row["count"] for row in result.rows}


def test_tallies_inside_the_period_are_shown_beside_the_enquiries_and_not_added_to_them(tallied):
    result = _stats(tallied, *OCT_15_TO_NOV_30)
    counts = _counts(result)

    assert counts[("total", "total")] == 3  # the logged enquiries alone
    assert counts[("tally", "total")] == 405 + (1 + 1 + 4 + 3 + 1 + 2)
    assert counts[("tally", "Directional")] == 405
    assert counts[("tally", "Type: Reading; Medium: In-Person")] == 1 + 4
    assert all(row["share"] is None for row in result.rows if row["section"].startswith("tally"))
    assert "Tallies, counted beside the logged enquiries and not added to them: 417." in result.summary


def test_a_tally_whose_period_runs_past_the_report_is_left_out_and_counted(tallied):
    result = _stats(tallied, *OCT_15_TO_NOV_30)

    # The three October months start before 15 October: none of their 646 is split into the period.
    assert _counts(result)[("tally_left_out", "left_out")] == 3
    assert "3 tallies are left out: their periods run past this one." in result.summary
    whole_october = _counts(_stats(tallied, date(2026, 10, 1), date(2026, 10, 31)))
    assert whole_october[("tally", "total")] == 388 + 201 + 57
    assert whole_october[("tally_left_out", "left_out")] == 0


def test_the_desk_filter_keeps_only_that_desks_tallies(tallied):
    counts = _counts(_stats(tallied, *OCT_15_TO_NOV_30, desks=["Main Desk"]))

    assert counts[("tally", "total")] == 405
    assert counts[("tally_left_out", "left_out")] == 2  # Main Desk's two October rows; not Branch Library's


def test_a_period_without_tallies_has_no_tally_rows(tallied):
    result = _stats(tallied, date(2026, 1, 1), date(2026, 1, 31))

    assert not [row for row in result.rows if row["section"].startswith("tally")]
    assert "Tallies" not in result.summary


def test_the_skill_reports_never_count_tallies(tallied):
    for name in ("skill-gaps", "heatmap", "coverage", "training-impact", "mentors"):
        result = run_report(tallied["db"], tallied["leader"], name, *OCT_15_TO_NOV_30)
        text = repr(result.rows) + result.summary
        assert "417" not in text and "405" not in text and "Directional" not in text, name
