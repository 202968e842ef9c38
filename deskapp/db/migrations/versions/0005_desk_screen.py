"""desk screen additions

Reserved in the migration chain for the desk issue (drafts, desk settings); it changes nothing until that work lands.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
