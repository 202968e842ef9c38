"""The statements guide search runs on each database, behind one small interface (deskapp.guides.search).

Each backend answers four questions about the query's groups (deskapp.guides.query), all inside the
full-text index and bounded by a limit, so no statement walks every guide:
- `matches(group, n)`: up to n guides that cover the group (no ranking, just the index's own order);
- `head_matches(group, n)` / `all_matches(groups, n)`: the same in titles, summaries and tags only, and
  for every group at once: candidates when a group is too common to list;
- `facts(groups, ids)`: for a few hundred candidates, in which field each group matched (3 title or tags,
  2 summary, 1 body, 0 not at all) and the bm25 / ts_rank score;
- `snippets(groups, ids)`: highlighted text for the rows shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from deskapp.guides.query import Alternative, Group
from deskapp.guides.stems import PG_CONFIG, stem_word

START, STOP = "\x02", "\x03"  # highlight markers inside the database; turned into <b></b> by the caller
HEADLINE_CHARS = 1500  # PostgreSQL: the summary when the head matches, else this much of the body
TITLE, SUMMARY, BODY = 3, 2, 1


@dataclass(frozen=True)
class Facts:
    tiers: tuple[int, ...]  # per group: TITLE, SUMMARY, BODY or 0
    rank: float  # bm25 / ts_rank, higher is better


def _ids(statement: str, name: str = "ids"):
    return text(statement).bindparams(bindparam(name, expanding=True))


class SqliteSearch:
    """FTS5: guide_search_fts (every field) and guide_search_head (titles, summaries, tags)."""

    def __init__(self, session: Session, stem_languages: tuple[str, ...]) -> None:
        self.session = session
        self.stem_languages = stem_languages

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

    def _rowids(self, table: str, match: str, n: int) -> list[int]:
        rows = self.session.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :m ORDER BY rowid DESC "
                                         "LIMIT :n"), {"m": match, "n": n})
        return [int(r[0]) for r in rows]

    def matches(self, group: Group, n: int) -> list[int]:
        return self._rowids("guide_search_fts", self.expr(group), n)

    def head_matches(self, group: Group, n: int) -> list[int]:
        return self._rowids("guide_search_head", self.expr(group), n)

    def all_matches(self, groups: list[Group], n: int) -> list[int]:
        match = " AND ".join(self.expr(g) for g in groups)
        head = self._rowids("guide_search_head", match, n)
        return head + [gid for gid in self._rowids("guide_search_fts", match, n) if gid not in set(head)][:n]

    def _within(self, table: str, match: str, ids: list[int]) -> set[int]:
        statement = _ids(f"SELECT rowid FROM {table} WHERE {table} MATCH :m AND rowid IN :ids")
        return {int(r[0]) for r in self.session.execute(statement, {"m": match, "ids": ids})}

    def facts(self, groups: list[Group], ids: list[int], known: list[set[int] | None]) -> dict[int, Facts]:
        tiers = {gid: [0] * len(groups) for gid in ids}
        for index, group in enumerate(groups):
            expr = self.expr(group)
            anywhere = known[index] if known[index] is not None else self._within("guide_search_fts", expr, ids)
            titled = self._within("guide_search_head", "{title tags stem_head} : " + expr, ids)
            summed = self._within("guide_search_head", "summary : " + expr, ids)
            for gid in ids:
                tiers[gid][index] = (TITLE if gid in titled else SUMMARY if gid in summed
                                     else BODY if gid in anywhere else 0)
        statement = _ids("SELECT rowid, rank FROM guide_search_fts WHERE guide_search_fts MATCH :m AND rowid IN :ids")
        match = " OR ".join(self.expr(g) for g in groups)
        ranks = {int(r[0]): -float(r[1]) for r in self.session.execute(statement, {"m": match, "ids": ids})}
        return {gid: Facts(tuple(tiers[gid]), ranks.get(gid, 0.0)) for gid in ids}

    def snippets(self, groups: list[Group], ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        match = " OR ".join(self.expr(g) for g in groups)
        # The summary when it holds a match (it says what the guide is for), else the best body passage.
        found = self._snippets("guide_search_head", 1, "summary : (" + match + ")", ids)
        rest = [gid for gid in ids if gid not in found]
        return found | (self._snippets("guide_search_fts", 2, match, rest) if rest else {})

    def _snippets(self, table: str, column: int, match: str, ids: list[int]) -> dict[int, str]:
        statement = _ids(f"SELECT rowid, snippet({table}, {column}, char(2), char(3), '…', 16) FROM {table} "
                         f"WHERE {table} MATCH :m AND rowid IN :ids")
        return {int(r[0]): r[1] for r in self.session.execute(statement, {"m": match, "ids": ids})}


def _pg_alternative(alt: Alternative) -> str:
    words = list(alt.words)
    if alt.prefix:
        words[-1] += ":*"
    return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"


class PgSearch:
    """PostgreSQL: guide_search (head: title and tags weight A, summary B; document: all, body D)."""

    def __init__(self, session: Session, languages: tuple[str, ...]) -> None:
        self.session = session
        self.configs = ("english", *(PG_CONFIG[lang] for lang in languages if lang in PG_CONFIG))

    def _query(self, groups: list[Group], joiner: str, name: str = "g") -> tuple[str, dict[str, str]]:
        """An SQL tsquery expression for the groups joined by && or ||, and its parameters. Each group is
        parsed by every configuration in use, so an English guide matches its English stem and a Danish
        guide its Danish one."""
        params, parts = {}, []
        for index, group in enumerate(groups):
            key = f"{name}{index}"
            params[key] = " | ".join(dict.fromkeys(_pg_alternative(a) for a in group.alternatives))
            parts.append("(" + " || ".join(f"to_tsquery('{c}', :{key})" for c in self.configs) + ")")
        return f" {joiner} ".join(parts), params

    def _ids(self, where: str, groups: list[Group], joiner: str, n: int) -> list[int]:
        query, params = self._query(groups, joiner)
        rows = self.session.execute(text(f"SELECT guide_id FROM guide_search WHERE {where} @@ ({query}) LIMIT :n"),
                                    {**params, "n": n})
        return [int(r[0]) for r in rows]

    def matches(self, group: Group, n: int) -> list[int]:
        return self._ids("document", [group], "&&", n)

    def head_matches(self, group: Group, n: int) -> list[int]:
        return self._ids("head", [group], "&&", n)

    def all_matches(self, groups: list[Group], n: int) -> list[int]:
        head = self._ids("head", groups, "&&", n)
        return head + [gid for gid in self._ids("document", groups, "&&", n) if gid not in set(head)][:n]

    def facts(self, groups: list[Group], ids: list[int], known: list[set[int] | None]) -> dict[int, Facts]:
        columns, params = [], {"ids": ids}
        for index, group in enumerate(groups):
            query, group_params = self._query([group], "&&", f"q{index}_")
            params |= group_params
            columns.append(f"CASE WHEN ts_filter(head, '{{a}}') @@ {query} THEN {TITLE} WHEN head @@ {query} "
                           f"THEN {SUMMARY} WHEN document @@ {query} THEN {BODY} ELSE 0 END")
        any_query, any_params = self._query(groups, "||", "any")
        params |= any_params
        statement = (f"WITH q AS MATERIALIZED (SELECT {any_query} AS q) "
                     f"SELECT guide_id, ts_rank(document, q.q) + ts_rank(head, q.q), {', '.join(columns)} "
                     "FROM guide_search, q WHERE guide_id = ANY(:ids)")
        rows = self.session.execute(text(statement), params)
        return {int(r[0]): Facts(tuple(int(t) for t in r[2:]), float(r[1])) for r in rows}

    def snippets(self, groups: list[Group], ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        query, params = self._query(groups, "||")
        cases = " ".join(f"WHEN '{lang}' THEN '{config}'" for lang, config in PG_CONFIG.items())
        statement = text(
            f"WITH q AS MATERIALIZED (SELECT {query} AS q) "
            f"SELECT g.id, ts_headline((CASE g.language {cases} ELSE 'english' END)::regconfig, "
            "CASE WHEN s.head @@ q.q THEN g.summary ELSE left(g.body, :chars) END, q.q, "
            "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=22, MinWords=8, "
            "MaxFragments=1, FragmentDelimiter=\" … \"') "
            "FROM guides g JOIN guide_search s ON s.guide_id = g.id, q WHERE g.id = ANY(:ids)")
        return {int(r[0]): r[1] for r in self.session.execute(statement, {**params, "ids": ids,
                                                                          "chars": HEADLINE_CHARS})}
