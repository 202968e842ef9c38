"""Troubleshooting guides: every edit is a version; staff feedback keeps them honest."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow


class Guide(Base):
    __tablename__ = "guides"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'published', 'archived')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    # Title, summary, tags and body of the current published version, kept here for listing and search.
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    # The guide's language (ISO 639-1): search stems and drops stop words by it ("da": Danish).
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en", index=True)
    status: Mapped[str] = mapped_column(String(16), default="published")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    last_reviewed_on: Mapped[date | None] = mapped_column(Date)
    review_due_on: Mapped[date | None] = mapped_column(Date)
    # True once anyone edits it in the app: seeding then never overwrites it.
    customised: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class GuideVersion(Base):
    __tablename__ = "guide_versions"
    __table_args__ = (
        UniqueConstraint("guide_id", "number"),
        CheckConstraint(
            "status IN ('proposed', 'published', 'rejected', 'superseded')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="published")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    author_label: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_comment: Mapped[str] = mapped_column(Text, default="")


class GuideCategory(Base):
    __tablename__ = "guide_categories"
    __table_args__ = (Index(None, "category_id"),)

    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), primary_key=True)


class GuideSkill(Base):
    __tablename__ = "guide_skills"
    __table_args__ = (Index(None, "skill_id"),)

    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id", ondelete="CASCADE"), primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"), primary_key=True)


class GuideFeedback(Base):
    __tablename__ = "guide_feedback"
    __table_args__ = (
        CheckConstraint("kind IN ('helpful', 'not-helpful', 'outdated')", name="kind"),
        Index(None, "guide_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guides.id", ondelete="CASCADE"))
    version_number: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class SearchAlias(Base):
    """A word or phrase a patron uses for what the guides call something else: a search for `phrase` also
    looks for `expands_to` ("wi-fi" -> "eduroam", "two factor" -> "mfa"). Both are normalised: lowercase
    words joined by single spaces. Starter aliases come from resources/search/aliases.toml; one a leader
    removes is kept as `removed`, so the next seeding does not bring it back."""

    __tablename__ = "search_aliases"
    __table_args__ = (UniqueConstraint("phrase", "expands_to"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phrase: Mapped[str] = mapped_column(String(100))
    expands_to: Mapped[str] = mapped_column(String(100))
    starter: Mapped[bool] = mapped_column(default=False)
    removed: Mapped[bool] = mapped_column(default=False)


class SearchMiss(Base):
    """How often a normalised query found nothing useful in a month (no result opened, or the guide opened
    was not helpful). Deliberately no person, desk or time of day: only the words and a month count."""

    __tablename__ = "search_misses"

    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-12", desk-local
    searches: Mapped[int] = mapped_column(Integer, default=0)
