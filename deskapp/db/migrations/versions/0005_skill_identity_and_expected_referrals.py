"""skill identity in the rollups, expected referral targets

Referral targets get `expected` (handing over to them is the service itself, so the referral rates leave
them out). The skill rollups gain `expected` / `low_expected` counts, and are re-counted so that each
enquiry counts once under the skill it counts as now (a skill merged into another as that one, once even
when the enquiry recorded both): before this revision a merged skill's enquiries were added to the other
skill's at query time, counting an enquiry that had both twice.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SKILL_TABLES = {
    "rollup_skill_counts": ("expected", "low_expected"),
    "rollup_staff_skill_counts": ("expected", "low_expected"),
    "rollup_skill_hours": ("expected",),
}


def upgrade() -> None:
    # In place, never a table rebuild: enquiries point at referral_targets, and with SQLite's foreign keys on
    # dropping the old table would refuse the upgrade of any database holding a referral.
    op.add_column("referral_targets", sa.Column("expected", sa.Boolean(), nullable=False,
                                                server_default=sa.false()))
    for table, columns in _SKILL_TABLES.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    # Merges made before this revision may have left a chain (A into B, then B into C): one step only now.
    op.execute("UPDATE skills SET merged_into_id = (SELECT COALESCE(t.merged_into_id, t.id) FROM skills t "
               "WHERE t.id = skills.merged_into_id) WHERE merged_into_id IS NOT NULL")
    _recount_skill_rollups()


# Frozen copy of deskapp.db.rollup.rebuild's skill part as of this revision (a migration must not follow
# later code).
_SKILL = "COALESCE(s.merged_into_id, s.id)"
_SOURCE = ("enquiries e JOIN enquiry_skills es ON es.enquiry_id = e.id JOIN skills s ON s.id = es.skill_id "
           "JOIN outcomes o ON o.id = e.outcome_id LEFT JOIN referral_targets rt ON rt.id = e.referral_target_id")
_ONCE = ("NOT EXISTS (SELECT 1 FROM enquiry_skills es2 JOIN skills s2 ON s2.id = es2.skill_id "
         "WHERE es2.enquiry_id = es.enquiry_id AND es2.skill_id < es.skill_id "
         f"AND COALESCE(s2.merged_into_id, s2.id) = {_SKILL})")
_KIND = "CASE WHEN o.kind = '{0}' THEN 1 ELSE 0 END"
_LOW = "CASE WHEN e.read_level <= 2 {0} THEN 1 ELSE 0 END"
_EXP = "CASE WHEN o.kind = 'referred' AND rt.expected {0} THEN 1 ELSE 0 END"
_SPECS = [
    ("rollup_skill_counts", ["e.desk_id", _SKILL], ["desk_id", "skill_id"],
     ["n", "referred", "escalated", "follow_up", "low_n", "low_referred", "low_escalated", "expected",
      "low_expected"],
     ["1", _KIND.format("referred"), _KIND.format("escalated"), _KIND.format("follow-up"), _LOW.format(""),
      _LOW.format("AND o.kind = 'referred'"), _LOW.format("AND o.kind = 'escalated'"), _EXP.format(""),
      _EXP.format("AND e.read_level <= 2")]),
    ("rollup_staff_skill_counts", ["e.desk_id", "e.staff_id", _SKILL], ["desk_id", "staff_id", "skill_id"],
     ["n", "referred", "escalated", "low_n", "low_referred", "low_escalated", "expected", "low_expected"],
     ["1", _KIND.format("referred"), _KIND.format("escalated"), _LOW.format(""),
      _LOW.format("AND o.kind = 'referred'"), _LOW.format("AND o.kind = 'escalated'"), _EXP.format(""),
      _EXP.format("AND e.read_level <= 2")]),
    ("rollup_skill_hours", ["e.desk_id", _SKILL, "e.asked_hour_of_week"], ["desk_id", "skill_id", "hour_of_week"],
     ["n", "referred", "escalated", "expected"],
     ["1", _KIND.format("referred"), _KIND.format("escalated"), _EXP.format("")]),
]


def _recount_skill_rollups() -> None:
    bind = op.get_bind()
    month = ("date(period_start, 'start of month')" if bind.dialect.name == "sqlite"
             else "CAST(date_trunc('month', period_start) AS DATE)")
    for table, exprs, keys, counts, sums in _SPECS:
        op.execute(f"DELETE FROM {table}")
        op.execute(f"INSERT INTO {table} (grain, period_start, {', '.join(keys)}, {', '.join(counts)}) "
                   f"SELECT 'd', e.asked_local_date, {', '.join(exprs)}, {', '.join(f'SUM({x})' for x in sums)} "
                   f"FROM {_SOURCE} WHERE {_ONCE} GROUP BY e.asked_local_date, {', '.join(exprs)}")
        rest, total = ", ".join(keys[1:]), ", ".join(f"SUM({c})" for c in counts)
        # desk_id 0 holds the all-desks totals.
        op.execute(f"INSERT INTO {table} (grain, period_start, desk_id, {rest}, {', '.join(counts)}) "
                   f"SELECT 'd', period_start, 0, {rest}, {total} FROM {table} WHERE grain = 'd' "
                   f"GROUP BY period_start, {rest}")
        op.execute(f"INSERT INTO {table} (grain, period_start, {', '.join(keys)}, {', '.join(counts)}) "
                   f"SELECT 'm', {month}, {', '.join(keys)}, {total} "
                   f"FROM {table} WHERE grain = 'd' GROUP BY {month}, {', '.join(keys)}")


def downgrade() -> None:
    for table, columns in _SKILL_TABLES.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
    with op.batch_alter_table("referral_targets") as batch:
        batch.drop_column("expected")
