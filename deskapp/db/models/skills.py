"""Skills, who holds them at what level, and the training that built them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow
from deskapp.db.models._mixins import ReferenceMixin

TRAINING_KINDS = ("course", "workshop", "mentoring", "peer-session", "from-colleague", "checklist")


class SkillGroup(ReferenceMixin, Base):
    __tablename__ = "skill_groups"

    id: Mapped[int] = mapped_column(primary_key=True)


class Skill(ReferenceMixin, Base):
    __tablename__ = "skills"
    __table_args__ = (CheckConstraint("required_level BETWEEN 0 AND 4", name="required_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("skill_groups.id"))
    required_level: Mapped[int] = mapped_column(Integer, default=2)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A merged skill stays for history; reports follow it to the skill it was merged into.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"))


class CategorySkill(Base):
    """A category's skills: always used (pre-filled on the enquiry form) or a *candidate*, offered as a one-key
    choice and recorded only when picked ("Wi-Fi / eduroam": which device's eduroam setup was it?)."""

    __tablename__ = "category_skills"

    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True)
    candidate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class StaffSkill(Base):
    """A person's proficiency on one skill (0-4): their own view and a leader's confirmation, both kept."""

    __tablename__ = "staff_skills"
    __table_args__ = (
        CheckConstraint("self_level BETWEEN 0 AND 4", name="self_level"),
        CheckConstraint("confirmed_level BETWEEN 0 AND 4", name="confirmed_level"),
        Index(None, "skill_id", "confirmed_level"),
    )

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"), primary_key=True)
    self_level: Mapped[int | None] = mapped_column(Integer)
    self_assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_level: Mapped[int | None] = mapped_column(Integer)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TrainingRecord(Base):
    __tablename__ = "training_records"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('course', 'workshop', 'mentoring', 'peer-session', 'from-colleague', 'checklist')",
            name="kind",
        ),
        Index(None, "staff_id", "skill_id", "trained_on"),
        Index(None, "skill_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    trained_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set on a peer-learning event: the enquiry referred to a colleague at the desk (deskapp/desk/peer_help.py).
    # Deleting the enquiry deletes these with it (and a restore brings them back); SET NULL is the database's
    # safety net only.
    enquiry_id: Mapped[int | None] = mapped_column(ForeignKey("enquiries.id", ondelete="SET NULL"), index=True)


LEARNING_REQUEST_STATUSES = ("open", "planned", "done", "declined")


class LearningRequest(Base):
    """"I'd like to learn this": a staff member asks to learn a skill of an enquiry they referred or escalated;
    a team leader answers it (planned, done or declined, with a note the person sees in My record)."""

    __tablename__ = "learning_requests"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'planned', 'done', 'declined')", name="status"),
        UniqueConstraint("staff_id", "skill_id", "enquiry_id"),
        Index(None, "status", "skill_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))
    enquiry_id: Mapped[int | None] = mapped_column(ForeignKey("enquiries.id", ondelete="SET NULL"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open", server_default="open")
    leader_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
