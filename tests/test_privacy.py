"""Notes that look like they hold personal data get a warning and one-key redaction."""

from __future__ import annotations

import pytest

from deskapp.desk.privacy import describe, find_personal_data, has_personal_data, redact


@pytest.mark.parametrize(("note", "kind"), [
    ("Sent the form to jo.bloggs@student.uni.ac.uk", "email"),
    ("Patron will call back on 07700 900123", "phone"),
    ("Phone +44 20 7946 0958 after lunch", "phone"),
    ("ring (02) 9876-5432", "phone"),
    ("Library card 21234000123456 blocked", "number"),
    ("Student number s1234567", "number"),
    ("ID 4400123", "number"),
])
def test_personal_data_in_a_note_is_spotted(note: str, kind: str) -> None:
    assert [f.kind for f in find_personal_data(note)] == [kind]


@pytest.mark.parametrize("note", [
    "Printed 12 pages on level 3",
    "Room 204 booked for 14:05 on 2026-11-20",
    "Renewed 3 books due 24/11/2026",
    "Walked through the catalogue search.",
    "",
])
def test_ordinary_notes_raise_no_warning(note: str) -> None:
    assert not has_personal_data(note)


def test_redaction_replaces_every_finding_and_keeps_the_rest() -> None:
    note = "Email a@b.org or call 07700 900123; card 21234000123456."
    assert redact(note) == "Email [redacted] or call [redacted]; card [redacted]."
    assert not has_personal_data(redact(note))


def test_the_warning_names_what_was_found() -> None:
    findings = find_personal_data("a@b.org, 07700 900123 and 1234567")
    assert describe(findings) == "an email address, a phone number and a card or ID number"
