"""Checklist templates and their runs. A run copies the items it started with, so later template edits
never rewrite what was ticked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow


class ChecklistTemplate(Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (
        CheckConstraint("schedule IN ('daily', 'weekly', 'per-person', 'on-demand')", name="schedule"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    schedule: Mapped[str] = mapped_column(String(16), default="on-demand")
    # Local "HH:MM" by which the required items of a daily/weekly run should be ticked.
    due_time: Mapped[str | None] = mapped_column(String(5))
    version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    customised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        UniqueConstraint("template_id", "key"),
        CheckConstraint("role IN ('staff', 'leader')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    role: Mapped[str] = mapped_column(String(16), default="staff")
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ChecklistRun(Base):
    __tablename__ = "checklist_runs"
    __table_args__ = (Index(None, "template_id", "started_at"), Index(None, "desk_id", "started_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    template_version: Mapped[int] = mapped_column(Integer)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # The new starter a per-person run belongs to.
    subject_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")


class ChecklistRunItem(Base):
    __tablename__ = "checklist_run_items"
    __table_args__ = (UniqueConstraint("run_id", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("checklist_runs.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    role: Mapped[str] = mapped_column(String(16), default="staff")
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"))
    ticked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ticked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
