"""A guide written in Danish (guides.language = 'da') is found by other forms of its words and by a
Danish sentence whose filler words are Danish stop words, on both databases: Snowball stems beside the
text on SQLite, the `danish` configuration on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from deskapp.db import Database
from deskapp.guides.guides import GuideDraft, create_guide
from deskapp.guides.search import index_guide, search_guides
from deskapp.platform.actor import Actor

LEADER = Actor(role="leader", label="test:leader")


def danish_guide(db: Database) -> int:
    with db.write() as session:
        guide_id = create_guide(session, LEADER, "fjernlaan-bestil", GuideDraft(
            "Bestil et fjernlån", "Når bogen ikke findes i biblioteket, bestiller låneren et fjernlån.",
            "## 1. Søg i kataloget\nFindes bogen ikke, udfyldes bestillingen af fjernlånene på hjemmesiden.\n"))
        session.execute(text("UPDATE guides SET language = 'da' WHERE id = :id"), {"id": guide_id})
        index_guide(session, guide_id)
    return guide_id


def titles(db: Database, query: str) -> list[str]:
    with db.read() as session:
        return [hit.title for hit in search_guides(session, query, 3)]


def test_another_form_of_a_danish_word_finds_the_danish_guide(any_db: Database):
    danish_guide(any_db)
    with any_db.write() as session:  # "fjernlånet" is now a word guides use: no spelling help for it
        other = create_guide(session, LEADER, "fjernlaan-status", GuideDraft(
            "Hvor er mit lån?", "Status for fjernlånet.", "## 1. Se status\nSe status på hjemmesiden.\n"))
        session.execute(text("UPDATE guides SET language = 'da' WHERE id = :id"), {"id": other})
        index_guide(session, other)
    # Only the stem joins "fjernlånet" to the first guide, which says "fjernlån" and "fjernlånene".
    assert "Bestil et fjernlån" in titles(any_db, "fjernlånet status")


def test_danish_filler_words_do_not_decide_the_match(any_db: Database):
    danish_guide(any_db)
    assert titles(any_db, "jeg vil gerne bestille et fjernlån til min bog")[:1] == ["Bestil et fjernlån"]


def test_the_english_guides_are_still_found_when_a_danish_guide_exists(any_db: Database):
    danish_guide(any_db)
    assert titles(any_db, "interlibrary loan")[:1] == ["Make an interlibrary loan request"]
