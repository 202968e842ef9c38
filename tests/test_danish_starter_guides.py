"""Every English starter guide (resources/guides) has a Danish text (resources/da/guides) that a Danish desk can
follow step for step: the same steps, the same branching questions leading to the same steps, the same
suggestions (categories, skills), its own tags and summary, the same outcomes named in the Danish labels, the
same other guides and checklists referred to by their Danish titles, and no English sentence left behind."""

from __future__ import annotations

import re
import tomllib

import pytest

from deskapp.guides.files import read_folder
from deskapp.guides.format import GuideDocument, parse, parse_steps, serialise
from deskapp.platform.content_language import load_localised
from deskapp.platform.paths import resources_dir

ROOT = resources_dir()
ENGLISH = {document.key: document for document in read_folder(ROOT / "guides")}
DANISH = {document.key: document for document in read_folder(ROOT / "da" / "guides")}
EMPHASIS = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
# Words that are English and never Danish; product and menu names in bold or `code` are left out first.
ENGLISH_ONLY = {"the", "you", "your", "patron", "please", "with", "which", "when", "their"}
PROPER_NAMES = ("Cite While You Write",)  # a product's own English name, as Word shows it in Danish too


def _outcomes(language: str) -> dict[str, str]:
    """Outcome label -> key, in `language` (the labels the guides name in bold)."""
    rows = load_localised(ROOT, "reference.toml", language)["outcome"]
    return {row["label"]: row["key"] for row in rows}


def _titles(language: str) -> dict[str, str]:
    """Title -> key of every starter guide and checklist in `language`."""
    guides = DANISH if language == "da" else ENGLISH
    titles = {document.title: f"guide:{key}" for key, document in guides.items()}
    for path in sorted((ROOT / "checklists").glob("*.toml")):
        titles[load_localised(ROOT, f"checklists/{path.name}", language)["title"]] = f"checklist:{path.stem}"
    return titles


def _emphasised(body: str) -> list[str]:
    return [bold or italic for bold, italic in EMPHASIS.findall(body)]


def _outcomes_named(document: GuideDocument, language: str) -> set[str]:
    labels = _outcomes(language)
    return {labels[text] for text in _emphasised(document.body) if text in labels}


def _references(document: GuideDocument, language: str) -> set[str]:
    """The guides and checklists a body refers to: an emphasised span that is (the start of) one's title."""
    titles = {_plain(title): key for title, key in _titles(language).items()}
    return {key for text in map(_plain, _emphasised(document.body)) if len(text) >= 12
            for title, key in titles.items() if title.startswith(text) and key != f"guide:{document.key}"}


def _plain(text: str) -> str:
    """A title as a reference may quote it: lower case, without quotes or other punctuation."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())


def _shape(document: GuideDocument) -> list[tuple[bool, tuple[int, ...]]]:
    """Per step: does it ask a question, and which steps do its answers lead to (in order)."""
    return [(step.is_branching, tuple(answer.target for answer in step.answers))
            for step in parse_steps(document.body).steps]


def test_every_english_starter_guide_has_a_danish_text():
    assert sorted(set(ENGLISH) - set(DANISH)) == []
    assert sorted(set(DANISH) - set(ENGLISH)) == []


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_the_danish_guide_has_the_same_steps_and_branches(key: str):
    english, danish = ENGLISH[key], DANISH[key]
    assert len(parse_steps(danish.body).steps) == len(parse_steps(english.body).steps)
    assert _shape(danish) == _shape(english)
    assert bool(parse_steps(danish.body).intro.strip()) == bool(parse_steps(english.body).intro.strip())


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_the_danish_guide_is_suggested_for_the_same_enquiries_and_has_its_own_words(key: str):
    english, danish = ENGLISH[key], DANISH[key]
    assert (danish.categories, danish.skills) == (english.categories, english.skills)
    assert danish.title != english.title and danish.summary and danish.summary != english.summary
    assert len(danish.tags) >= min(3, len(english.tags)) and all(tag == tag.lower() for tag in danish.tags)


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_the_danish_guide_names_the_same_outcomes_and_other_guides_in_danish(key: str):
    english, danish = ENGLISH[key], DANISH[key]
    assert _outcomes_named(danish, "da") == _outcomes_named(english, "en")
    assert _references(danish, "da") == _references(english, "en")


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_no_english_sentence_is_left_in_the_danish_guide(key: str):
    danish = DANISH[key]
    text = "\n".join([danish.title, danish.summary, danish.body])
    text = re.sub(r"`[^`]*`|\*\*.+?\*\*", " ", text)  # menu names, buttons and addresses may stay as shown
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    left = [line for line in text.splitlines()
            if {word.lower() for word in re.findall(r"[A-Za-z]+", line)} & ENGLISH_ONLY]
    assert left == []


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_the_danish_guide_round_trips_as_the_app_exports_it(key: str):
    """Written in the house style, so an export from a Danish site writes back the very same file."""
    text = (ROOT / "da" / "guides" / f"{key}.md").read_text(encoding="utf-8")
    assert serialise(parse(text)) == text


def test_the_checks_see_a_guide_that_drifts_from_the_english_one():
    """The shape and reference checks above can fail: an answer leading elsewhere, a question dropped or a
    cross-reference left out is told apart from the English text."""
    english = ENGLISH["library-account-fines"]
    assert _references(english, "en") == {"guide:referral-handoff-de-escalation"}
    assert _outcomes_named(english, "en")
    unreferenced = GuideDocument(key=english.key, title=english.title,
                                 body=english.body.replace("*Calm a frustrated", "Calm a frustrated"))
    assert _references(unreferenced, "en") == set()
    first = re.search(r"→ (\d+)", english.body)
    assert first
    elsewhere = "1" if first.group(1) != "1" else "2"
    rerouted = GuideDocument(key=english.key, title=english.title,
                             body=english.body.replace(first.group(0), f"→ {elsewhere}", 1))
    assert _shape(rerouted) != _shape(english)
    unasked = re.sub(r"\n\? .*\n(- .*\n)+", "\n", english.body, count=1)
    assert _shape(GuideDocument(key=english.key, title=english.title, body=unasked)) != _shape(english)


def test_the_danish_search_words_are_lowercase_and_point_at_words_the_danish_guides_use():
    with (ROOT / "da" / "search" / "aliases.toml").open("rb") as handle:
        aliases = tomllib.load(handle)["alias"]
    corpus = " ".join(" ".join([d.title, d.summary, " ".join(d.tags), d.body]) for d in DANISH.values()).lower()
    for alias in aliases:
        assert alias["phrase"] == alias["phrase"].lower(), alias
        assert any(word in corpus for word in alias["means"]), alias

