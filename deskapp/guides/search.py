"""Full-text search over the published guides: one domain function over SQLite FTS5 and PostgreSQL.

How a query is answered (both databases):
1. deskapp.guides.query turns it into groups, one per thing the patron said, each with the ways a guide may
   say it: the word (the last one as a prefix), aliases a leader keeps ("two factor" -> mfa), joined or
   split spellings ("inter library" -> interlibrary), and for a word no guide uses its nearest spellings
   by trigram similarity ("eduraom" -> eduroam). Stop words ("my", "for", "is") make no group.
2. For each group the index lists up to CANDIDATE_POOL guides that cover it, without ranking. A group with
   no more matches than that is known exactly; the candidates are those guides, plus for the common groups
   bounded windows of their matches in titles, summaries and tags (and, when every group is common, of the
   guides covering all). The backends (deskapp.guides.search_sqlite, deskapp.guides.search_backends) say
   for each candidate in which field it covers each group, without a statement that walks every match.
3. The order: how many of the query's groups a guide covers, then where (title or tags, summary, body),
   then the groups' weights (bm25's inverse document frequency, times the field). So a guide that covers
   "eduroam", "android" and "phone" beats one that says "keeps asking for the password" in its summary,
   and one with the rare words beats one with the common ones. Both databases order alike.
Snippets are cut only for the rows returned. The index is kept by deskapp.guides.search_index.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskapp.guides import fast_sql
from deskapp.guides.aliases import active_aliases
from deskapp.guides.query import Group, Vocabulary, Word, alias_spans, analyse, stop_words, tokens, words_to_look_up
from deskapp.guides.search_backends import BODY, START, STOP, SUMMARY, TITLE, PgSearch
from deskapp.guides.search_index import add_terms, has_search_index, index_guide, reindex_all, words_of
from deskapp.guides.search_sqlite import SqliteSearch
from deskapp.guides.stems import PG_CONFIG, SNOWBALL
from deskapp.platform.i18n import _

__all__ = ["SearchHit", "add_terms", "has_search_index", "index_guide", "reindex_all", "search_guides",
           "similarity", "snippet_as_text", "words_of"]

PREFIX_EXPANSIONS = 8
PREFIX_COMPLETE = 32  # a last word of 4+ letters that begins at most this many words is searched as them
PREFIX_INDEXED = 3  # FTS5 keeps prefix indexes of 2 and 3 letters (migration 0002): those prefixes are cheap
FUZZY_CANDIDATES = 60
FUZZY_KEEP = 3
MIN_SIMILARITY = 0.3
SIMILARITY_MARGIN = 0.2
CANDIDATE_POOL = 100  # guides listed per group before a group counts as common


@dataclass(frozen=True)
class SearchHit:
    guide_id: int
    title: str
    snippet: str  # HTML-escaped text with the matched words in <b>…</b>
    score: float  # higher is better; comparable within one result list only


def snippet_as_text(snippet: str) -> str:
    """A hit's snippet for a terminal: highlights as [word]."""
    return html.unescape(snippet.replace("<b>", "[").replace("</b>", "]"))


MARKDOWN_NOISE = re.compile(r"\*\*|__|`|(?:^|(?<=\s))#{1,6}\s+(?:\d+\.\s+)?")


def _snippet_html(raw: str | None) -> str:
    """Plain words for a results list: Markdown markers out, HTML escaped, highlights as <b>."""
    plain = MARKDOWN_NOISE.sub("", " ".join((raw or "").split()))
    return html.escape(plain, quote=False).replace(START, "<b>").replace(STOP, "</b>")


# ---- the guides' words: prefixes and spelling --------------------------------------------------------------

def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "  # the same padding as pg_trgm, so both databases agree on similarity
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix_terms(session: Session, prefix: str, limit: int) -> list[str]:
    found = fast_sql.rows(session, "SELECT term FROM guide_search_terms WHERE term >= :lo AND term < :hi "
                          "ORDER BY term LIMIT :n", {"lo": prefix, "hi": _upper_bound(prefix), "n": limit})
    return [row[0] for row in found]


def _fuzzy_terms(session: Session, word: str) -> list[str]:
    """Vocabulary words spelled like `word`: trigram index finds candidates, similarity picks the best."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        grams = sorted({word[i:i + 3] for i in range(len(word) - 2)})
        match = " OR ".join(f'"{gram}"' for gram in grams)
        rows = fast_sql.rows(session, "SELECT term FROM guide_search_vocab WHERE guide_search_vocab MATCH :m "
                             "ORDER BY rank LIMIT :n", {"m": match, "n": FUZZY_CANDIDATES})
    elif _pg_has_trgm(session):
        rows = [tuple(row) for row in session.execute(text("SELECT term FROM guide_search_terms WHERE term % :w "
                                                           "ORDER BY similarity(term, :w) DESC, term LIMIT :n"),
                                                      {"w": word, "n": FUZZY_CANDIDATES})]
    else:  # no pg_trgm on this server: candidates share the first two letters
        rows = [tuple(row) for row in session.execute(text("SELECT term FROM guide_search_terms WHERE term >= :lo "
                                                           "AND term < :hi LIMIT 500"),
                                                      {"lo": word[:2], "hi": _upper_bound(word[:2])})]
    scored = sorted(((similarity(word, row[0]), row[0]) for row in rows), key=lambda pair: (-pair[0], pair[1]))
    if not scored:
        return []
    # Only spellings nearly as close as the best: "pasword" -> password(s), not "pass".
    floor = max(MIN_SIMILARITY, scored[0][0] - SIMILARITY_MARGIN)
    return [term for score, term in scored[:FUZZY_KEEP] if score >= floor]


def _pg_has_trgm(session: Session) -> bool:
    return bool(session.execute(text("SELECT to_regclass('guide_search_terms_trgm_idx') IS NOT NULL")).scalar())


def _vocabulary(session: Session, words: list[Word], stops: frozenset[str], aliased: set[int]) -> Vocabulary:
    asked = sorted(words_to_look_up(words))
    known: set[str] = set()
    if asked:
        listed, params = fast_sql.in_list("w", asked)
        known = {row[0] for row in fast_sql.rows(session, f"SELECT term FROM guide_search_terms WHERE term IN {listed}",
                                                 params)}
    last = words[-1].text if words else ""
    prefixes, complete = {}, set()
    if len(last) > PREFIX_INDEXED:
        begun = _prefix_terms(session, last, PREFIX_COMPLETE + 1)
        if len(begun) <= PREFIX_COMPLETE:
            complete.add(last)
        prefixes[last] = begun if last in complete else begun[:PREFIX_EXPANSIONS]
    elif len(last) >= 2:
        prefixes[last] = _prefix_terms(session, last, PREFIX_EXPANSIONS)
    fuzzy = {}
    for index, word in enumerate(words):
        spelled = word.text
        if (index in aliased or spelled in stops or len(spelled) < 4 or spelled in known
                or prefixes.get(spelled)):
            continue
        fuzzy[spelled] = _fuzzy_terms(session, spelled)
    return Vocabulary(known, prefixes, fuzzy, complete)


# ---- answering a query -------------------------------------------------------------------------------------

def languages_in_use(session: Session) -> tuple[str, ...]:
    """The languages besides English that published guides are written in and search knows how to stem."""
    found = []
    for language in sorted(set(SNOWBALL) | set(PG_CONFIG)):
        if fast_sql.rows(session, "SELECT 1 FROM guides WHERE language = :l AND status = 'published' LIMIT 1",
                         {"l": language}):
            found.append(language)
    return tuple(found)


def query_groups(session: Session, query: str, languages: tuple[str, ...] | None = None) -> list[Group]:
    """What `query` asks for, as deskapp.guides.query's groups, looked up against the guides' words."""
    languages = languages_in_use(session) if languages is None else languages
    stops = frozenset().union(stop_words("en"), *(stop_words(language) for language in languages))
    words = tokens(query)
    if not words:
        return []
    aliases = active_aliases(session)
    aliased = {i for start, (end, _alias) in alias_spans(words, aliases).items() for i in range(start, end)}
    return analyse(query, aliases, stops, _vocabulary(session, words, stops, aliased))


def _weight(matches: int, total: int) -> float:
    """How much covering a group says (bm25's inverse document frequency): a group few guides cover says
    more than one most guides cover, so a guide with the rare words beats one with the common ones."""
    return math.log(1.0 + (max(total, matches) - matches + 0.5) / (matches + 0.5))


FIELD_WEIGHT = {TITLE: 3.0, SUMMARY: 2.0, BODY: 1.0, 0: 0.0}


def search_guides(session: Session, query: str, limit: int = 10) -> list[SearchHit]:
    """The best `limit` published guides for `query`, best first, with highlighted snippets."""
    if limit < 1:
        raise ValueError(_("The number of results must be at least 1."))
    languages = languages_in_use(session)
    groups = query_groups(session, query, languages)
    if not groups:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    backend = (SqliteSearch(session, tuple(lang for lang in languages if lang in SNOWBALL)) if sqlite
               else PgSearch(session, languages))
    found = [backend.matches(group, CANDIDATE_POOL + 1) for group in groups]
    known: list[set[int] | None] = [set(ids) if len(ids) <= CANDIDATE_POOL else None for ids in found]
    if not any(found):
        return []
    tiers = backend.tiers(groups, known, CANDIDATE_POOL)
    total = backend.total()
    # A common group's exact count is not looked up (that would walk all its matches): it has more than
    # the pool, so it weighs as little as a group with just more than the pool.
    weights = [_weight(len(ids) if ids is not None else CANDIDATE_POOL + 1, total) for ids in known]

    def order(gid: int) -> tuple[int, int, float, int]:
        row = tiers[gid]
        weight = sum(w * FIELD_WEIGHT[tier] for w, tier in zip(weights, row, strict=True))
        return (sum(1 for tier in row if tier), sum(row), weight, gid)

    ranked = sorted((gid for gid, row in tiers.items() if any(row)), key=order, reverse=True)[:limit]
    snippets = backend.snippets(groups, ranked)
    titles = _titles(session, ranked)
    hits = []
    for gid in ranked:
        covered, field, weight, _order = order(gid)
        score = covered * 10_000 + field * 100 + max(0.0, min(weight, 99.0))
        hits.append(SearchHit(gid, titles.get(gid, ""), _snippet_html(snippets.get(gid)), score))
    return hits


def _titles(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    found = fast_sql.rows(session, f"SELECT id, title FROM guides WHERE id IN {fast_sql.id_list(ids)}")
    return {int(r[0]): r[1] for r in found}
