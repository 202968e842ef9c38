"""enquiry ids are never reused (SQLite AUTOINCREMENT)

Without AUTOINCREMENT, SQLite gives a new row the highest id + 1, so deleting the newest enquiry and logging
the next one reused its number: the audit trail then held create/delete/create under one id for two different
enquiries, and undoing the delete could not bring the first back. PostgreSQL's identity sequences never reuse
a value, so there this revision changes nothing.

The table is rebuilt (SQLite cannot add AUTOINCREMENT in place). Rebuilding drops the old table, and with
foreign keys on (the app's connections always have them) that would cascade into enquiry_skills and
enquiry_guides; so their rows are set aside in temporary tables first and put back after, all in the one
migration transaction. The counter starts above the highest enquiry id the audit trail has ever seen, so even
a number deleted before this upgrade is not handed out again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_CHILDREN = ("enquiry_skills", "enquiry_guides")


def _rebuild(autoincrement: bool) -> None:
    for child in _CHILDREN:
        op.execute(f"CREATE TEMP TABLE keep_{child} AS SELECT * FROM {child}")
        op.execute(f"DELETE FROM {child}")
    with op.batch_alter_table("enquiries", recreate="always",
                              table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass
    for child in _CHILDREN:
        op.execute(f"INSERT INTO {child} SELECT * FROM keep_{child}")
        op.execute(f"DROP TABLE keep_{child}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=True)
    # Copying the rows set the counter to the highest id present; a higher one deleted earlier is in the audit.
    op.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'enquiries', 0 "
               "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'enquiries')")
    op.execute("UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT MAX(CAST(entity_id AS INTEGER)) "
               "FROM audit_events WHERE entity = 'enquiry' AND entity_id GLOB '[0-9]*'), 0)) "
               "WHERE name = 'enquiries'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=False)
