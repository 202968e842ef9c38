"""staff.language: the interface language a person chose for themselves ("" = this PC's language)

The desk switches to it when they sign in and back to the PC's language when the screen locks. Added in
place (ALTER TABLE ADD COLUMN with a default): every person already there keeps following the PC.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("language", sa.String(8), nullable=False, server_default=""))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+, PostgreSQL): a batch rebuild of staff would cascade into every table
    # that names a person.
    op.execute("ALTER TABLE staff DROP COLUMN language")
