"""Guide search on SQLite (FTS5) and PostgreSQL (tsvector + pg_trgm): ranking, prefixes, typos, snippets,
and an index that follows every guide write."""

from __future__ import annotations

import re

import pytest

from deskapp.db import Database
from deskapp.guides.guides import GuideDraft, archive_guide, create_guide, edit_guide, guide_id_for_key
from deskapp.guides.search import search_guides, snippet_as_text
from deskapp.platform.actor import Actor


def keys(db: Database, query: str, limit: int = 5) -> list[str]:
    with db.read() as session:
        hits = search_guides(session, query, limit)
        return [session.scalar(_key_sql(h.guide_id)) for h in hits]


def _key_sql(guide_id: int):
    from sqlalchemy import select

    from deskapp.db.models import Guide

    return select(Guide.key).where(Guide.id == guide_id)


@pytest.mark.parametrize(("query", "best"), [
    ("eduroam windows", "eduroam-windows"),
    ("print laptop", "print-own-laptop"),
    ("mfa new phone", "mfa-new-phone"),
    ("zotero", "citation-manager"),
    ("interlibrary loan", "interlibrary-loan-request"),
])
def test_the_most_relevant_guide_comes_first(any_db: Database, query: str, best: str):
    assert keys(any_db, query)[0] == best


@pytest.mark.parametrize(("query", "best_prefix"), [
    ("eduraom", "eduroam-"),
    ("pasword", "password-reset"),
    ("interlibary", "interlibrary-loan-request"),
    ("projecter", "projector-hdmi"),
])
def test_a_misspelt_word_still_finds_the_right_guide(any_db: Database, query: str, best_prefix: str):
    assert keys(any_db, query)[0].startswith(best_prefix)


def test_a_half_typed_word_matches_as_a_prefix(any_db: Database):
    assert any(k.startswith("eduroam-") for k in keys(any_db, "edur"))
    assert "print-own-laptop" in keys(any_db, "printi laptop")


def test_snippets_highlight_the_matched_words(any_db: Database):
    with any_db.read() as session:
        hit = search_guides(session, "certificate", 1)[0]
    assert "<b>" in hit.snippet and "ertificate</b>" in hit.snippet.lower()
    assert "[" in snippet_as_text(hit.snippet)


def test_a_word_in_every_guide_returns_only_the_limit(any_db: Database):
    with any_db.read() as session:
        hits = search_guides(session, "step", 3)
    assert len(hits) == 3
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_nonsense_and_empty_queries_find_nothing(any_db: Database):
    assert keys(any_db, "qqxzqqxz") == []
    assert keys(any_db, "  ") == []
    with any_db.read() as session, pytest.raises(ValueError):
        search_guides(session, "wifi", 0)


def test_the_index_follows_creates_edits_and_archiving(any_db: Database):
    cli = Actor.cli()
    with any_db.write() as session:
        guide_id = create_guide(session, cli, "kiosk-reboot", GuideDraft(
            "Restart the Quillox kiosk", "When the Quillox freezes.", "## 1. Hold the button\nTen seconds.\n"))
    assert keys(any_db, "quillox") == ["kiosk-reboot"]
    with any_db.write() as session:
        edit_guide(session, cli, guide_id, GuideDraft("Restart the Vantaro terminal", "", "## 1. Power\nx\n"))
    assert keys(any_db, "quillox") == []
    assert keys(any_db, "vantaro") == ["kiosk-reboot"]
    with any_db.write() as session:
        archive_guide(session, cli, guide_id)
    assert keys(any_db, "vantaro") == []


def test_a_staff_draft_is_not_found_until_a_leader_publishes_it(any_db: Database):
    with any_db.write() as session:
        create_guide(session, Actor(role="staff", label="staff:x"), "draft-only",
                     GuideDraft("Zebra printer labels", "", "## 1. Load\nx\n"))
        assert guide_id_for_key(session, "draft-only") is not None
    assert keys(any_db, "zebra") == []


@pytest.mark.parametrize("query", ["did you find the record", "laptop on loan blocked", "webmail browser"])
def test_a_passage_reads_as_prose_without_the_guides_markdown(any_db: Database, query: str):
    # The guides are Markdown with "? question" lines, "- answer → 3" branches, bullets and **bold**: a
    # passage under a result showed them as typed ("… blocked. - They do not …", "**Lånerkonto…**").
    with any_db.read() as session:
        hits = search_guides(session, query, 5)
    assert hits
    for hit in hits:
        text = snippet_as_text(hit.snippet).replace("[", "").replace("]", "")
        assert not any(mark in text for mark in ("**", " - ", "## ", "`")), text
        assert not re.search(r"→ ?\d+\b", text), text  # "Settings → Wi-Fi" is a menu path; "→ 3" a mark
        assert not text.lstrip("…").startswith(("? ", "- ")), text
