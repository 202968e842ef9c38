"""Search words a team leader keeps: a patron's word or phrase and what the guides call it.

"wi-fi" -> "eduroam", "two factor" -> "mfa", "turnitin" -> "similarity check". A search for the phrase
also looks for what it means (deskapp.guides.query). The starter list is resources/search/aliases.toml,
seeded by key (phrase + meaning); one a leader removes stays removed when the file is seeded again, and
one a leader adds is never touched by seeding. Leaders (and the CLI operator) change the list; everyone's
searches use it. Every change is audited.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import SearchAlias
from deskapp.guides import fast_sql
from deskapp.guides.query import normalise_phrase
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _

MAX_PHRASE = 100
MAX_WORDS = 4  # as deskapp.guides.query.MAX_ALIAS_WORDS


class AliasError(ValueError):
    """An alias change was refused; the message says why in one sentence."""


@dataclass(frozen=True)
class AliasInfo:
    id: int
    phrase: str
    means: str
    starter: bool


def active_aliases(session: Session) -> dict[str, list[str]]:
    """phrase -> what it means, for searching (a few dozen rows: read whole on every search)."""
    found: dict[str, list[str]] = {}
    rows = fast_sql.rows(session, "SELECT phrase, expands_to FROM search_aliases WHERE NOT removed ORDER BY id")
    for phrase, means in rows:
        found.setdefault(phrase, []).append(means)
    return found


def list_aliases(session: Session) -> list[AliasInfo]:
    rows = session.scalars(select(SearchAlias).where(SearchAlias.removed.is_(False))
                           .order_by(SearchAlias.phrase, SearchAlias.expands_to))
    return [AliasInfo(r.id, r.phrase, r.expands_to, r.starter) for r in rows]


def _clean(value: str, what: str) -> str:
    phrase = normalise_phrase(value)
    if not phrase:
        raise AliasError(_("The {what} needs at least one word.").format(what=what))
    if len(phrase) > MAX_PHRASE or len(phrase.split()) > MAX_WORDS:
        raise AliasError(_("The {what} may have at most {MAX_WORDS} words.").format(what=what, MAX_WORDS=MAX_WORDS))
    return phrase


def add_alias(session: Session, actor: Actor, phrase: str, means: str) -> int:
    """A leader adds a search word: searches for `phrase` also look for `means`. Returns its id."""
    actor.require("leader", N_("change the search words"))
    phrase, means = _clean(phrase, "word patrons use"), _clean(means, "word the guides use")
    if phrase == means:
        raise AliasError(_("The two sides are the same words, so the alias would change nothing."))
    row = session.scalars(select(SearchAlias).where(SearchAlias.phrase == phrase,
                                                    SearchAlias.expands_to == means)).one_or_none()
    if row is not None and not row.removed:
        raise AliasError(_("'{phrase}' already means '{means}'.").format(phrase=phrase, means=means))
    if row is None:
        row = SearchAlias(phrase=phrase, expands_to=means, starter=False, removed=False)
        session.add(row)
    row.removed = False
    session.flush()
    audit.record(session, actor, "create", "search_alias", row.id, {"phrase": phrase, "means": means})
    return row.id


def remove_alias(session: Session, actor: Actor, alias_id: int) -> None:
    """A leader removes a search word. A starter one is kept as removed, so seeding does not bring it back."""
    actor.require("leader", N_("change the search words"))
    row = session.get(SearchAlias, alias_id)
    if row is None or row.removed:
        raise AliasError(_("There is no search word with id {alias_id}.").format(alias_id=alias_id))
    if row.starter:
        row.removed = True
    else:
        session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "search_alias", alias_id, {"phrase": row.phrase, "means": row.expands_to})


def load_starter_aliases(root: Path, language: str = "en") -> list[tuple[str, str]]:
    """The English starter aliases, and for another language its own (resources/<lang>/search/aliases.toml):
    a Danish desk hears both "wifi" and "trådløst net"."""
    entries = []
    paths = [root / "search" / "aliases.toml"] + ([root / language / "search" / "aliases.toml"]
                                                  if language != "en" else [])
    for path in paths:
        if path.exists():
            with path.open("rb") as handle:
                entries += tomllib.load(handle).get("alias", [])
    return [(normalise_phrase(entry["phrase"]), normalise_phrase(means))
            for entry in entries for means in entry.get("means", [])]


def seed_aliases(session: Session, root: Path, language: str = "en") -> int:
    """Add the starter aliases a database lacks (never one a leader removed). Returns how many were added."""
    have = {tuple(row) for row in session.execute(select(SearchAlias.phrase, SearchAlias.expands_to)).all()}
    new = [(p, m) for p, m in dict.fromkeys(load_starter_aliases(root, language))
           if (p, m) not in have and p and m and p != m]
    session.add_all(SearchAlias(phrase=p, expands_to=m, starter=True, removed=False) for p, m in new)
    session.flush()
    return len(new)
