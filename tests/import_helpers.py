"""Small helpers shared by the import and export tests: counting what is in the database."""

from __future__ import annotations

from sqlalchemy import func, select, text

from deskapp.db import Database
from deskapp.db.models import (
    AuditEvent,
    Category,
    Channel,
    Desk,
    DurationBand,
    Enquiry,
    EnquirySkill,
    ImportBatch,
    Outcome,
    PatronType,
    Staff,
)


def counts(db: Database) -> dict[str, int]:
    """Row counts of every table an import writes to."""
    with db.read() as session:
        return {model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Enquiry, EnquirySkill, Staff, Desk, ImportBatch, AuditEvent)}


def enquiries(db: Database) -> list[dict]:
    """Every enquiry with its coded fields as keys, in time order."""
    query = (
        select(Enquiry.asked_at, Enquiry.asked_local_date, Enquiry.asked_hour_of_week, Staff.initials,
               Staff.active.label("staff_active"), Desk.name.label("desk"), Category.key.label("category"),
               Channel.key.label("channel"), PatronType.key.label("patron_type"), Enquiry.read_level,
               DurationBand.key.label("duration"), Outcome.key.label("outcome"), Enquiry.notes,
               Enquiry.import_key, Enquiry.entered_at)
        .join(Staff, Staff.id == Enquiry.staff_id).join(Desk, Desk.id == Enquiry.desk_id)
        .join(Category, Category.id == Enquiry.category_id).join(Channel, Channel.id == Enquiry.channel_id)
        .join(Outcome, Outcome.id == Enquiry.outcome_id)
        .outerjoin(PatronType, PatronType.id == Enquiry.patron_type_id)
        .outerjoin(DurationBand, DurationBand.id == Enquiry.duration_band_id)
        .order_by(Enquiry.asked_at, Enquiry.id))
    with db.read() as session:
        return [dict(row._mapping) for row in session.execute(query)]


def skills_of_first(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(text(
            "SELECT k.key FROM enquiry_skills es JOIN skills k ON k.id = es.skill_id "
            "WHERE es.enquiry_id = (SELECT min(id) FROM enquiries) ORDER BY k.key")))


def rollup_total(db: Database) -> int:
    """Enquiries the reports see: the daily 'all' rollup."""
    with db.read() as session:
        return int(session.scalar(text(
            # desk_id 0 holds the all-desks totals (deskapp.db.rollup.ALL_DESKS)
            "SELECT COALESCE(SUM(n), 0) FROM rollup_enquiry_counts WHERE dim = 'all' AND grain = 'd' "
            "AND desk_id = 0")) or 0)
