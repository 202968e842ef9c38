"""A Danish site's own starter guides (resources/da/guides, guides.language = 'da') are found by what a
Danish patron types, on SQLite (Snowball stems beside the text) and PostgreSQL (the 'danish' configuration),
and the Danish search words (resources/da/search/aliases.toml) come with the switch."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Guide, SearchAlias
from deskapp.guides.search import search_guides
from deskapp.startup.seed import set_content_language


@pytest.fixture
def danish_site(any_db: Database) -> Database:
    with any_db.write() as session:
        set_content_language(session, "da")
    return any_db


def keys(db: Database, query: str, n: int = 3) -> list[str]:
    with db.read() as session:
        hits = search_guides(session, query, n)
        found = dict(session.execute(select(Guide.id, Guide.key)).all())
    return [found[hit.guide_id] for hit in hits]


@pytest.mark.parametrize(("query", "guide"), [
    ("glemt adgangskode", "password-reset"),
    ("jeg har glemt mit kodeord", "password-reset"),
    ("printer virker ikke", "print-own-laptop"),
    ("fjernlån", "interlibrary-loan-request"),
    ("bestille fjernlånet", "interlibrary-loan-request"),
])
def test_a_danish_query_finds_the_danish_starter_guide(danish_site: Database, query: str, guide: str):
    assert keys(danish_site, query)[:1] == [guide]


def test_the_switch_brings_the_danish_search_words(danish_site: Database):
    with danish_site.read() as session:
        pairs = set(session.execute(select(SearchAlias.phrase, SearchAlias.expands_to)).all())
    assert ("kodeord", "adgangskode") in pairs and ("wifi", "eduroam") in pairs


def test_the_english_site_still_finds_its_english_guides(any_db: Database):
    assert keys(any_db, "forgotten password")[:1] == ["password-reset"]
