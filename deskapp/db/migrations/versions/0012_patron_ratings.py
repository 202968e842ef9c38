"""patron ratings ("How did we do?") and weekly reflections

`patron_ratings`: a patron's answer (good, neutral, poor) for one enquiry, and nothing else: no person, no
time of its own, no free text, so a rating can never say who the patron was. Deleting the enquiry deletes it.
Whether a desk asks at all is a shared setting per desk (app_settings), off until a team leader turns it on,
so no column is needed for it.

`weekly_reflections`: one optional line a person writes about their week in My record, read only by them and
their team leaders; one per person and week (the week's Monday).

Only new tables: nothing already in the database is touched.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patron_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enquiry_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.String(length=8), nullable=False),
        sa.CheckConstraint("rating IN ('good', 'neutral', 'poor')", name=op.f("ck_patron_ratings_rating")),
        sa.ForeignKeyConstraint(["enquiry_id"], ["enquiries.id"], name=op.f("fk_patron_ratings_enquiry_id_enquiries"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patron_ratings")),
        sa.UniqueConstraint("enquiry_id", name=op.f("uq_patron_ratings_enquiry_id")),
    )
    op.create_table(
        "weekly_reflections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_weekly_reflections_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_reflections")),
        sa.UniqueConstraint("staff_id", "week_start", name=op.f("uq_weekly_reflections_staff_id_week_start")),
    )


def downgrade() -> None:
    op.drop_table("weekly_reflections")
    op.drop_table("patron_ratings")
