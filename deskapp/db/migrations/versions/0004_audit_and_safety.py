"""append-only audit triggers and data safety

Reserved in the migration chain for the data-safety issue; it changes nothing until that work lands.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
