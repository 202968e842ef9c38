"""report rollup tables

Reserved in the migration chain for the skills and reports issue (daily rollups); it changes nothing until that work lands.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
