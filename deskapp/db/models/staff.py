"""People, desks, sign-in sessions and shared settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow

ROLES = ("staff", "leader", "admin")
CREDENTIAL_KINDS = ("pin", "password")


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('staff', 'leader', 'admin')", name="role"),
        CheckConstraint("credential_kind IN ('pin', 'password')", name="credential_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(8), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="staff")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    credential_kind: Mapped[str | None] = mapped_column(String(16))
    credential_hash: Mapped[str | None] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The interface language this person chose ("da", "en"); "" follows the PC (deskapp/ui/i18n.py).
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Desk(Base):
    """A service point, e.g. "Main Library - Ground floor desk". Each PC names its desk in its settings."""

    __tablename__ = "desks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DeskSession(Base):
    """Who was signed in at which desk, when: the basis of coverage-by-hour reports."""

    __tablename__ = "desk_sessions"
    __table_args__ = (Index(None, "desk_id", "signed_in_at"), Index(None, "staff_id", "signed_in_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signed_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class QuickButton(Base):
    """One of a desk's one-keystroke enquiries (F1-F8), configured by a team leader."""

    __tablename__ = "quick_buttons"
    __table_args__ = (
        UniqueConstraint("desk_id", "position"),
        CheckConstraint("position BETWEEN 1 AND 12", name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    label: Mapped[str | None] = mapped_column(String(60))
    # Optional presets beyond the category: channel/outcome/read level keys, and "skills": a list of skill keys.
    preset: Mapped[dict[str, str | int | list[str]] | None] = mapped_column(JSON)


class AppSetting(Base):
    """Settings shared by every desk on this database (retention, seed fingerprint, ...)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
