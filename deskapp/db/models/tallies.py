"""Tallies: counts of enquiries (or people) per desk and period, where no enquiry was logged one by one.

Many libraries kept only a monthly sheet per branch, or Suma's counts. A tally says "so many, at this desk,
in this period (this hour), of this kind": it has no staff member, outcome, skills or READ level, so it sits
beside the enquiry log in desk statistics and never in the per-enquiry or skill reports.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow

# Where a tally came from: a Suma "Export Raw Data" file, a plain tally sheet (month, desk, count).
TALLY_SOURCES = ("suma", "tally-sheet")


class Tally(Base):
    __tablename__ = "tallies"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint("hour IS NULL OR hour BETWEEN 0 AND 23", name="hour"),
        # Source identity, as for imported enquiries: the key names the source, its instance and the source's
        # own id (a Suma Count ID), so the same count imported again is found, and a changed one by its digest.
        UniqueConstraint("import_key"),
        Index(None, "period_start", "desk_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Desk-local dates, both included: a month is its first and last day, a Suma count one day.
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    hour: Mapped[int | None] = mapped_column(SmallInteger)  # desk-local hour, when the source gives one
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    count: Mapped[int] = mapped_column(Integer)
    # What was counted, in the source's own words ("Type: Directional; Medium: In-Person", "Reference").
    label: Mapped[str] = mapped_column(String(200), default="")
    # Coded fields, where the source gives them; empty when it does not.
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id"))
    patron_type_id: Mapped[int | None] = mapped_column(ForeignKey("patron_types.id"))
    source: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entered_by: Mapped[str] = mapped_column(String(120), default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    import_key: Mapped[str | None] = mapped_column(String(200))
    import_digest: Mapped[str | None] = mapped_column(String(64))
