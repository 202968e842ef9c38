"""imported rows remember a digest of their source row (source-scoped identity)

An imported enquiry is known by its import_key; for formats whose rows carry the source's own id (Libstats'
question_id, Gimlet's question_number) that key is now scoped by format, source instance and id. To tell a
row edited at the source from one unchanged, the import keeps a digest of the source row as it was read.
Rows imported before this revision have none: a later dump finds them by their old key while they are
unchanged, and gives them their scoped key and digest then.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): SQLite does it in place, so the table is not rebuilt and
    # its children (enquiry_skills, enquiry_guides) are not touched.
    op.add_column("enquiries", sa.Column("import_digest", sa.String(64), nullable=True))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+, PostgreSQL): a batch rebuild would cascade into the child tables.
    op.execute("ALTER TABLE enquiries DROP COLUMN import_digest")
