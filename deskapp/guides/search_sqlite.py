"""Guide search on SQLite FTS5 (tables guide_search_fts: every field; guide_search_head: titles, summaries,
tags), behind the interface deskapp.guides.search_backends describes.

FTS5 answers "which rows match" fast, walking its doclists and seeking in them. It answers "does row 17
match" slowly: `MATCH ... AND rowid IN (...)` makes SQLite walk the whole match and test each row, and a
lookup per rowid sets the query up afresh each time (about 0.1 ms per row, far more for a prefix). So no
statement here names rowids. Every candidate comes from a source FTS5 can express, and what is asked about
the candidates is asked as an AND with that source, bounded by the source's own rowid window:
- a group no more than CANDIDATE_POOL guides cover ("exact"): its whole list;
- the common groups: the newest CANDIDATE_POOL guides whose title, summary or tags hold one of them;
- when every group is common, also the newest CANDIDATE_POOL guides that hold them all.
For a common group, "in which field of these candidates" is then `field : (group) AND (source)`: FTS5
walks the short source and seeks in the long group, so the work stays bounded at any number of guides.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from deskapp.guides import fast_sql
from deskapp.guides.query import Alternative, Group
from deskapp.guides.search_backends import BODY, SUMMARY, TITLE, Tiers
from deskapp.guides.snippets import best_passages
from deskapp.guides.stems import stem_word

FTS, HEAD = "guide_search_fts", "guide_search_head"
TITLE_FIELDS = "{title tags stem_head}"
HEAD_FIELDS = "{title summary tags stem_head}"
SPAN_FACTOR = 5  # a head window spanning fewer than this many guides per row is listed, not tested


class SqliteSearch:
    def __init__(self, session: Session, stem_languages: tuple[str, ...]) -> None:
        self.session = session
        self.stem_languages = stem_languages

    # ---- FTS5 query text ---------------------------------------------------------------------------------

    def _alternative(self, alt: Alternative) -> list[str]:
        star = "*" if alt.prefix else ""
        forms = [f'"{" ".join(alt.words)}"{star}']
        for language in self.stem_languages:  # a Danish guide's words are also indexed as their stems
            stemmed = " ".join(stem_word(language, word) for word in alt.words)
            if stemmed != " ".join(alt.words):
                forms.append(f'"{stemmed}"{star}')
        return forms

    def expr(self, group: Group) -> str:
        forms = dict.fromkeys(form for alt in group.alternatives for form in self._alternative(alt))
        return "(" + " OR ".join(forms) + ")"

    def _any(self, groups: list[Group]) -> str:
        return "(" + " OR ".join(self.expr(g) for g in groups) + ")"

    def _all(self, groups: list[Group]) -> str:
        return "(" + " AND ".join(self.expr(g) for g in groups) + ")"

    def _rowids(self, table: str, match: str, above: int | None = None, newest: int | None = None) -> list[int]:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH :m"
        if above is not None:
            sql += " AND rowid >= :above"
        if newest is not None:
            sql += " ORDER BY rowid DESC LIMIT :n"
        # A search runs a score of these, fetching a few thousand ids (deskapp.guides.fast_sql says why).
        return [row[0] for row in fast_sql.rows(self.session, sql, {"m": match, "above": above, "n": newest})]

    # ---- the interface -------------------------------------------------------------------------------------

    def matches(self, group: Group, n: int) -> list[int]:
        """Up to n guides covering the group, newest first (FTS5 walks the doclist backwards and stops)."""
        return self._rowids(FTS, self.expr(group), newest=n)

    def total(self) -> int:
        """How many guides the index holds (FTS5 keeps one row per guide in its docsize table)."""
        return int(fast_sql.rows(self.session, f"SELECT count(*) FROM {HEAD}_docsize")[0][0] or 0)

    def tiers(self, groups: list[Group], known: list[set[int] | None], pool: int) -> dict[int, Tiers]:
        """Candidates -> per group TITLE, SUMMARY, BODY or 0 (see the module's docstring for the sources)."""
        found: dict[int, Tiers] = {}

        def mark(index: int, ids: Iterable[int], tier: int) -> None:
            for gid in ids:
                tiers = found.get(gid)
                if tiers is not None and tiers[index] < tier:
                    tiers[index] = tier

        def admit(ids: Iterable[int]) -> None:
            for gid in ids:
                found.setdefault(gid, [0] * len(groups))

        exact = [i for i, ids in enumerate(known) if ids is not None]
        common = [i for i, ids in enumerate(known) if ids is None]
        for index in exact:
            exact_ids = known[index] or set()  # never None here (exact)
            admit(exact_ids)
            mark(index, exact_ids, BODY)
            # Subsets of a list of at most `pool` guides: cheap at any size.
            mark(index, self._rowids(HEAD, f"{TITLE_FIELDS} : {self.expr(groups[index])}"), TITLE)
            mark(index, self._rowids(HEAD, f"summary : {self.expr(groups[index])}"), SUMMARY)
        if not common:
            return found
        common_groups = [groups[i] for i in common]
        in_head = f"{HEAD_FIELDS} : {self._any(common_groups)}"
        window = self._rowids(HEAD, in_head, newest=pool)
        admit(window)
        # Guides holding every group, when no group is rare enough to list (one group: its matches are that).
        every = self._rowids(FTS, self._all(groups), newest=pool) if not exact and len(groups) > 1 else []
        admit(every)
        for index in every and range(len(groups)):
            mark(index, every, BODY)
        exact_any = self._any([groups[i] for i in exact]) if exact else ""
        lowest = min(window + every, default=None)
        for index in common:
            expr = self.expr(groups[index])
            if exact:  # the exact groups' guides: which of them hold this common group, and where
                mark(index, self._rowids(FTS, f"{expr} AND {exact_any}"), BODY)
                mark(index, self._rowids(FTS, f"({TITLE_FIELDS} : {expr}) AND {exact_any}"), TITLE)
                mark(index, self._rowids(FTS, f"(summary : {expr}) AND {exact_any}"), SUMMARY)
            if len(common) == 1:  # the window's rows are this group's head matches
                mark(index, window, BODY)
            elif window and max(window) - min(window) < SPAN_FACTOR * pool:
                # A dense window spans few guides: all this group's matches in that span are few too, and
                # FTS5 lists them faster than it tests each row against the head expression.
                mark(index, self._rowids(FTS, expr, min(window)), BODY)
            elif window:  # the head window's rows are the only head matches at or above its lowest rowid
                mark(index, self._rowids(FTS, f"{expr} AND ({in_head})", min(window)), BODY)
            if lowest is not None:  # short rows, and no more of them than the windows span
                mark(index, self._rowids(HEAD, f"{TITLE_FIELDS} : {expr}", lowest), TITLE)
                mark(index, self._rowids(HEAD, f"summary : {expr}", lowest), SUMMARY)
        return found

    def snippets(self, groups: list[Group], ids: list[int]) -> dict[int, str]:
        """Highlighted text for the rows shown, cut in Python (deskapp.guides.snippets says why)."""
        if not ids:
            return {}
        return best_passages(fast_sql.rows(self.session, "SELECT id, language, summary, body FROM guides "
                                                          f"WHERE id IN {fast_sql.id_list(ids)}"), groups)
