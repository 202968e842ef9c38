"""candidate skills per category; peer-learning training records linked to their enquiry

A category's skills were all pre-filled on every enquiry: "Wi-Fi / eduroam" recorded all four eduroam skills
(Android, iPhone, macOS, Windows), so each Wi-Fi enquiry counted four skills and the skill-gap demand was just
the category count. `category_skills.candidate` splits the mapping: false = always used (pre-filled, as
before), true = offered on the form as a one-key choice and recorded only when picked.

In place (ALTER TABLE ADD COLUMN), never a table rebuild: every existing link keeps meaning "always used"
until the seed (for categories no leader has customised) or a leader says otherwise.

`training_records.enquiry_id`: a referral to a colleague picked at the desk ("who can help now") records a
peer-learning event for both people as training records; the link to the enquiry gives the reports its desk
and date, and lets deleting (and restoring) the enquiry take its learning records with it. Nothing references
training_records, so the SQLite batch rebuild that adds the foreign key cascades nowhere.

Revision ID: 0011
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("category_skills", sa.Column("candidate", sa.Boolean(), nullable=False,
                                               server_default=sa.false()))
    with op.batch_alter_table("training_records") as batch:
        batch.add_column(sa.Column("enquiry_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_training_records_enquiry_id_enquiries"), "enquiries", ["enquiry_id"],
                                 ["id"], ondelete="SET NULL")
        batch.create_index(op.f("ix_training_records_enquiry_id"), ["enquiry_id"])


def downgrade() -> None:
    with op.batch_alter_table("training_records") as batch:
        batch.drop_index(op.f("ix_training_records_enquiry_id"))
        batch.drop_constraint(op.f("fk_training_records_enquiry_id_enquiries"), type_="foreignkey")
        batch.drop_column("enquiry_id")
    with op.batch_alter_table("category_skills") as batch:
        batch.drop_column("candidate")
