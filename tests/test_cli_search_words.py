"""`deskapp guides aliases list|add|remove` and `deskapp guides misses`: the search words and the missed
searches without the window, through the same domain functions (so the same checks and audit trail)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import AuditEvent


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_an_added_search_word_is_listed_finds_its_guide_and_can_be_removed(db_path: Path, capsys):
    assert run(db_path, "guides", "search", "zorblat") == 0
    assert "No guides found." in capsys.readouterr().out
    assert run(db_path, "guides", "aliases", "add", "Zorblat", "zotero") == 0
    said = capsys.readouterr().out
    assert "a search for 'Zorblat' also looks for 'zotero'" in said
    alias_id = said.split("search word ")[1].split(":")[0]
    assert run(db_path, "guides", "aliases", "list") == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "zorblat" in line)
    assert line.split()[:4] == [alias_id, "zorblat", "->", "zotero"] and line.endswith("added")
    assert run(db_path, "guides", "search", "zorblat") == 0
    assert "Zotero" in capsys.readouterr().out.splitlines()[0]
    assert run(db_path, "guides", "aliases", "remove", alias_id) == 0
    assert run(db_path, "guides", "search", "zorblat") == 0
    assert "No guides found." in capsys.readouterr().out
    database = Database(db_path)
    try:
        with database.read() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "search_alias")).all()
            assert [e.action for e in events] == ["create", "delete"]
            assert all(e.actor.startswith("cli:") for e in events)
    finally:
        database.dispose()


def test_a_refused_search_word_says_why_in_one_sentence(db_path: Path, capsys):
    assert run(db_path, "guides", "aliases", "add", "turnitin", "similarity check") != 0
    assert "'turnitin' already means 'similarity check'." in capsys.readouterr().err
    assert run(db_path, "guides", "aliases", "remove", "99999") != 0
    assert "There is no search word with id 99999." in capsys.readouterr().err


def test_misses_lists_the_months_missed_searches_most_searched_first(db_path: Path, capsys):
    from deskapp.guides.misses import record_miss

    database = Database(db_path)
    try:
        with database.write() as session:
            for query in ("printer credit refund", "Printer credit refund?", "fax"):
                record_miss(session, query, "2026-11")
    finally:
        database.dispose()
    assert run(db_path, "guides", "misses", "--month", "2026-11") == 0
    assert capsys.readouterr().out.splitlines() == [
        "searched    2 times in 2026-11, no guide: 'printer credit refund'",
        "searched    1 times in 2026-11, no guide: 'fax'"]
    assert run(db_path, "guides", "misses", "--month", "2026-10") == 0
    assert capsys.readouterr().out.strip() == "No missed searches in 2026-10."
