"""Keeping the guide search index in step with the guides (tables guide_search*, migrations 0002 and 0009).

`index_guide` runs in the same transaction as every guide write; `reindex_all` after bulk loads.
SQLite: two FTS5 tables (every field; titles, summaries and tags only), porter-stemmed, plus Snowball stems
for a guide in a language porter does not fit (deskapp.guides.stems). PostgreSQL: weighted tsvectors, with
the text-search configuration of the guide's language. Both: the table of words guides use, for prefix
expansion and spelling correction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from deskapp.guides.stems import PG_CONFIG, needs_stems, stem_text

WORD = re.compile(r"[^\W_]{3,40}")  # what the vocabulary holds (same rule as migration 0002)


def words_of(*texts: str) -> set[str]:
    """The vocabulary words of some guide text (lowercased, 3-40 letters or digits)."""
    return set(WORD.findall(" ".join(texts).lower()))


def has_search_index(session: Session) -> bool:
    """False on a schema older than migration 0002 (which fills the index from the guides when it runs)."""
    return inspect(session.connection()).has_table("guide_search_terms")


def _pg_config(column: str = "language") -> str:
    cases = " ".join(f"WHEN '{language}' THEN '{config}'" for language, config in PG_CONFIG.items())
    return f"(CASE {column} {cases} ELSE 'english' END)::regconfig"


_PG_HEAD = (f"setweight(to_tsvector({_pg_config()}, title), 'A') || setweight(to_tsvector({_pg_config()}, tags), 'A') "
            f"|| setweight(to_tsvector({_pg_config()}, summary), 'B')")
_PG_INSERT = (f"INSERT INTO guide_search (guide_id, head, document) SELECT id, {_PG_HEAD}, "
              f"{_PG_HEAD} || setweight(to_tsvector({_pg_config()}, body), 'D') FROM guides "
              "WHERE status = 'published'")
_SQLITE_FTS = ("INSERT INTO guide_search_fts (rowid, title, summary, body, tags, stem_head, stem_body) "
               "VALUES (:id, :title, :summary, :body, :tags, :stem_head, :stem_body)")
_SQLITE_HEAD = ("INSERT INTO guide_search_head (rowid, title, summary, tags, stem_head) "
                "VALUES (:id, :title, :summary, :tags, :stem_head)")
_PUBLISHED = "SELECT id, title, summary, body, tags, language FROM guides WHERE status = 'published'"


def _sqlite_rows(rows: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
    out = []
    for gid, title, summary, body, tags, language in rows:
        stemmed = needs_stems(language)
        out.append({"id": gid, "title": title, "summary": summary, "body": body, "tags": tags,
                    "stem_head": stem_text(language, title, tags) if stemmed else "",
                    "stem_body": stem_text(language, summary, body) if stemmed else ""})
    return out


def index_guide(session: Session, guide_id: int) -> None:
    """(Re)index one guide as its row stands now (flushed); a guide that is not published leaves the index."""
    session.flush()
    params = {"id": guide_id}
    rows = session.execute(text(f"{_PUBLISHED} AND id = :id"), params).all()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM guide_search_fts WHERE rowid = :id"), params)
        session.execute(text("DELETE FROM guide_search_head WHERE rowid = :id"), params)
        if rows:
            values = _sqlite_rows(rows)
            session.execute(text(_SQLITE_FTS), values)
            session.execute(text(_SQLITE_HEAD), values)
    else:
        session.execute(text("DELETE FROM guide_search WHERE guide_id = :id"), params)
        session.execute(text(f"{_PG_INSERT} AND id = :id"), params)
    if rows:
        add_terms(session, words_of(*rows[0][1:5]))


def add_terms(session: Session, words: set[str]) -> None:
    """Remember words guides use (for prefix expansion and spelling correction). Never removed: a stale
    word only ever adds an alternative that matches nothing."""
    if not words:
        return
    dialect = session.get_bind().dialect.name
    statement = ("INSERT OR IGNORE INTO guide_search_terms (term) VALUES (:t)" if dialect == "sqlite"
                 else "INSERT INTO guide_search_terms (term) VALUES (:t) ON CONFLICT DO NOTHING")
    session.execute(text(statement), [{"t": word} for word in sorted(words)])


def reindex_all(session: Session) -> int:
    """Rebuild the whole index from the guides table (after bulk loads); returns how many guides it holds."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM guide_search_fts"))
        session.execute(text("DELETE FROM guide_search_head"))
        # English guides (nearly all) need no Python per row: copied inside the database.
        session.execute(text("INSERT INTO guide_search_fts (rowid, title, summary, body, tags) "
                             "SELECT id, title, summary, body, tags FROM guides "
                             "WHERE status = 'published' AND language = 'en'"))
        session.execute(text("INSERT INTO guide_search_head (rowid, title, summary, tags) "
                             "SELECT id, title, summary, tags FROM guides "
                             "WHERE status = 'published' AND language = 'en'"))
        values = _sqlite_rows(session.execute(text(f"{_PUBLISHED} AND language != 'en'")).all())
        if values:
            session.execute(text(_SQLITE_FTS), values)
            session.execute(text(_SQLITE_HEAD), values)
    else:
        session.execute(text("DELETE FROM guide_search"))
        session.execute(text(_PG_INSERT))
    words: set[str] = set()
    count = 0
    for row in session.execute(text("SELECT title, summary, body, tags FROM guides WHERE status = 'published'")):
        words |= words_of(*row)
        count += 1
    add_terms(session, words)
    return count
