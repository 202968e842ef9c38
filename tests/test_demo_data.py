"""`deskapp demo-data` produces history shaped like a real desk."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import case, func, select

from deskapp.db import Database
from deskapp.db.models import Category, CategorySkill, DeskSession, Enquiry, EnquirySkill, Outcome
from deskapp.platform.localtime import local_fields
from deskapp.startup.demo_data import generate

TODAY = date(2026, 11, 20)


@pytest.fixture
def history(db: Database) -> Database:
    generate(db, enquiries=20_000, staff=12, days=365, seed=7, tz="Europe/Copenhagen", today=TODAY)
    return db


def hourly(session) -> dict[int, int]:
    hour = Enquiry.asked_hour_of_week % 24
    rows = session.execute(select(hour, func.count()).group_by(hour))
    return dict(rows.all())


def test_it_adds_the_requested_number_of_enquiries_with_shifts(history: Database):
    with history.read() as session:
        assert session.scalar(select(func.count()).select_from(Enquiry)) == 20_000
        assert session.scalar(select(func.count()).select_from(DeskSession)) > 0
        assert session.scalar(select(func.max(Enquiry.asked_local_date))) <= TODAY


def test_mornings_are_quiet_and_lunchtime_peaks(history: Database):
    with history.read() as session:
        per_hour = hourly(session)
    assert per_hour[13] > 2 * per_hour[9]
    assert per_hour[16] > per_hour[10]
    assert sum(per_hour.get(h, 0) for h in range(0, 8)) == 0


def test_weekends_are_quiet(history: Database):
    with history.read() as session:
        weekend = session.scalar(select(func.count()).where(Enquiry.asked_hour_of_week >= 5 * 24))
    assert weekend < 20_000 * 0.12


def test_the_start_of_semester_brings_a_wifi_peak(history: Database):
    with history.read() as session:
        wifi = select(Category.id).where(Category.key == "it-wifi").scalar_subquery()
        share = func.avg(case((Enquiry.category_id == wifi, 1.0), else_=0.0))
        september = session.scalar(select(share).where(
            Enquiry.asked_local_date.between(date(2026, 9, 15), date(2026, 10, 5))))
        summer = session.scalar(select(share).where(
            Enquiry.asked_local_date.between(date(2026, 6, 1), date(2026, 8, 31))))
    assert september > 1.5 * summer


def test_skills_used_come_from_the_category_mapping(history: Database):
    with history.read() as session:
        outside = session.scalar(
            select(func.count()).select_from(EnquirySkill).join(Enquiry).where(
                ~select(CategorySkill.skill_id).where(
                    CategorySkill.category_id == Enquiry.category_id,
                    CategorySkill.skill_id == EnquirySkill.skill_id).exists()))
    assert outside == 0


def test_local_date_and_hour_match_the_utc_time(history: Database):
    from zoneinfo import ZoneInfo

    with history.read() as session:
        rows = session.execute(select(Enquiry.asked_at, Enquiry.asked_local_date, Enquiry.asked_hour_of_week)
                               .limit(200)).all()
    for asked_at, local_date, hour_of_week in rows:
        assert local_fields(asked_at, ZoneInfo("Europe/Copenhagen")) == (local_date, hour_of_week)


def test_referrals_are_rarer_at_low_read_levels(history: Database):
    with history.read() as session:
        referred = func.avg(case((Outcome.kind.in_(["referred", "escalated"]), 1.0), else_=0.0))
        low = session.scalar(select(referred).select_from(Enquiry).join(Outcome).where(Enquiry.read_level <= 2))
        high = session.scalar(select(referred).select_from(Enquiry).join(Outcome).where(Enquiry.read_level >= 4))
    assert low < high


def test_the_same_seed_gives_the_same_history(tmp_path, template_sqlite):
    import shutil

    sums = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(template_sqlite, path)
        database = Database(path)
        generate(database, enquiries=500, staff=5, days=30, seed=3, tz="UTC", today=TODAY)
        with database.read() as session:
            sums.append(session.execute(select(func.sum(Enquiry.category_id * Enquiry.id),
                                               func.sum(Enquiry.staff_id))).one())
        database.dispose()
    assert sums[0] == sums[1]


def test_it_works_on_postgresql_too(pg_db: Database):
    summary = generate(pg_db, enquiries=2_000, staff=6, days=60, seed=2, tz="UTC", today=TODAY)
    with pg_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enquiry)) == 2_000
        assert session.scalar(select(func.count()).select_from(EnquirySkill)) == summary.enquiry_skills


def test_enquiries_added_after_demo_data_on_postgresql_get_fresh_ids(pg_db: Database):
    generate(pg_db, enquiries=50, staff=3, days=5, seed=4, tz="UTC", today=TODAY)
    with pg_db.write() as session:
        template = session.scalars(select(Enquiry).order_by(Enquiry.id.desc())).first()
        copy = Enquiry(**{column.key: getattr(template, column.key)
                          for column in Enquiry.__table__.columns if column.key != "id"})
        session.add(copy)
        session.flush()
        assert copy.id > template.id


def test_no_generated_enquiry_lies_in_the_future(db: Database):
    from datetime import UTC, datetime

    generate(db, enquiries=3_000, staff=4, days=14, seed=5)
    with db.read() as session:
        newest = session.scalar(select(func.max(Enquiry.asked_at)))
    assert newest <= datetime.now(UTC)


def test_nonsense_sizes_are_refused(db: Database):
    with pytest.raises(ValueError, match="staff and days"):
        generate(db, enquiries=10, staff=0)
