"""What each level of a skill means in that skill's own words, and development plans: the skills a leader
has set for a person to work on next, with a target level, a date, a mentor and where the item came from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow

PLAN_SOURCES = ("leader", "suggested", "learning-request")
PLAN_STATUSES = ("open", "done", "dropped")
# No one mentors more than this many open plan items at once (the gap report pairs at most 2 skills each;
# a plan item is one learner in one skill).
MENTOR_CAPACITY = 3


class SkillLevelDescription(Base):
    """A leader's words for one level (0-4) of one skill; a level without a row uses the general wording."""

    __tablename__ = "skill_level_descriptions"
    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 4", name="level"),)

    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class DevelopmentPlanItem(Base):
    """One skill a person is working on: reach `target_level` by `due_on`, progress measured from
    `started_on` in their own enquiries. `source` says who proposed it (a leader, the gap ranking, or the
    person's own learning request, whose id is in `source_ref`)."""

    __tablename__ = "development_plan_items"
    __table_args__ = (
        CheckConstraint("target_level BETWEEN 1 AND 4", name="target_level"),
        CheckConstraint("source IN ('leader', 'suggested', 'learning-request')", name="source"),
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),
        Index(None, "staff_id", "status"),
        Index(None, "mentor_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))
    target_level: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    source: Mapped[str] = mapped_column(String(20), default="leader")
    source_ref: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
