"""A site's content (reference data, checklists, starter guides) comes in its own language: a new database
takes the system locale's, an existing one keeps English, and a switch relabels only what the site has not
edited or translated itself. resources/da/ holds the Danish words by the English files' keys."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.migrate import upgrade
from deskapp.db.models import (
    AppSetting,
    Category,
    ChecklistItem,
    ChecklistTemplate,
    Guide,
    Outcome,
    ReadLevel,
    Skill,
)
from deskapp.guides.files import read_folder
from deskapp.platform.content_language import IDENTITY, language_of_locale, system_language
from deskapp.platform.paths import resources_dir
from deskapp.startup.seed import seed, set_content_language, site_language

ROOT = resources_dir()
TOML_FILES = ["categories.toml", "reference.toml", "skills.toml",
              *(f"checklists/{p.name}" for p in sorted((ROOT / "checklists").glob("*.toml")))]


def _toml(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _ident(row: dict) -> object:
    return next(row[name] for name in IDENTITY if name in row)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "fresh.sqlite3")
    upgrade(database)
    yield database
    database.dispose()


# ---- the Danish resources are complete and hold only words --------------------------------------------

@pytest.mark.parametrize("name", TOML_FILES)
def test_every_english_row_has_danish_words_and_no_danish_row_is_unknown(name: str):
    english, danish = _toml(ROOT / name), _toml(ROOT / "da" / name)
    for table, rows in english.items():
        if not isinstance(rows, list):
            continue
        assert [_ident(r) for r in danish.get(table, [])] == [_ident(r) for r in rows], f"{name} [[{table}]]"
        for row in danish[table]:
            words = {k for k in row if k not in IDENTITY}
            assert words and words <= {"label", "description", "aliases", "text", "title"}, (name, row)
    if "title" in english:
        assert danish["title"] != english["title"]


def test_every_starter_guide_has_a_danish_text_with_the_same_links():
    english = {d.key: d for d in read_folder(ROOT / "guides")}
    danish = {d.key: d for d in read_folder(ROOT / "da" / "guides")}
    assert set(danish) <= set(english)
    for key, document in danish.items():
        assert (document.categories, document.skills) == (english[key].categories, english[key].skills), key
        assert document.title != english[key].title, key


def test_the_locale_decides_a_new_databases_language(monkeypatch: pytest.MonkeyPatch):
    assert language_of_locale("da_DK.UTF-8") == "da" and language_of_locale("C.UTF-8") is None
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert system_language() == "da"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL wins, as for gettext
    assert system_language() == "en"


# ---- seeding in a language ------------------------------------------------------------------------------

def test_a_database_created_under_a_danish_locale_is_seeded_in_danish(fresh: Database,
                                                                       monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    with fresh.write() as session:
        seed(session)
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # later starts on an English PC keep the site's language
    with fresh.write() as session:
        assert seed(session).skipped
    with fresh.read() as session:
        assert site_language(session) == "da"
        wifi = session.scalars(select(Category).where(Category.key == "it-wifi")).one()
        assert wifi.label == "Trådløst net / eduroam" and "trådløst" in wifi.aliases.split()
        assert session.get(ReadLevel, 1).label == "1 · Hurtigt svar"
        assert session.scalars(select(Skill.label).where(Skill.key == "interlibrary-loan")).one() == "Bestille fjernlån"
        guide = session.scalars(select(Guide).where(Guide.key == "password-reset")).one()
        assert guide.language == "da" and "adgangskode" in guide.title.lower()
        opening = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == "desk-opening")).one()
        assert opening.title == "Åbning af skranken"
        assert session.scalars(select(Guide.language).where(Guide.key == "interlibrary-loan-request")).one() == "da"


def test_a_database_seeded_before_languages_existed_stays_english(fresh: Database,
                                                                 monkeypatch: pytest.MonkeyPatch):
    with fresh.write() as session:
        seed(session, language="en")
        session.delete(session.get(AppSetting, "content.language"))  # as a database of the last release
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    with fresh.write() as session:
        seed(session, force=True)
    with fresh.read() as session:
        assert site_language(session) == "en"
        assert session.scalars(select(Category.label).where(Category.key == "it-wifi")).one() == "Wi-Fi / eduroam"


def test_switching_relabels_what_the_site_has_not_edited_and_keeps_what_it_has(any_db: Database):
    with any_db.write() as session:
        own = session.scalars(select(Category).where(Category.key == "it-wifi")).one()
        own.label, own.customised = "Trådløs (vores ord)", True  # the site translated this one itself
        edited = session.scalars(select(Outcome).where(Outcome.key == "resolved")).one()
        edited.label, edited.customised = "Sorted at the desk", True
        guide = session.scalars(select(Guide).where(Guide.key == "eduroam-android")).one()
        guide.customised = True
        closing = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == "desk-closing")).one()
        closing.customised = True
    with any_db.write() as session:
        report = set_content_language(session, "da")
    assert report.refreshed["categories"] >= 20 and report.refreshed["guides"] >= 1
    with any_db.read() as session:
        assert site_language(session) == "da"
        labels = dict(session.execute(select(Category.key, Category.label)).all())
        assert labels["it-wifi"] == "Trådløs (vores ord)" and labels["lib-ill"] == "Fjernlån og artikelbestilling"
        assert session.scalars(select(Outcome.label).where(Outcome.key == "resolved")).one() == "Sorted at the desk"
        guides = {g.key: g for g in session.scalars(select(Guide))}
        assert guides["eduroam-android"].language == "en" and guides["eduroam-android"].title.startswith("Connect")
        assert guides["interlibrary-loan-request"].language == "da"
        titles = dict(session.execute(select(ChecklistTemplate.key, ChecklistTemplate.title)).all())
        assert titles["desk-closing"] == "Desk closing" and titles["desk-opening"] == "Åbning af skranken"
    with any_db.write() as session:  # an upgrade after the switch keeps both the Danish and the site's own
        assert seed(session).skipped
        seed(session, force=True)
        set_content_language(session, "en")
    with any_db.read() as session:
        labels = dict(session.execute(select(Category.key, Category.label)).all())
        assert labels["it-wifi"] == "Trådløs (vores ord)" and labels["lib-ill"].startswith("Interlibrary")
        opening = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == "desk-opening")).one()
        texts = session.scalars(select(ChecklistItem.text).where(ChecklistItem.template_id == opening.id,
                                                                 ChecklistItem.active)).all()
        assert texts and all(text.isascii() for text in texts)


def test_a_switch_to_a_language_without_content_is_refused(db: Database):
    with db.write() as session, pytest.raises(ValueError, match="no content in the language 'sv'"):
        set_content_language(session, "sv")
    with db.read() as session:
        assert site_language(session) == "en"


def test_the_cli_shows_and_switches_the_content_language(db_path: Path, capsys: pytest.CaptureFixture[str]):
    from deskapp.cli import main

    assert main(["--db", str(db_path), "reference", "language"]) == 0
    assert "Content language: en" in capsys.readouterr().out
    assert main(["--db", str(db_path), "reference", "language", "da"]) == 0
    assert "Content language: da (was en)" in capsys.readouterr().out
    assert main(["--db", str(db_path), "reference", "list", "outcomes"]) == 0
    assert "Løst ved skranken" in capsys.readouterr().out
