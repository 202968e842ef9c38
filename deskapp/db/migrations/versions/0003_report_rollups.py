"""report rollup tables

Day and month rollups behind the skill-gap, coverage and desk-statistics reports (deskapp/rollup.py keeps
them in step with every enquiry write). Existing enquiries are counted in on upgrade.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _key(*extra: sa.Column) -> list:
    return [
        sa.Column("grain", sa.String(1), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        *extra,
    ]


def _count(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), nullable=False) for name in names]


def _table(name: str, keys: list[sa.Column], counts: list[sa.Column], *extra_constraints) -> None:
    op.create_table(
        name,
        *keys,
        *counts,
        sa.CheckConstraint("grain IN ('d', 'm')", name=op.f(f"ck_{name}_grain")),
        *extra_constraints,
        sa.PrimaryKeyConstraint(*(c.name for c in keys), name=op.f(f"pk_{name}")),
        sqlite_with_rowid=False,  # clustered on the primary key: a period is one range read
    )


def upgrade() -> None:
    _table("rollup_enquiry_counts",
           _key(sa.Column("dim", sa.String(12), nullable=False),
                sa.Column("value", sa.Integer(), nullable=False)),
           _count("n"))
    _table("rollup_skill_counts",
           _key(sa.Column("skill_id", sa.Integer(), nullable=False)),
           _count("n", "referred", "escalated", "follow_up", "low_n", "low_referred", "low_escalated"))
    _table("rollup_staff_skill_counts",
           _key(sa.Column("staff_id", sa.Integer(), nullable=False),
                sa.Column("skill_id", sa.Integer(), nullable=False)),
           _count("n", "referred", "escalated", "low_n", "low_referred", "low_escalated"))
    _table("rollup_skill_hours",
           _key(sa.Column("skill_id", sa.Integer(), nullable=False),
                sa.Column("hour_of_week", sa.SmallInteger(), nullable=False)),
           _count("n", "referred", "escalated"),
           sa.CheckConstraint("hour_of_week BETWEEN 0 AND 167", name=op.f("ck_rollup_skill_hours_hour_of_week")))
    _count_existing_enquiries()


# Frozen copy of deskapp.rollup.rebuild as of this revision (a migration must not follow later code).
_SKILL_SOURCE = "enquiries e JOIN enquiry_skills es ON es.enquiry_id = e.id JOIN outcomes o ON o.id = e.outcome_id"
_KIND = "CASE WHEN o.kind = '{0}' THEN 1 ELSE 0 END"
_LOW = "CASE WHEN e.read_level <= 2 {0} THEN 1 ELSE 0 END"
_SPECS = [
    ("rollup_skill_counts", ["e.desk_id", "es.skill_id"], ["desk_id", "skill_id"],
     ["n", "referred", "escalated", "follow_up", "low_n", "low_referred", "low_escalated"],
     ["1", _KIND.format("referred"), _KIND.format("escalated"), _KIND.format("follow-up"), _LOW.format(""),
      _LOW.format("AND o.kind = 'referred'"), _LOW.format("AND o.kind = 'escalated'")]),
    ("rollup_staff_skill_counts", ["e.desk_id", "e.staff_id", "es.skill_id"], ["desk_id", "staff_id", "skill_id"],
     ["n", "referred", "escalated", "low_n", "low_referred", "low_escalated"],
     ["1", _KIND.format("referred"), _KIND.format("escalated"), _LOW.format(""),
      _LOW.format("AND o.kind = 'referred'"), _LOW.format("AND o.kind = 'escalated'")]),
    ("rollup_skill_hours", ["e.desk_id", "es.skill_id", "e.asked_hour_of_week"],
     ["desk_id", "skill_id", "hour_of_week"], ["n", "referred", "escalated"],
     ["1", _KIND.format("referred"), _KIND.format("escalated")]),
]
_DIMS = {"all": "0", "category": "e.category_id", "outcome": "e.outcome_id", "read": "COALESCE(e.read_level, 0)",
         "channel": "e.channel_id", "patron": "COALESCE(e.patron_type_id, 0)", "hour": "e.asked_hour_of_week"}


def _count_existing_enquiries() -> None:
    bind = op.get_bind()
    month = ("date(period_start, 'start of month')" if bind.dialect.name == "sqlite"
             else "CAST(date_trunc('month', period_start) AS DATE)")
    parts = " UNION ALL ".join(f"SELECT e.asked_local_date AS p, e.desk_id AS desk_id, '{dim}' AS dim, {expr} AS value "
                               f"FROM enquiries e" for dim, expr in _DIMS.items())
    op.execute(f"INSERT INTO rollup_enquiry_counts (grain, period_start, desk_id, dim, value, n) "
               f"SELECT 'd', p, desk_id, dim, value, COUNT(*) FROM ({parts}) AS x GROUP BY p, desk_id, dim, value")
    tables = [("rollup_enquiry_counts", ["desk_id", "dim", "value"], ["n"])]
    for table, exprs, keys, counts, sums in _SPECS:
        op.execute(f"INSERT INTO {table} (grain, period_start, {', '.join(keys)}, {', '.join(counts)}) "
                   f"SELECT 'd', e.asked_local_date, {', '.join(exprs)}, {', '.join(f'SUM({x})' for x in sums)} "
                   f"FROM {_SKILL_SOURCE} GROUP BY e.asked_local_date, {', '.join(exprs)}")
        tables.append((table, keys, counts))
    for table, keys, counts in tables:
        rest, sums = ", ".join(keys[1:]), ", ".join(f"SUM({c})" for c in counts)
        # desk_id 0 holds the all-desks totals.
        op.execute(f"INSERT INTO {table} (grain, period_start, desk_id, {rest}, {', '.join(counts)}) "
                   f"SELECT 'd', period_start, 0, {rest}, {sums} FROM {table} WHERE grain = 'd' "
                   f"GROUP BY period_start, {rest}")
        op.execute(f"INSERT INTO {table} (grain, period_start, {', '.join(keys)}, {', '.join(counts)}) "
                   f"SELECT 'm', {month}, {', '.join(keys)}, {sums} "
                   f"FROM {table} WHERE grain = 'd' GROUP BY {month}, {', '.join(keys)}")


def downgrade() -> None:
    for name in ("rollup_skill_hours", "rollup_staff_skill_counts", "rollup_skill_counts", "rollup_enquiry_counts"):
        op.drop_table(name)
