"""guide full-text search

SQLite: an FTS5 table (porter stemming, bm25 ranking, snippet()) over the published guides, a second one over
their titles, summaries and tags only (cheap to rank when a word is in nearly every guide), plus a table of
the words guides use with a trigram FTS5 index over it, for typo-tolerant look-ups ("eduraom" -> eduroam).
PostgreSQL: a table of weighted tsvectors with a GIN index (ts_rank / ts_headline), plus the same word table
with a pg_trgm GIN index. Tables named guide_search* are kept out of the model comparison (env.py).
The index is kept in step by deskapp.guide_search in the same transaction as every guide write; this
migration fills it for guides that already exist.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import re

from alembic import op
from sqlalchemy import text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Same rule as deskapp.guide_search.words_of (migrations may not import the domain layer).
_WORD = re.compile(r"[^\W_]{3,40}")


def _backfill_terms(bind) -> None:
    rows = bind.execute(text("SELECT title, summary, body, tags FROM guides WHERE status = 'published'"))
    words = set()
    for row in rows:
        words.update(_WORD.findall(" ".join(v or "" for v in row).lower()))
    statement = ("INSERT OR IGNORE INTO guide_search_terms (term) VALUES (:t)" if bind.dialect.name == "sqlite"
                 else "INSERT INTO guide_search_terms (term) VALUES (:t) ON CONFLICT DO NOTHING")
    if words:
        bind.execute(text(statement), [{"t": w} for w in sorted(words)])


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE guide_search_fts USING fts5(title, summary, body, tags, "
                   "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')")
        # Title and tags weigh most, then the summary, then the body.
        op.execute("INSERT INTO guide_search_fts (guide_search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 6.0)')")
        # Titles, summaries and tags alone: short rows, so ranking many matches here stays cheap.
        op.execute("CREATE VIRTUAL TABLE guide_search_head USING fts5(title, summary, tags, "
                   "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')")
        op.execute("INSERT INTO guide_search_head (guide_search_head, rank) VALUES ('rank', 'bm25(10.0, 4.0, 6.0)')")
        op.execute("CREATE TABLE guide_search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)")
        op.execute("CREATE VIRTUAL TABLE guide_search_vocab USING fts5(term, content = 'guide_search_terms', "
                   "content_rowid = 'id', tokenize = 'trigram')")
        op.execute("CREATE TRIGGER guide_search_terms_ai AFTER INSERT ON guide_search_terms BEGIN "
                   "INSERT INTO guide_search_vocab (rowid, term) VALUES (new.id, new.term); END")
        op.execute("INSERT INTO guide_search_fts (rowid, title, summary, body, tags) "
                   "SELECT id, title, summary, body, tags FROM guides WHERE status = 'published'")
        op.execute("INSERT INTO guide_search_head (rowid, title, summary, tags) "
                   "SELECT id, title, summary, tags FROM guides WHERE status = 'published'")
    else:
        # pg_trgm is a trusted extension (a database owner may create it); without it search falls back
        # to prefix look-ups of the word table, so a failure here must not stop the upgrade.
        bind.execute(text("SAVEPOINT guide_search_trgm"))
        try:
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            bind.execute(text("RELEASE SAVEPOINT guide_search_trgm"))
            has_trgm = True
        except Exception:
            bind.execute(text("ROLLBACK TO SAVEPOINT guide_search_trgm"))
            has_trgm = False
        op.execute("CREATE TABLE guide_search (guide_id integer PRIMARY KEY REFERENCES guides (id) ON DELETE "
                   "CASCADE, head tsvector NOT NULL, document tsvector NOT NULL)")
        # fastupdate off: guides change a few times a day, and a search never has to scan a pending list.
        op.execute("CREATE INDEX guide_search_document_idx ON guide_search USING gin (document) WITH (fastupdate = off)")
        op.execute("CREATE INDEX guide_search_head_idx ON guide_search USING gin (head) WITH (fastupdate = off)")
        # Byte order ("C"), so a prefix is a plain range scan of the primary key.
        op.execute('CREATE TABLE guide_search_terms (term text COLLATE "C" PRIMARY KEY)')
        if has_trgm:
            op.execute("CREATE INDEX guide_search_terms_trgm_idx ON guide_search_terms USING gin (term gin_trgm_ops) "
                       "WITH (fastupdate = off)")
        op.execute(
            "INSERT INTO guide_search (guide_id, head, document) SELECT id, "
            "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', tags), 'A') "
            "|| setweight(to_tsvector('english', summary), 'B'), "
            "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', tags), 'A') "
            "|| setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body), 'D') "
            "FROM guides WHERE status = 'published'"
        )
    _backfill_terms(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS guide_search_terms_ai")
        op.execute("DROP TABLE IF EXISTS guide_search_vocab")
        op.execute("DROP TABLE IF EXISTS guide_search_terms")
        op.execute("DROP TABLE IF EXISTS guide_search_head")
        op.execute("DROP TABLE IF EXISTS guide_search_fts")
    else:
        op.execute("DROP TABLE IF EXISTS guide_search_terms")
        op.execute("DROP TABLE IF EXISTS guide_search")
        # pg_trgm stays installed: other database objects may use it, and it holds no data of ours.
