"""The desk panel's guides for the enquiry in hand (deskapp.guides.suggest): the category, the skills
chosen so far and the typed words each count, on both databases."""

from __future__ import annotations

from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Category, Guide, Skill
from deskapp.guides.suggest import suggest_guides


def ids(db: Database) -> tuple[int, dict[str, int], dict[int, str]]:
    with db.read() as session:
        wifi = session.scalar(select(Category.id).where(Category.key == "it-wifi"))
        skills = dict(session.execute(select(Skill.key, Skill.id)).all())
        keys = dict(session.execute(select(Guide.id, Guide.key)).all())
    return wifi, skills, keys


def keys_for(db: Database, category, skills, words, limit=8) -> list[str]:
    _, _, keys = ids(db)
    with db.read() as session:
        return [keys[s.guide_id] for s in suggest_guides(session, category, skills, words, limit)]


def test_the_category_alone_lists_its_guides(any_db: Database):
    wifi, _, _ = ids(any_db)
    found = keys_for(any_db, wifi, (), "")
    assert "eduroam-android" in found and "eduroam-ios" in found
    assert not any(key.startswith("print") for key in found)


def test_a_chosen_skill_lifts_its_guide_above_the_rest_of_the_category(any_db: Database):
    wifi, skills, _ = ids(any_db)
    assert keys_for(any_db, wifi, (skills["eduroam-ios"],), "")[0] == "eduroam-ios"
    assert keys_for(any_db, wifi, (skills["eduroam-android"],), "")[0] == "eduroam-android"


def test_typed_words_mix_in_and_a_guide_with_every_signal_comes_first(any_db: Database):
    wifi, skills, _ = ids(any_db)
    every = skills["eduroam-windows"], skills["eduroam-macos"], skills["eduroam-android"], skills["eduroam-ios"]
    found = keys_for(any_db, wifi, every, "samsung phone keeps asking for certificate")
    assert found[0] == "eduroam-android"
    printing = keys_for(any_db, wifi, (), "print from my laptop")
    assert "print-own-laptop" in printing  # the words bring in a guide from outside the category


def test_nothing_chosen_and_nothing_typed_suggests_nothing(any_db: Database):
    assert keys_for(any_db, None, (), "") == []
    assert keys_for(any_db, None, (), "ed") == []  # too short to search yet
