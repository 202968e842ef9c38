"""The statements guide search runs on each database, behind one small interface (deskapp.guides.search).

Each backend answers, bounded by a limit so no statement walks every guide:
- `matches(group, n)`: up to n guides that cover the group (no ranking, just the index's own order); a group
  with no more than the pool's size of matches is then known exactly;
- `tiers(groups, known, pool)`: the candidates, each with where it covers each group (TITLE: title or
  tags, SUMMARY, BODY, 0 not at all); candidates are the exact groups' guides plus, for the common groups,
  bounded windows of their best-placed matches;
- `total()`: how many guides the index holds (for the weight of a rare group);
- `snippets(groups, ids)`: highlighted text for the rows shown.
SQLite's is deskapp.guides.search_sqlite; PostgreSQL's is here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from deskapp.guides.query import Alternative, Group
from deskapp.guides.snippets import best_passages
from deskapp.guides.stems import PG_CONFIG

START, STOP = "\x02", "\x03"  # highlight markers inside the database; turned into <b></b> by the caller
TITLE, SUMMARY, BODY = 3, 2, 1
CANDIDATE_CAP = 200  # PostgreSQL: guides whose fields are looked at

Tiers = list[int]  # per group: TITLE, SUMMARY, BODY or 0


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

    def all_matches(self, groups: list[Group], n: int) -> list[int]:
        head = self._ids("head", groups, "&&", n)
        return head + [gid for gid in self._ids("document", groups, "&&", n) if gid not in set(head)][:n]

    def total(self) -> int:
        return int(self.session.execute(text("SELECT count(*) FROM guide_search")).scalar() or 0)

    def tiers(self, groups: list[Group], known: list[set[int] | None], pool: int) -> dict[int, Tiers]:
        """Candidates, then one statement that asks each candidate's row (by primary key) where it covers
        each group: PostgreSQL looks rows up by id cheaply, unlike FTS5."""
        ids = self._candidates(groups, known, pool)
        if not ids:
            return {}
        columns: list[str] = []
        params: dict[str, Any] = {"ids": ids}
        for index, group in enumerate(groups):
            query, group_params = self._query([group], "&&", f"q{index}_")
            params |= group_params
            columns.append(f"CASE WHEN ts_filter(head, '{{a}}') @@ {query} THEN {TITLE} WHEN head @@ {query} "
                           f"THEN {SUMMARY} WHEN document @@ {query} THEN {BODY} ELSE 0 END")
        statement = f"SELECT guide_id, {', '.join(columns)} FROM guide_search WHERE guide_id = ANY(:ids)"
        return {int(r[0]): [int(t) for t in r[1:]] for r in self.session.execute(text(statement), params)}

    def _candidates(self, groups: list[Group], known: list[set[int] | None], pool: int) -> list[int]:
        found: set[int] = set().union(*(ids for ids in known if ids is not None))
        for group, ids in zip(groups, known, strict=True):
            if ids is None:  # too common to list: its best-placed matches (titles, summaries, tags) stand in
                found.update(self._ids("head", [group], "&&", pool))
        if all(ids is None for ids in known):
            found.update(self.all_matches(groups, pool))
        if len(found) > CANDIDATE_CAP:  # keep those covering the most of the groups known exactly, newest first
            found = set(sorted(found, key=lambda gid: (-sum(gid in ids for ids in known if ids), -gid))[:CANDIDATE_CAP])
        return sorted(found)

    def snippets(self, groups: list[Group], ids: list[int]) -> dict[int, str]:
        # Cut in Python from the guides' readable text, as on SQLite (deskapp/guides/snippets.py): the same
        # passage on both databases, and never the Markdown marks ts_headline would show.
        if not ids:
            return {}
        rows = self.session.execute(text("SELECT id, language, summary, body FROM guides WHERE id = ANY(:ids)"),
                                    {"ids": ids})
        return best_passages(((int(r[0]), r[1], r[2], r[3]) for r in rows), groups)
