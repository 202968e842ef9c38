"""candidate skills per category; peer-learning training records linked to their enquiry; learning requests

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

`learning_requests`: "I'd like to learn this" after a referred or escalated enquiry, and the leader's answer.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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
    op.create_table(
        "learning_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("enquiry_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="open", nullable=False),
        sa.Column("leader_note", sa.Text(), server_default="", nullable=False),
        sa.Column("handled_by_id", sa.Integer(), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('open', 'planned', 'done', 'declined')",
                           name=op.f("ck_learning_requests_status")),
        sa.ForeignKeyConstraint(["enquiry_id"], ["enquiries.id"], name=op.f("fk_learning_requests_enquiry_id_enquiries"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["handled_by_id"], ["staff.id"], name=op.f("fk_learning_requests_handled_by_id_staff")),
        sa.ForeignKeyConstraint(["skill_id"], ["skills.id"], name=op.f("fk_learning_requests_skill_id_skills")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_learning_requests_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_requests")),
        sa.UniqueConstraint("staff_id", "skill_id", "enquiry_id",
                            name=op.f("uq_learning_requests_staff_id_skill_id_enquiry_id")),
    )
    op.create_index(op.f("ix_learning_requests_status_skill_id"), "learning_requests", ["status", "skill_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_learning_requests_status_skill_id"), table_name="learning_requests")
    op.drop_table("learning_requests")
    with op.batch_alter_table("training_records") as batch:
        batch.drop_index(op.f("ix_training_records_enquiry_id"))
        batch.drop_constraint(op.f("fk_training_records_enquiry_id_enquiries"), type_="foreignkey")
        batch.drop_column("enquiry_id")
    with op.batch_alter_table("category_skills") as batch:
        batch.drop_column("candidate")
