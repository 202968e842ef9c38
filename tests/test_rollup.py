"""The report rollups always equal a GROUP BY over the raw enquiry rows, after any mix of logs, edits and
deletes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import delete, select, text

from deskapp.db import rollup
from deskapp.db.models import Category, Enquiry, EnquirySkill, Outcome, Skill
from tests import report_data as rd

SKILL_SOURCE = "enquiries e JOIN enquiry_skills es ON es.enquiry_id = e.id JOIN outcomes o ON o.id = e.outcome_id"
KIND = "SUM(CASE WHEN o.kind = '{}' THEN 1 ELSE 0 END)"
LOW = "SUM(CASE WHEN e.read_level IN (1, 2) {} THEN 1 ELSE 0 END)"
LOW_ALL, LOW_REF = LOW.format(""), LOW.format("AND o.kind = 'referred'")
LOW_ESC = LOW.format("AND o.kind = 'escalated'")

DIM = "SELECT period_start, desk_id, value, n FROM rollup_enquiry_counts WHERE grain = 'd' AND desk_id <> 0 AND dim = "

# Written independently of deskapp.db.rollup: plain GROUP BYs over the raw rows, day grain.
EXPECTED = {
    "rollup_skill_counts": (
        f"SELECT e.asked_local_date, e.desk_id, es.skill_id, COUNT(*), {KIND.format('referred')}, "
        f"{KIND.format('escalated')}, {KIND.format('follow-up')}, {LOW_ALL}, "
        f"{LOW_REF}, {LOW_ESC} "
        f"FROM {SKILL_SOURCE} GROUP BY 1, 2, 3",
        "SELECT period_start, desk_id, skill_id, n, referred, escalated, follow_up, low_n, low_referred, "
        "low_escalated FROM rollup_skill_counts WHERE grain = 'd' AND desk_id <> 0"),
    "rollup_staff_skill_counts": (
        f"SELECT e.asked_local_date, e.desk_id, e.staff_id, es.skill_id, COUNT(*), {KIND.format('referred')}, "
        f"{KIND.format('escalated')}, {LOW_ALL}, {LOW_REF}, "
        f"{LOW_ESC} FROM {SKILL_SOURCE} GROUP BY 1, 2, 3, 4",
        "SELECT period_start, desk_id, staff_id, skill_id, n, referred, escalated, low_n, low_referred, "
        "low_escalated FROM rollup_staff_skill_counts WHERE grain = 'd' AND desk_id <> 0"),
    "rollup_skill_hours": (
        f"SELECT e.asked_local_date, e.desk_id, es.skill_id, e.asked_hour_of_week, COUNT(*), "
        f"{KIND.format('referred')}, {KIND.format('escalated')} FROM {SKILL_SOURCE} GROUP BY 1, 2, 3, 4",
        "SELECT period_start, desk_id, skill_id, hour_of_week, n, referred, escalated FROM rollup_skill_hours "
        "WHERE grain = 'd' AND desk_id <> 0"),
    "enquiries by category": (
        "SELECT asked_local_date, desk_id, category_id, COUNT(*) FROM enquiries GROUP BY 1, 2, 3",
        DIM + "'category'"),
    "enquiries by READ": (
        "SELECT asked_local_date, desk_id, COALESCE(read_level, 0), COUNT(*) FROM enquiries GROUP BY 1, 2, 3",
        DIM + "'read'"),
    "enquiries by hour": (
        "SELECT asked_local_date, desk_id, asked_hour_of_week, COUNT(*) FROM enquiries GROUP BY 1, 2, 3",
        DIM + "'hour'"),
    "enquiries by patron type": (
        "SELECT asked_local_date, desk_id, COALESCE(patron_type_id, 0), COUNT(*) FROM enquiries GROUP BY 1, 2, 3",
        DIM + "'patron'"),
    "enquiries per day": (
        "SELECT asked_local_date, desk_id, COUNT(*) FROM enquiries GROUP BY 1, 2",
        "SELECT period_start, desk_id, n FROM rollup_enquiry_counts "
        "WHERE grain = 'd' AND desk_id <> 0 AND dim = 'all'"),
}
MONTHS_MATCH_DAYS = [
    (f"SELECT {', '.join(cols)}, {', '.join(f'SUM({c})' for c in counts)} FROM {table} WHERE grain = '{grain}' "
     f"GROUP BY {', '.join(cols)}")
    for table, cols, counts in [
        ("rollup_enquiry_counts", ("desk_id", "dim", "value"), ("n",)),
        ("rollup_skill_counts", ("desk_id", "skill_id"), ("n", "referred", "low_n", "low_escalated")),
        ("rollup_staff_skill_counts", ("desk_id", "staff_id", "skill_id"), ("n", "referred", "low_referred")),
        ("rollup_skill_hours", ("desk_id", "skill_id", "hour_of_week"), ("n", "escalated")),
    ] for grain in ("d", "m")
]


ALL_DESKS_MATCH = [
    (f"SELECT grain, period_start, {', '.join(cols)}, {', '.join(f'SUM({c})' for c in counts)} FROM {table} "
     f"WHERE desk_id <> 0 GROUP BY grain, period_start, {', '.join(cols)}",
     f"SELECT grain, period_start, {', '.join(cols)}, {', '.join(counts)} FROM {table} WHERE desk_id = 0")
    for table, cols, counts in [
        ("rollup_enquiry_counts", ("dim", "value"), ("n",)),
        ("rollup_skill_counts", ("skill_id",), ("n", "referred", "escalated", "follow_up", "low_n", "low_referred",
                                                "low_escalated")),
        ("rollup_staff_skill_counts", ("staff_id", "skill_id"), ("n", "referred", "low_n", "low_escalated")),
        ("rollup_skill_hours", ("skill_id", "hour_of_week"), ("n", "referred", "escalated")),
    ]
]


def _rows(session, sql: str) -> set[tuple]:
    return {tuple(str(v) for v in row) for row in session.execute(text(sql))}


def assert_rollups_match_raw_rows(session) -> None:
    for name, (raw_sql, rollup_sql) in EXPECTED.items():
        assert _rows(session, rollup_sql) == _rows(session, raw_sql), name
    for day_sql, month_sql in zip(MONTHS_MATCH_DAYS[::2], MONTHS_MATCH_DAYS[1::2], strict=True):
        assert _rows(session, day_sql) == _rows(session, month_sql)
    for per_desk_sql, all_desks_sql in ALL_DESKS_MATCH:  # desk 0 holds the totals over every desk
        assert _rows(session, per_desk_sql) == _rows(session, all_desks_sql)
    month_starts = session.execute(text("SELECT DISTINCT period_start FROM rollup_skill_counts WHERE grain = 'm'"))
    assert all(str(day).endswith("-01") for (day,) in month_starts)


def test_rollups_equal_a_group_by_over_raw_rows_after_random_logs_edits_and_deletes(any_db):
    rng = random.Random(7)
    with any_db.write() as session:
        people = [rd.staff(session, f"Person {i}", f"P{i}") for i in range(4)]
        desks = [rd.desk(session, "Front desk"), rd.desk(session, "Help point")]
        categories = list(session.scalars(select(Category.key).where(Category.pickable)))
        outcomes = list(session.scalars(select(Outcome.key)))
        skills = list(session.scalars(select(Skill.key)))
        ids: list[int] = []
        for step in range(160):
            action = rng.random()
            if action < 0.6 or len(ids) < 5:
                ids.append(rd.enquiry(
                    session, day=date(2026, 1, 20) + timedelta(days=rng.randrange(40)), hour=rng.randrange(8, 21),
                    staff_id=rng.choice(people), desk_id=rng.choice(desks), category=rng.choice(categories),
                    outcome=rng.choice(outcomes), read=rng.choice([None, 1, 2, 3, 5]),
                    skills=tuple(rng.sample(skills, rng.randrange(0, 3))), patron=rng.choice([None, "visitor"])))
            elif action < 0.85:  # edit: out, change (date, desk, outcome, skills), back in
                victim = rng.choice(ids)
                rollup.remove_enquiries(session, [victim])
                row = session.get(Enquiry, victim)
                row.asked_local_date = row.asked_local_date + timedelta(days=rng.randrange(-3, 35))
                row.desk_id = rng.choice(desks)
                row.read_level = rng.choice([None, 2, 4])
                row.outcome_id = session.scalars(select(Outcome.id).where(Outcome.key == rng.choice(outcomes))).one()
                session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id == victim))
                for key in rng.sample(skills, rng.randrange(0, 3)):
                    session.add(EnquirySkill(enquiry_id=victim, skill_id=rd.skill_id(session, key)))
                session.flush()
                rollup.add_enquiries(session, [victim])
            else:  # delete a few at once
                victims = rng.sample(ids, min(len(ids), rng.randrange(1, 4)))
                rollup.remove_enquiries(session, victims)
                session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id.in_(victims)))
                session.execute(delete(Enquiry).where(Enquiry.id.in_(victims)))
                ids = [i for i in ids if i not in victims]
            if step % 40 == 39:
                assert_rollups_match_raw_rows(session)
        assert_rollups_match_raw_rows(session)
        # No empty rows are left behind, and a rebuild gives the same tables.
        assert session.scalar(text("SELECT COUNT(*) FROM rollup_skill_counts WHERE n = 0")) == 0
        before = _rows(session, "SELECT * FROM rollup_staff_skill_counts")
        rollup.rebuild(session)
        assert _rows(session, "SELECT * FROM rollup_staff_skill_counts") == before
        assert_rollups_match_raw_rows(session)


def test_a_bulk_count_in_of_many_enquiries_goes_in_chunks(db):
    with db.write() as session:
        person, front = rd.staff(session, "Ann", "AN"), rd.desk(session, "Front desk")
        ids = [rd.enquiry(session, day=date(2026, 3, 2), hour=10, staff_id=person, desk_id=front, count_in=False)
               for _ in range(rollup.CHUNK + 5)]
        rollup.add_enquiries(session, ids)
        assert_rollups_match_raw_rows(session)
        rollup.remove_enquiries(session, ids)
        assert session.scalar(text("SELECT COUNT(*) FROM rollup_enquiry_counts")) == 0


def test_an_id_range_and_scattered_ids_count_in_alike(db):
    """A bulk import's ids (every id from the lowest to the highest) go in one ranged pass; any other set
    in IN-list chunks. Both must leave the rollups equal to a GROUP BY over the raw rows."""
    with db.write() as session:
        person, front = rd.staff(session, "Ann", "AN"), rd.desk(session, "Front desk")
        ids = [rd.enquiry(session, day=date(2026, 3, 2 + n % 5), hour=9 + n % 8, staff_id=person, desk_id=front,
                          count_in=False) for n in range(rollup.CHUNK + 7)]
        scattered = ids[::2]
        assert rollup._batches(scattered)[0][0] == "e.id IN :ids"
        rollup.add_enquiries(session, scattered)
        rest = [i for i in ids if i not in set(scattered)]
        rollup.add_enquiries(session, rest)
        assert_rollups_match_raw_rows(session)
        rollup.remove_enquiries(session, ids)  # contiguous: the ranged pass, taking out
        assert rollup._batches(ids)[0][0] == "e.id BETWEEN :low AND :high"
        assert session.scalar(text("SELECT COUNT(*) FROM rollup_enquiry_counts")) == 0
