"""tallies: counts per desk and period (monthly tally sheets, Suma counts)

A new table only; nothing existing changes. Counts could not come in before: a monthly tally per branch had
to be faked as one invented enquiry per count, with invented times.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("hour", sa.SmallInteger(), nullable=True),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("patron_type_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("import_key", sa.String(length=200), nullable=True),
        sa.Column("import_digest", sa.String(length=64), nullable=True),
        sa.CheckConstraint("count >= 0", name=op.f("ck_tallies_count")),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_tallies_period")),
        sa.CheckConstraint("hour IS NULL OR hour BETWEEN 0 AND 23", name=op.f("ck_tallies_hour")),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], name=op.f("fk_tallies_desk_id_desks")),
        sa.ForeignKeyConstraint(["category_id"], ["categories.id"], name=op.f("fk_tallies_category_id_categories")),
        sa.ForeignKeyConstraint(["channel_id"], ["channels.id"], name=op.f("fk_tallies_channel_id_channels")),
        sa.ForeignKeyConstraint(["patron_type_id"], ["patron_types.id"],
                                name=op.f("fk_tallies_patron_type_id_patron_types")),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batches.id"],
                                name=op.f("fk_tallies_import_batch_id_import_batches")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tallies")),
        sa.UniqueConstraint("import_key", name=op.f("uq_tallies_import_key")),
    )
    op.create_index(op.f("ix_tallies_period_start_desk_id"), "tallies", ["period_start", "desk_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_tallies_period_start_desk_id"), table_name="tallies")
    op.drop_table("tallies")
