"""How patrons found the service, and what staff reflect on: a patron's rating of one enquiry (issue 19,
point 4) and a person's one-line weekly reflection (point 3)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow

RATINGS = ("good", "neutral", "poor")


class PatronRating(Base):
    """A patron's answer to "How did we do?" for one enquiry. Deliberately nothing else: no person (neither
    the patron nor the staff member: who served them is the enquiry's, and a leader reads it only through the
    enquiry's coded fields), no time of its own, no free text. Deleting the enquiry deletes its rating."""

    __tablename__ = "patron_ratings"
    __table_args__ = (CheckConstraint("rating IN ('good', 'neutral', 'poor')", name="rating"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enquiry_id: Mapped[int] = mapped_column(ForeignKey("enquiries.id", ondelete="CASCADE"), unique=True)
    rating: Mapped[str] = mapped_column(String(8))


class WeeklyReflection(Base):
    """A person's optional line for one week ("what I'd do differently"): read only by them and leaders."""

    __tablename__ = "weekly_reflections"
    __table_args__ = (UniqueConstraint("staff_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    week_start: Mapped[date] = mapped_column(Date)  # the Monday of the week
    text: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
