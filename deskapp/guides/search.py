"""Full-text search over the published guides: one domain function over SQLite FTS5 and PostgreSQL.

How a query is answered (both databases):
1. The query is split into words. Each word becomes a group of alternatives: the word itself (the last one
   as a prefix, for search as you type), the indexed words it is a prefix of, and, when the word is not in
   the guides' vocabulary at all, its nearest spellings found by trigram similarity ("eduraom" -> eduroam).
   Groups are ANDed; if that finds nothing, ORed.
2. The full-text index finds and ranks the matches (bm25 / ts_rank) inside the database and stops at
   `limit`; snippets are cut only for those few rows.

Why a word in every guide stays fast: it does not tell guides apart (bm25 gives it an inverse document
frequency of zero; ts_rank would have to decompress every body to weigh it), so ranking all its matches
costs time and buys no order. Both databases rank at most CANDIDATE_POOL rows per tier, picked inside the
index without ranking:
- SQLite: when the query matches no more than CANDIDATE_POOL guides, plain bm25 over all of them. Otherwise
  FTS5 walks its doclist backwards to the newest CANDIDATE_POOL matches (ORDER BY rowid DESC ... OFFSET, no
  ranking), and bm25 ranks the title/summary/tags table first (short rows), then that window of bodies.
- PostgreSQL: GIN finds up to CANDIDATE_POOL matches in titles/summaries/tags and as many in bodies (LIMIT
  stops the heap scan), ts_rank orders that union, and ts_headline runs on the `limit` rows shown.
No Python touches a row per match; snippets are cut only for the rows returned.

The index lives in tables named guide_search* (migration 0002) and is written by `index_guide` in the
same transaction as each guide write.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import bindparam, inspect, text
from sqlalchemy.orm import Session

WORD = re.compile(r"[^\W_]{3,40}")  # what the vocabulary holds (same rule as migration 0002)
QUERY_WORD = re.compile(r"[^\W_]+")
START, STOP = "\x02", "\x03"  # highlight markers inside the database; turned into <b></b> here
MAX_QUERY_WORDS = 8
PREFIX_EXPANSIONS = 8
FUZZY_CANDIDATES = 60
FUZZY_KEEP = 3
MIN_SIMILARITY = 0.3
SIMILARITY_MARGIN = 0.2
CANDIDATE_POOL = 100  # at most this many matches are ranked per tier when a word is in many guides
HEADLINE_CHARS = 1500  # PostgreSQL: the summary when the head matches, else this much of the body


@dataclass(frozen=True)
class SearchHit:
    guide_id: int
    title: str
    snippet: str  # HTML-escaped text with the matched words in <b>…</b>
    score: float  # higher is better; comparable within one result list only


def words_of(*texts: str) -> set[str]:
    """The vocabulary words of some guide text (lowercased, 3-40 letters or digits)."""
    return set(WORD.findall(" ".join(texts).lower()))


def snippet_as_text(snippet: str) -> str:
    """A hit's snippet for a terminal: highlights as [word]."""
    return html.unescape(snippet.replace("<b>", "[").replace("</b>", "]"))


MARKDOWN_NOISE = re.compile(r"\*\*|__|`|(?:^|(?<=\s))#{1,6}\s+(?:\d+\.\s+)?")


def _snippet_html(raw: str | None) -> str:
    """Plain words for a results list: Markdown markers out, HTML escaped, highlights as <b>."""
    plain = MARKDOWN_NOISE.sub("", " ".join((raw or "").split()))
    return html.escape(plain, quote=False).replace(START, "<b>").replace(STOP, "</b>")


# ---- keeping the index in step ---------------------------------------------------------------------------

def index_guide(session: Session, guide_id: int) -> None:
    """(Re)index one guide as its row stands now (flushed); a guide that is not published leaves the index."""
    session.flush()
    dialect = session.get_bind().dialect.name
    params = {"id": guide_id}
    if dialect == "sqlite":
        session.execute(text("DELETE FROM guide_search_fts WHERE rowid = :id"), params)
        session.execute(text("DELETE FROM guide_search_head WHERE rowid = :id"), params)
        session.execute(text("INSERT INTO guide_search_fts (rowid, title, summary, body, tags) "
                             "SELECT id, title, summary, body, tags FROM guides "
                             "WHERE id = :id AND status = 'published'"), params)
        session.execute(text("INSERT INTO guide_search_head (rowid, title, summary, tags) "
                             "SELECT id, title, summary, tags FROM guides "
                             "WHERE id = :id AND status = 'published'"), params)
    else:
        session.execute(text("DELETE FROM guide_search WHERE guide_id = :id"), params)
        session.execute(text(f"INSERT INTO guide_search (guide_id, head, document) SELECT id, {_PG_HEAD}, "
                             f"{_PG_HEAD} || setweight(to_tsvector('english', body), 'D') FROM guides "
                             "WHERE id = :id AND status = 'published'"), params)
    row = session.execute(text("SELECT title, summary, body, tags FROM guides WHERE id = :id AND "
                               "status = 'published'"), params).one_or_none()
    if row is not None:
        add_terms(session, words_of(*row))


_PG_HEAD = ("setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', tags), 'A') "
            "|| setweight(to_tsvector('english', summary), 'B')")


def has_search_index(session: Session) -> bool:
    """False on a schema older than migration 0002 (which fills the index from the guides when it runs)."""
    return inspect(session.connection()).has_table("guide_search_terms")


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
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("DELETE FROM guide_search_fts"))
        session.execute(text("DELETE FROM guide_search_head"))
        session.execute(text("INSERT INTO guide_search_fts (rowid, title, summary, body, tags) "
                             "SELECT id, title, summary, body, tags FROM guides WHERE status = 'published'"))
        session.execute(text("INSERT INTO guide_search_head (rowid, title, summary, tags) "
                             "SELECT id, title, summary, tags FROM guides WHERE status = 'published'"))
    else:
        session.execute(text("DELETE FROM guide_search"))
        session.execute(text(f"INSERT INTO guide_search (guide_id, head, document) SELECT id, {_PG_HEAD}, "
                             f"{_PG_HEAD} || setweight(to_tsvector('english', body), 'D') FROM guides "
                             "WHERE status = 'published'"))
    words: set[str] = set()
    rows = session.execute(text("SELECT title, summary, body, tags FROM guides WHERE status = 'published'"))
    count = 0
    for row in rows:
        words |= words_of(*row)
        count += 1
    add_terms(session, words)
    return count


# ---- answering a query -----------------------------------------------------------------------------------

def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "  # the same padding as pg_trgm, so both databases agree on similarity
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix_terms(session: Session, prefix: str, limit: int) -> list[str]:
    rows = session.execute(text("SELECT term FROM guide_search_terms WHERE term >= :lo AND term < :hi "
                                "ORDER BY term LIMIT :n"), {"lo": prefix, "hi": _upper_bound(prefix), "n": limit})
    return [row[0] for row in rows]


def _fuzzy_terms(session: Session, word: str) -> list[str]:
    """Vocabulary words spelled like `word`: trigram index finds candidates, similarity picks the best."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        grams = sorted({word[i:i + 3] for i in range(len(word) - 2)})
        match = " OR ".join(f'"{gram}"' for gram in grams)
        rows = session.execute(text("SELECT term FROM guide_search_vocab WHERE guide_search_vocab MATCH :m "
                                    "ORDER BY rank LIMIT :n"), {"m": match, "n": FUZZY_CANDIDATES})
    elif _pg_has_trgm(session):
        rows = session.execute(text("SELECT term FROM guide_search_terms WHERE term % :w "
                                    "ORDER BY similarity(term, :w) DESC, term LIMIT :n"),
                               {"w": word, "n": FUZZY_CANDIDATES})
    else:  # no pg_trgm on this server: candidates share the first two letters
        rows = session.execute(text("SELECT term FROM guide_search_terms WHERE term >= :lo AND term < :hi "
                                    "LIMIT 500"), {"lo": word[:2], "hi": _upper_bound(word[:2])})
    scored = sorted(((similarity(word, row[0]), row[0]) for row in rows), key=lambda pair: (-pair[0], pair[1]))
    if not scored:
        return []
    # Only spellings nearly as close as the best: "pasword" -> password(s), not "pass".
    floor = max(MIN_SIMILARITY, scored[0][0] - SIMILARITY_MARGIN)
    return [term for score, term in scored[:FUZZY_KEEP] if score >= floor]


def _pg_has_trgm(session: Session) -> bool:
    return bool(session.execute(text("SELECT to_regclass('guide_search_terms_trgm_idx') IS NOT NULL")).scalar())


@dataclass(frozen=True)
class _Alternative:
    word: str
    prefix: bool = False


def _groups(session: Session, query: str) -> list[list[_Alternative]]:
    words = [w.lower() for w in QUERY_WORD.findall(query)][:MAX_QUERY_WORDS]
    groups = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if last and len(word) < 2:
            continue  # one letter typed: too broad to be worth searching yet
        if last:
            expansions = _prefix_terms(session, word, PREFIX_EXPANSIONS)
            group = [_Alternative(word, prefix=True)]
            # "printi" is no prefix of the stored stem "print": add the whole words it begins. A complete
            # word ("print") needs none: its prefix query already covers the stems of its longer forms.
            if expansions and expansions[0] != word:
                group += [_Alternative(t) for t in expansions]
            known = bool(expansions)
        else:
            group = [_Alternative(word)]
            known = bool(_prefix_terms(session, word, 1) == [word])
        if not known and len(word) >= 4:
            group += [_Alternative(t) for t in _fuzzy_terms(session, word) if t != word]
        groups.append(group)
    return groups


def _fts5_match(groups: list[list[_Alternative]], joiner: str) -> str:
    def alt(a: _Alternative) -> str:
        return f'"{a.word}"*' if a.prefix else f'"{a.word}"'

    return f" {joiner} ".join("(" + " OR ".join(alt(a) for a in group) + ")" for group in groups)


def _tsquery(groups: list[list[_Alternative]], joiner: str) -> str:
    def alt(a: _Alternative) -> str:
        return f"{a.word}:*" if a.prefix else a.word

    return f" {joiner} ".join("(" + " | ".join(alt(a) for a in group) + ")" for group in groups)


def _sqlite_ranked(session: Session, table: str, match: str, limit: int,
                   above: int | None = None) -> list[tuple[int, float]]:
    window = "" if above is None else " AND rowid > :above"
    rows = session.execute(text(f"SELECT rowid, rank FROM {table} WHERE {table} MATCH :m{window} "
                                "ORDER BY rank LIMIT :n"), {"m": match, "n": limit, "above": above})
    return [(int(r[0]), -float(r[1])) for r in rows]


def _sqlite_window(session: Session, table: str, match: str) -> int | None:
    """The rowid below the newest CANDIDATE_POOL matches, or None when there are no more than that.
    FTS5 walks its doclist backwards to find it, without ranking anything."""
    return session.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :m ORDER BY rowid DESC "
                                "LIMIT 1 OFFSET :pool"), {"m": match, "pool": CANDIDATE_POOL}).scalar()


def _sqlite_snippets(session: Session, table: str, column: int, match: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    statement = text(f"SELECT rowid, snippet({table}, {column}, char(2), char(3), '…', 16) FROM {table} "
                     f"WHERE {table} MATCH :m AND rowid IN :ids").bindparams(bindparam("ids", expanding=True))
    return {int(r[0]): r[1] for r in session.execute(statement, {"m": match, "ids": ids})}


def _sqlite_search(session: Session, match: str, limit: int) -> list[SearchHit]:
    """Exact bm25 over every match when there are few; otherwise rank at most CANDIDATE_POOL rows: first the
    matches in titles, summaries and tags (the head table), then the newest matches in bodies. A word in most
    guides has an inverse document frequency of zero (bm25 would score every match alike), so ranking all of
    its matches would cost time and buy no order."""
    above = _sqlite_window(session, "guide_search_fts", match)
    if above is None:
        ranked = _sqlite_ranked(session, "guide_search_fts", match, limit)
        snippets = _sqlite_snippets(session, "guide_search_fts", -1, match, [gid for gid, _ in ranked])
    else:
        ranked = _sqlite_ranked(session, "guide_search_head", match, limit,
                                _sqlite_window(session, "guide_search_head", match))
        snippets = _sqlite_snippets(session, "guide_search_head", 1, match, [gid for gid, _ in ranked])
        if len(ranked) < limit:
            seen = {gid for gid, _ in ranked}
            fill = [hit for hit in _sqlite_ranked(session, "guide_search_fts", match, limit, above)
                    if hit[0] not in seen][:limit - len(ranked)]
            snippets |= _sqlite_snippets(session, "guide_search_fts", -1, match, [gid for gid, _ in fill])
            ranked += fill
    titles = _titles(session, [gid for gid, _ in ranked])
    return [SearchHit(gid, titles.get(gid, ""), _snippet_html(snippets.get(gid)), score) for gid, score in ranked]


def _titles(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    statement = text("SELECT id, title FROM guides WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return {int(r[0]): r[1] for r in session.execute(statement, {"ids": ids})}


_PG_SEARCH = text("""
WITH q AS MATERIALIZED (SELECT to_tsquery('english', :q) AS q),
head_pool AS (
    SELECT s.guide_id, ts_rank(s.document, q.q) + ts_rank(s.head, q.q) AS score, true AS in_head
    FROM guide_search s, q WHERE s.head @@ q.q LIMIT :pool
),
body_pool AS (
    SELECT s.guide_id, ts_rank(s.document, q.q) + ts_rank(s.head, q.q) AS score, false AS in_head
    FROM guide_search s, q WHERE s.document @@ q.q LIMIT :pool
),
top AS (
    SELECT guide_id, max(score) AS score, bool_or(in_head) AS in_head
    FROM (SELECT * FROM head_pool UNION ALL SELECT * FROM body_pool) AS pool
    GROUP BY guide_id ORDER BY score DESC, guide_id LIMIT :n
)
SELECT top.guide_id, g.title,
       ts_headline('english',
                   CASE WHEN top.in_head THEN g.summary ELSE left(g.body, :headline_chars) END,
                   q.q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=22, MinWords=8, '
                        || 'MaxFragments=1, FragmentDelimiter=" … "'),
       top.score
FROM top JOIN guides g ON g.id = top.guide_id, q
ORDER BY top.score DESC, top.guide_id
""").bindparams(bindparam("pool", CANDIDATE_POOL), bindparam("headline_chars", HEADLINE_CHARS))


def search_guides(session: Session, query: str, limit: int = 10) -> list[SearchHit]:
    """The best `limit` published guides for `query`, best first, with highlighted snippets."""
    if limit < 1:
        raise ValueError("The number of results must be at least 1.")
    groups = _groups(session, query)
    if not groups:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    joiners = ["AND", "OR"] if len(groups) > 1 else ["AND"]
    for joiner in joiners:
        if sqlite:
            hits = _sqlite_search(session, _fts5_match(groups, joiner), limit)
        else:
            rows = session.execute(_PG_SEARCH, {"q": _tsquery(groups, "&" if joiner == "AND" else "|"),
                                                "n": limit}).all()
            hits = [SearchHit(int(r[0]), r[1], _snippet_html(r[2]), float(r[3])) for r in rows]
        if hits:
            return hits
    return []
