"""Coded fields of an enquiry: categories, channels, patron types, READ levels, durations, outcomes."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base
from deskapp.db.models._mixins import ReferenceMixin

DOMAINS = ("library", "it", "other")
OUTCOME_KINDS = ("resolved", "referred", "escalated", "follow-up")


class Category(ReferenceMixin, Base):
    __tablename__ = "categories"
    __table_args__ = (CheckConstraint("domain IN ('library', 'it', 'other')", name="domain"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    domain: Mapped[str] = mapped_column(String(16))
    # Extra words for type-ahead ("edu" finds "Wi-Fi / eduroam"), space separated.
    aliases: Mapped[str] = mapped_column(Text, default="")
    # False for bookkeeping categories such as "Imported / unmapped" that staff never pick.
    pickable: Mapped[bool] = mapped_column(Boolean, default=True)


class Channel(ReferenceMixin, Base):
    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)


class PatronType(ReferenceMixin, Base):
    """What kind of person asked. Never who they are."""

    __tablename__ = "patron_types"

    id: Mapped[int] = mapped_column(primary_key=True)


class ReadLevel(Base):
    """The READ effort scale, 1-6, with descriptions a team leader may edit."""

    __tablename__ = "read_levels"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 6", name="level"),)

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    customised: Mapped[bool] = mapped_column(Boolean, default=False)


class DurationBand(ReferenceMixin, Base):
    __tablename__ = "duration_bands"

    id: Mapped[int] = mapped_column(primary_key=True)
    min_minutes: Mapped[int] = mapped_column(Integer, default=0)
    max_minutes: Mapped[int | None] = mapped_column(Integer)


class Outcome(ReferenceMixin, Base):
    __tablename__ = "outcomes"
    __table_args__ = (
        CheckConstraint("kind IN ('resolved', 'referred', 'escalated', 'follow-up')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    # "Referred to a specialist / other service" asks which one.
    needs_target: Mapped[bool] = mapped_column(Boolean, default=False)


class ReferralTarget(ReferenceMixin, Base):
    __tablename__ = "referral_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A leader marks a target "expected" when handing over to it is the service itself (interlibrary loans go
    # to the ILL team): the referral rates then leave those referrals out instead of counting them as gaps.
    expected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
