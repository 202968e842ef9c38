"""Search words a team leader keeps (deskapp.guides.aliases): they change what a search finds on both
databases, only leaders change them, a removed starter word stays removed, and every change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from deskapp.db import Database
from deskapp.db.models import SearchAlias
from deskapp.guides.aliases import AliasError, active_aliases, add_alias, list_aliases, remove_alias, seed_aliases
from deskapp.guides.search import search_guides
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.paths import resources_dir

LEADER = Actor(role="leader", label="test:leader")
STAFF = Actor(role="staff", label="test:staff")


def top_title(db: Database, query: str) -> str | None:
    with db.read() as session:
        hits = search_guides(session, query, 3)
    return hits[0].title if hits else None


def alias_id(db: Database, phrase: str, means: str) -> int:
    with db.read() as session:
        return session.scalars(select(SearchAlias.id).where(SearchAlias.phrase == phrase,
                                                            SearchAlias.expands_to == means)).one()


def test_a_leaders_new_search_word_finds_the_guide_that_uses_another_word(any_db: Database):
    assert top_title(any_db, "zorblat") is None  # nobody writes guides about zorblats
    with any_db.write() as session:
        add_alias(session, LEADER, "Zorblat", "Zotero")
    assert top_title(any_db, "zorblat") == "Set up Zotero or EndNote"


def test_removing_a_starter_word_changes_what_it_finds_and_seeding_does_not_bring_it_back(any_db: Database):
    before = top_title(any_db, "turnitin")  # no guide says Turnitin; the submission guide says "similarity check"
    assert before == "Assignment will not submit in the learning system"
    with any_db.write() as session:
        remove_alias(session, LEADER, alias_id(any_db, "turnitin", "similarity check"))
    with any_db.write() as session:
        added = seed_aliases(session, resources_dir())
    assert added == 0
    with any_db.read() as session:
        assert "turnitin" not in active_aliases(session)
    assert top_title(any_db, "turnitin") != before


def test_a_word_the_leader_added_is_deleted_outright_when_removed(db: Database):
    with db.write() as session:
        new_id = add_alias(session, LEADER, "zorblat", "zotero")
    with db.write() as session:
        remove_alias(session, LEADER, new_id)
    with db.read() as session:
        assert session.get(SearchAlias, new_id) is None


def test_staff_may_not_change_the_search_words(db: Database):
    with db.write() as session, pytest.raises(PermissionDenied, match="team leader"):
        add_alias(session, STAFF, "zorblat", "zotero")
    with db.write() as session, pytest.raises(PermissionDenied):
        remove_alias(session, STAFF, alias_id(db, "turnitin", "similarity check"))


@pytest.mark.parametrize(("phrase", "means", "why"), [
    ("", "zotero", "at least one word"),
    ("wi fi", "Wi-Fi", "same words"),  # both are stored as "wi fi"
    ("a b c d e", "zotero", "at most 4 words"),
    ("turnitin", "similarity check", "already means"),
])
def test_a_search_word_that_would_change_nothing_or_is_malformed_is_refused(db: Database, phrase, means, why):
    with db.write() as session, pytest.raises(AliasError, match=why):
        add_alias(session, LEADER, phrase, means)


def test_every_change_to_the_search_words_is_audited_with_both_sides(db: Database):
    with db.write() as session:
        new_id = add_alias(session, LEADER, "zorblat", "zotero")
        remove_alias(session, LEADER, new_id)
    with db.read() as session:
        rows = session.execute(text("SELECT action, actor FROM audit_events WHERE entity = 'search_alias' "
                                    "ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("create", "test:leader"), ("delete", "test:leader")]


def test_the_listing_shows_what_each_word_means_and_which_came_with_the_app(db: Database):
    with db.write() as session:
        add_alias(session, LEADER, "zorblat", "zotero")
    with db.read() as session:
        listed = {(a.phrase, a.means): a.starter for a in list_aliases(session)}
    assert listed[("zorblat", "zotero")] is False
    assert listed[("turnitin", "similarity check")] is True


def test_seeding_the_starter_list_twice_adds_each_word_once(db: Database):
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(SearchAlias))
    with db.write() as session:
        assert seed_aliases(session, resources_dir()) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchAlias)) == before > 20
