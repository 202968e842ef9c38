"""The guide file format: front matter, numbered steps, branching questions, lossless round trip."""

from __future__ import annotations

import pytest

from deskapp.guides.format import GuideDocument, GuideFormatError, parse, parse_steps, serialise
from deskapp.platform.paths import resources_dir

BRANCHING = """---
key: eduroam-test
title: "Wi-Fi: connect a phone"
summary: Use when a phone will not join eduroam.
categories: [it-wifi]
skills: [eduroam-android]
tags: [wifi, eduroam]
---
Start here.

## 1. Check the list
Open the Wi-Fi settings.

? Does the phone list "eduroam"?
- Yes → 3
- No → 2

## 2. Move closer
Walk to the desk.

## 3. Connect
Pick eduroam.
"""


def test_front_matter_and_body_are_read():
    document = parse(BRANCHING)
    assert document.key == "eduroam-test"
    assert document.title == "Wi-Fi: connect a phone"
    assert document.categories == ("it-wifi",)
    assert document.tags == ("wifi", "eduroam")
    assert document.body.startswith("Start here.")


def test_a_branching_step_has_its_question_and_answers_and_others_continue():
    steps = parse_steps(parse(BRANCHING).body)
    assert steps.intro == "Start here."
    first = steps.step(1)
    assert first.question == 'Does the phone list "eduroam"?'
    assert [(a.text, a.target) for a in first.answers] == [("Yes", 3), ("No", 2)]
    assert first.text == "Open the Wi-Fi settings."
    assert not steps.step(2).is_branching
    assert steps.next_after(2) == 3
    assert steps.next_after(3) is None


def test_serialising_a_parsed_file_gives_back_the_same_text():
    assert serialise(parse(BRANCHING)) == BRANCHING


def test_every_starter_guide_round_trips_and_at_least_twenty_ship():
    files = sorted((resources_dir() / "guides").glob("*.md"))
    assert len(files) >= 20
    branching = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        document = parse(text)
        assert serialise(document) == text, path.name
        branching += any(step.is_branching for step in parse_steps(document.body).steps)
    assert branching >= 5


def test_awkward_values_are_quoted_and_read_back_unchanged():
    document = GuideDocument("k-1", "Yes: no, # maybe", "", (), (), ("two words", "a,b", "yes", "1"), "x\n")
    assert parse(serialise(document)) == document


@pytest.mark.parametrize(("body", "message"), [
    ("## 2. Wrong start\nx\n", "should be numbered 1"),
    ("## 1. One\n? Where?\n- There → 5\n", "does not exist"),
    ("## 1. One\n? Where?\nnot an answer\n", "only answer lines"),
    ("## Unnumbered\n", "numbered step"),
    ("## 1. One\n? Where?\n", "1 to 4 answers"),
])
def test_bad_steps_are_refused_with_a_plain_reason(body, message):
    with pytest.raises(GuideFormatError, match=message):
        parse_steps(body)


def test_a_file_without_front_matter_or_key_is_refused():
    with pytest.raises(GuideFormatError, match="front matter"):
        parse("## 1. Step\n")
    with pytest.raises(GuideFormatError, match="key"):
        parse("---\ntitle: T\n---\n")
