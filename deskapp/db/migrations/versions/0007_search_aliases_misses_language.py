"""guide search: aliases a leader edits, counts of searches that found nothing useful, a guide language

- `search_aliases`: a patron's word or phrase and what the guides call it ("wi-fi" -> "eduroam"); the
  starter list is seeded from resources/search/aliases.toml.
- `search_misses`: per normalised query and month, how many searches found nothing useful. No person, desk
  or time of day is stored, by design.
- `guides.language` ("en" for every guide so far): search stems and drops stop words by it.
- SQLite: the two FTS5 tables gain columns for Snowball stems (filled for guides whose language FTS5's
  porter stemmer does not fit, e.g. Danish), so they are rebuilt and refilled here. PostgreSQL keeps its
  tables: the guide's language picks the text-search configuration when a guide is indexed.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'"


def _sqlite_fts(with_stems: bool) -> None:
    stems_all, stems_head = (", stem_head, stem_body", ", stem_head") if with_stems else ("", "")
    op.execute("DROP TABLE IF EXISTS guide_search_fts")
    op.execute("DROP TABLE IF EXISTS guide_search_head")
    op.execute(f"CREATE VIRTUAL TABLE guide_search_fts USING fts5(title, summary, body, tags{stems_all}, {_TOKENIZE})")
    op.execute(f"CREATE VIRTUAL TABLE guide_search_head USING fts5(title, summary, tags{stems_head}, {_TOKENIZE})")
    # Title and tags weigh most, then the summary, then the body; stems weigh as the fields they come from.
    fts_rank = "bm25(10.0, 4.0, 1.0, 6.0, 8.0, 1.0)" if with_stems else "bm25(10.0, 4.0, 1.0, 6.0)"
    head_rank = "bm25(10.0, 4.0, 6.0, 8.0)" if with_stems else "bm25(10.0, 4.0, 6.0)"
    op.execute(f"INSERT INTO guide_search_fts (guide_search_fts, rank) VALUES ('rank', '{fts_rank}')")
    op.execute(f"INSERT INTO guide_search_head (guide_search_head, rank) VALUES ('rank', '{head_rank}')")
    # Every guide is English at this revision ("en" is the new column's default), so no stems to fill.
    op.execute("INSERT INTO guide_search_fts (rowid, title, summary, body, tags) "
               "SELECT id, title, summary, body, tags FROM guides WHERE status = 'published'")
    op.execute("INSERT INTO guide_search_head (rowid, title, summary, tags) "
               "SELECT id, title, summary, tags FROM guides WHERE status = 'published'")


def upgrade() -> None:
    with op.batch_alter_table("guides") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="en"))
        batch.create_index("ix_guides_language", ["language"])
    op.create_table(
        "search_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phrase", sa.String(100), nullable=False),
        sa.Column("expands_to", sa.String(100), nullable=False),
        sa.Column("starter", sa.Boolean(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_search_aliases"),
        sa.UniqueConstraint("phrase", "expands_to", name="uq_search_aliases_phrase_expands_to"),
    )
    op.create_table(
        "search_misses",
        sa.Column("query", sa.String(200), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("searches", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("query", "month", name="pk_search_misses"),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts(with_stems=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts(with_stems=False)
    op.drop_table("search_misses")
    op.drop_table("search_aliases")
    with op.batch_alter_table("guides") as batch:
        batch.drop_index("ix_guides_language")
        batch.drop_column("language")
