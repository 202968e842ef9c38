"""candidate skills per category

A category's skills were all pre-filled on every enquiry: "Wi-Fi / eduroam" recorded all four eduroam skills
(Android, iPhone, macOS, Windows), so each Wi-Fi enquiry counted four skills and the skill-gap demand was just
the category count. `category_skills.candidate` splits the mapping: false = always used (pre-filled, as
before), true = offered on the form as a one-key choice and recorded only when picked.

In place (ALTER TABLE ADD COLUMN), never a table rebuild: every existing link keeps meaning "always used"
until the seed (for categories no leader has customised) or a leader says otherwise.

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


def downgrade() -> None:
    with op.batch_alter_table("category_skills") as batch:
        batch.drop_column("candidate")
