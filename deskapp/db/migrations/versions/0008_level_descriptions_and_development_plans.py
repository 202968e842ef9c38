"""skill level descriptions and development plans

`skill_level_descriptions`: a leader's words for what each level (0-4) of a skill means there; a level
without a row is described in the general words. `development_plan_items`: the skills a person works on next
(target level, start and due dates, mentor, where the item came from, open / done / dropped). Two new
tables: nothing existing is rebuilt, so no row already in the database is touched.

Revision ID: 0008
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skill_level_descriptions",
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("level BETWEEN 0 AND 4", name=op.f("ck_skill_level_descriptions_level")),
        sa.ForeignKeyConstraint(["skill_id"], ["skills.id"], ondelete="CASCADE",
                                name=op.f("fk_skill_level_descriptions_skill_id_skills")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff.id"],
                                name=op.f("fk_skill_level_descriptions_updated_by_id_staff")),
        sa.PrimaryKeyConstraint("skill_id", "level", name=op.f("pk_skill_level_descriptions")),
    )
    op.create_table(
        "development_plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("target_level", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_ref", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("target_level BETWEEN 1 AND 4", name=op.f("ck_development_plan_items_target_level")),
        sa.CheckConstraint("source IN ('leader', 'suggested', 'learning-request')",
                           name=op.f("ck_development_plan_items_source")),
        sa.CheckConstraint("status IN ('open', 'done', 'dropped')", name=op.f("ck_development_plan_items_status")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_development_plan_items_staff_id_staff")),
        sa.ForeignKeyConstraint(["skill_id"], ["skills.id"], name=op.f("fk_development_plan_items_skill_id_skills")),
        sa.ForeignKeyConstraint(["mentor_id"], ["staff.id"], name=op.f("fk_development_plan_items_mentor_id_staff")),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"],
                                name=op.f("fk_development_plan_items_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_plan_items")),
    )
    with op.batch_alter_table("development_plan_items") as batch:
        batch.create_index(batch.f("ix_development_plan_items_staff_id_status"), ["staff_id", "status"])
        batch.create_index(batch.f("ix_development_plan_items_mentor_id_status"), ["mentor_id", "status"])


def downgrade() -> None:
    with op.batch_alter_table("development_plan_items") as batch:
        batch.drop_index(batch.f("ix_development_plan_items_mentor_id_status"))
        batch.drop_index(batch.f("ix_development_plan_items_staff_id_status"))
    op.drop_table("development_plan_items")
    op.drop_table("skill_level_descriptions")
