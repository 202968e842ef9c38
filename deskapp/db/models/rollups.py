"""Report rollups: pre-aggregated counts that keep report cost independent of how much history there is.

Each table holds two grains: `grain = 'd'` rows count one local day, `grain = 'm'` rows one local month
(`period_start` is the first of that month). A report over a period reads month rows for the whole months
inside it and day rows for the ragged ends, so a year-long report reads a few thousand rows whether the
database holds one million enquiries or fifty. Every count is also kept under desk_id 0, "all desks", so a
report over every desk reads one desk's worth of rows however many desks share the database.

Skill ids are the skill each enquiry counts as *now* (deskapp/db/skill_identity.py): a skill merged into
another is counted as that one, once per enquiry even when the enquiry recorded both. The raw enquiry rows
keep the skill as logged; a merge (or marking a referral target expected) re-counts the enquiries it touches.
`expected` counts referrals to a target a leader marked expected (a subset of `referred`).

Maintained by deskapp.db.rollup in the same transaction as every enquiry write; a test compares them with a
GROUP BY over the raw rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base

GRAINS = ("d", "m")
# Dimensions of rollup_enquiry_counts; `value` is an id, a READ level (0 = not given), an hour of week,
# or 0 for "all" (one row per day and desk: the volume).
# On SQLite the rows are stored in primary-key order (grain, desk, period, ...): a report's period at one
# desk (or at desk 0, all desks) is one contiguous range read, not lookups from an index into the table.
CLUSTERED = {"sqlite_with_rowid": False}
ENQUIRY_DIMS = ("all", "category", "outcome", "read", "channel", "patron", "hour")


class RollupEnquiryCount(Base):
    """Enquiries per period × desk × one coded field (long format: one row per dimension value)."""

    __tablename__ = "rollup_enquiry_counts"
    __table_args__ = (CheckConstraint("grain IN ('d', 'm')", name="grain"), CLUSTERED)

    grain: Mapped[str] = mapped_column(String(1), primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    dim: Mapped[str] = mapped_column(String(12), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class RollupSkillCount(Base):
    """Enquiries that needed a skill, per period × desk × skill, split by outcome kind and READ 1-2 ("low")."""

    __tablename__ = "rollup_skill_counts"
    __table_args__ = (CheckConstraint("grain IN ('d', 'm')", name="grain"), CLUSTERED)

    grain: Mapped[str] = mapped_column(String(1), primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    skill_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[int] = mapped_column(Integer, default=0)
    follow_up: Mapped[int] = mapped_column(Integer, default=0)
    low_n: Mapped[int] = mapped_column(Integer, default=0)
    low_referred: Mapped[int] = mapped_column(Integer, default=0)
    low_escalated: Mapped[int] = mapped_column(Integer, default=0)
    expected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    low_expected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RollupStaffSkillCount(Base):
    """The same per person: who used which skill how often, and how often they had to pass it on."""

    __tablename__ = "rollup_staff_skill_counts"
    # No secondary indexes: every report reads a period range, which the clustered key serves best.
    __table_args__ = (CheckConstraint("grain IN ('d', 'm')", name="grain"), CLUSTERED)

    grain: Mapped[str] = mapped_column(String(1), primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    staff_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skill_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[int] = mapped_column(Integer, default=0)
    low_n: Mapped[int] = mapped_column(Integer, default=0)
    low_referred: Mapped[int] = mapped_column(Integer, default=0)
    low_escalated: Mapped[int] = mapped_column(Integer, default=0)
    expected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    low_expected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RollupSkillHour(Base):
    """Demand for a skill per period × desk × hour of week: the coverage-by-hour report."""

    __tablename__ = "rollup_skill_hours"
    __table_args__ = (
        CheckConstraint("grain IN ('d', 'm')", name="grain"),
        CheckConstraint("hour_of_week BETWEEN 0 AND 167", name="hour_of_week"),
        CLUSTERED,
    )

    grain: Mapped[str] = mapped_column(String(1), primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    skill_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hour_of_week: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    referred: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[int] = mapped_column(Integer, default=0)
    expected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
