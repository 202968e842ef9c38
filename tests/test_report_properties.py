"""Property tests: whatever the history, merges, retirements and date bounds, the reports' numbers equal a
plain SQL count over the raw enquiry rows (no rollups), on SQLite and on the real PostgreSQL server.

Hypothesis draws a small history (days across a month boundary, so whole-month and ragged-end rollup rows
are both read), some merges (chains included) and a retirement after it, and a period; the test then
counts by hand in SQL: an enquiry counts once for the skill it counts as now (a merged skill as the one it
went into), passed on means referred (not to an expected target) or escalated, both bounds included.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from deskapp.db import Database, rollup
from deskapp.db.models import ReferralTarget
from deskapp.people import skills as skill_admin
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from deskapp.reports.trends import months
from tests import report_data as rd

SKILLS = ("wayfinding", "circulation-loans", "catalogue-known-item", "eduroam-android", "eduroam-ios")
OUTCOMES = ("resolved", "referred-colleague", "referred-specialist", "referred-expected", "escalated-it",
            "follow-up")
FIRST_DAY = date(2026, 2, 20)
DAYS = 50  # to 2026-04-10: February's end, all of March, April's start

enquiry = st.tuples(st.integers(0, DAYS - 1), st.sampled_from(OUTCOMES), st.integers(1, 6),
                    st.sets(st.sampled_from(SKILLS), min_size=1, max_size=3), st.integers(0, 1))
history = st.lists(enquiry, min_size=1, max_size=25)
merges = st.lists(st.tuples(st.sampled_from(SKILLS), st.sampled_from(SKILLS)), max_size=3)
retire = st.one_of(st.none(), st.sampled_from(SKILLS))
bounds = st.tuples(st.integers(0, DAYS - 1), st.integers(0, DAYS - 1)).map(sorted)

_copies = count()


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_db(request, template_sqlite, tmp_path_factory):
    """Makes a new migrated, seeded database per Hypothesis example (each example needs its own history)."""
    made: list[Database] = []
    folder = tmp_path_factory.mktemp("props")

    def make() -> Database:
        if request.param == "sqlite":
            path = folder / f"example-{next(_copies)}.sqlite3"
            shutil.copyfile(template_sqlite, path)
            database = Database(path)
        else:
            server = request.getfixturevalue("pg_server")
            database = Database(server.url(server.create_database(template=request.getfixturevalue("pg_template"))))
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()


def build(db: Database, rows, merge_pairs, retired) -> Actor:
    with db.write() as session:
        leader = Actor.staff_member(rd.staff(session, "Lee Leader", "LL", role="leader"), "leader")
        staff = [rd.staff(session, "Ann Archer", "AA"), rd.staff(session, "Bob Baker", "BB")]
        desk = rd.desk(session, "Front desk")
        targets = session.scalars(select(ReferralTarget).order_by(ReferralTarget.id)).all()
        plain, expected = targets[0], targets[1]
        expected.expected = True  # e.g. interlibrary loans to the ILL team: the service, not a gap
        session.flush()
        for day, outcome, read, keys, who in rows:
            key = "referred-specialist" if outcome == "referred-expected" else outcome
            enquiry_id = rd.enquiry(session, day=FIRST_DAY + timedelta(days=day), hour=10, staff_id=staff[who],
                                    desk_id=desk, outcome=key, read=read, skills=tuple(sorted(keys)),
                                    count_in=False)
            if key == "referred-specialist":
                target = expected if outcome == "referred-expected" else plain
                session.execute(text("UPDATE enquiries SET referral_target_id = :t WHERE id = :e"),
                                {"t": target.id, "e": enquiry_id})
            rollup.add_enquiries(session, [enquiry_id])
    for source, target in merge_pairs:
        with db.write() as session:
            try:
                skill_admin.merge_skill(session, leader, rd.skill_id(session, source), rd.skill_id(session, target))
            except skill_admin.SkillError:
                session.rollback()  # itself, already merged, or into a merged skill: refused, nothing changed
    if retired is not None:
        with db.write() as session:
            try:
                skill_admin.retire_skill(session, leader, rd.skill_id(session, retired))
            except skill_admin.SkillError:
                session.rollback()
    return leader


IDENTITY = "COALESCE(s.merged_into_id, s.id)"
PASSED_ON = ("(o.kind = 'escalated' OR (o.kind = 'referred' AND NOT COALESCE(rt.expected, :no)))")


def by_hand(db: Database, start: date, end: date) -> dict[str, tuple[int, int]]:
    """Skill label -> (enquiries that needed it, of those passed on), straight from the enquiry rows."""
    sql = text(f"""
        SELECT t.label, COUNT(DISTINCT e.id),
               COUNT(DISTINCT CASE WHEN {PASSED_ON} THEN e.id END)
        FROM enquiries e
        JOIN enquiry_skills es ON es.enquiry_id = e.id
        JOIN skills s ON s.id = es.skill_id
        JOIN skills t ON t.id = {IDENTITY}
        JOIN outcomes o ON o.id = e.outcome_id
        LEFT JOIN referral_targets rt ON rt.id = e.referral_target_id
        WHERE e.asked_local_date BETWEEN :start AND :end
        GROUP BY t.label""")
    with db.read() as session:
        rows = session.execute(sql, {"start": start, "end": end, "no": False})
        return {label: (int(n), int(passed)) for label, n, passed in rows}


def uses_by_hand(db: Database, start: date, end: date) -> dict[tuple[str, str], tuple[int, int]]:
    """(person, skill) -> (their enquiries with it, of those passed on)."""
    sql = text(f"""
        SELECT p.name, t.label, COUNT(DISTINCT e.id), COUNT(DISTINCT CASE WHEN {PASSED_ON} THEN e.id END)
        FROM enquiries e
        JOIN staff p ON p.id = e.staff_id
        JOIN enquiry_skills es ON es.enquiry_id = e.id
        JOIN skills s ON s.id = es.skill_id
        JOIN skills t ON t.id = {IDENTITY}
        JOIN outcomes o ON o.id = e.outcome_id
        LEFT JOIN referral_targets rt ON rt.id = e.referral_target_id
        WHERE e.asked_local_date BETWEEN :start AND :end
        GROUP BY p.name, t.label""")
    with db.read() as session:
        rows = session.execute(sql, {"start": start, "end": end, "no": False})
        return {(name, label): (int(n), int(passed)) for name, label, n, passed in rows}


def total_by_hand(db: Database, start: date, end: date) -> int:
    with db.read() as session:
        return session.execute(text("SELECT COUNT(*) FROM enquiries WHERE asked_local_date BETWEEN :s AND :e"),
                               {"s": start, "e": end}).scalar_one()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=history, merge_pairs=merges, retired=retire, period=bounds)
def test_skill_gaps_heat_map_trends_and_desk_totals_equal_a_plain_sql_count(fresh_db, rows, merge_pairs,
                                                                                retired, period):
    db = fresh_db()
    leader = build(db, rows, merge_pairs, retired)
    start, end = (FIRST_DAY + timedelta(days=d) for d in period)
    expected = by_hand(db, start, end)

    gaps = run_report(db, leader, "skill-gaps", start, end)
    shown = {row["skill"]: (row["demand"], row["passed_on"]) for row in gaps.rows if row["demand"]}
    assert shown == expected

    heat = run_report(db, leader, "heatmap", start, end)
    assert {(row["staff"], row["skill"]): (row["uses"], row["passed_on"]) for row in heat.rows if row["uses"]} == \
        uses_by_hand(db, start, end)

    trend = run_report(db, leader, "trends", start, end)
    for lo, hi, label in months(start, end):
        # A retired skill keeps its months, its name marked "(retired DATE)".
        in_month = {r["skill"].split(" (retired ")[0]: (r["enquiries"], r["passed_on"]) for r in trend.rows
                    if r["month"] == label and r["skill"] != "All skills" and r["enquiries"]}
        assert in_month == by_hand(db, lo, hi)
        [desk_line] = [r["enquiries"] for r in trend.rows if r["month"] == label and r["skill"] == "All skills"] or [0]
        assert desk_line == total_by_hand(db, lo, hi)

    stats = run_report(db, leader, "desk-stats", start, end)
    [total] = [row["count"] for row in stats.rows if row["section"] == "total"] or [0]
    assert total == total_by_hand(db, start, end)
