"""The desk log: one row per enquiry, with the skills used and guides consulted."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow


class ImportBatch(Base):
    """One imported file: re-importing the same rows is recognised by Enquiry.import_key."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))


class Enquiry(Base):
    __tablename__ = "enquiries"
    __table_args__ = (
        CheckConstraint("read_level BETWEEN 1 AND 6", name="read_level"),
        CheckConstraint("asked_hour_of_week BETWEEN 0 AND 167", name="asked_hour_of_week"),
        UniqueConstraint("import_key"),
        # Reports and the log filter by time first, then by who, where and what.
        Index(None, "asked_at"),
        Index(None, "staff_id", "asked_at"),
        Index(None, "desk_id", "asked_at"),
        Index(None, "category_id", "asked_at"),
        Index(None, "asked_local_date", "desk_id"),
        # Ids are never reused (a deleted enquiry's number stays its own, in the audit trail and for undo);
        # PostgreSQL's identity sequences already behave so.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Local (desk wall-clock) date and hour of week (Monday 00:00 = 0), fixed when the enquiry is
    # written, so reports group by the hours staff actually work without time-zone maths in SQL.
    asked_local_date: Mapped[date] = mapped_column(Date)
    asked_hour_of_week: Mapped[int] = mapped_column(SmallInteger)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    patron_type_id: Mapped[int | None] = mapped_column(ForeignKey("patron_types.id"))
    read_level: Mapped[int | None] = mapped_column(ForeignKey("read_levels.level"))
    duration_band_id: Mapped[int | None] = mapped_column(ForeignKey("duration_bands.id"))
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id"))
    referral_target_id: Mapped[int | None] = mapped_column(ForeignKey("referral_targets.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Notes are purged after the retention period; the coded fields stay for statistics.
    notes_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    import_key: Mapped[str | None] = mapped_column(String(80))
    # A digest of the source row as last imported: a later dump tells an edit at the source by it.
    import_digest: Mapped[str | None] = mapped_column(String(64))


class EnquirySkill(Base):
    __tablename__ = "enquiry_skills"
    __table_args__ = (Index(None, "skill_id", "enquiry_id"),)

    enquiry_id: Mapped[int] = mapped_column(
        ForeignKey("enquiries.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"), primary_key=True)


class EnquiryGuide(Base):
    """A guide consulted while answering, and whether it helped (None: not said)."""

    __tablename__ = "enquiry_guides"
    __table_args__ = (Index(None, "guide_id"),)

    enquiry_id: Mapped[int] = mapped_column(
        ForeignKey("enquiries.id", ondelete="CASCADE"), primary_key=True
    )
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id"), primary_key=True)
    helped: Mapped[bool | None] = mapped_column(Boolean)
