"""No English left inside the Danish command line: argparse's own words ("usage:", "options", "show this help
message and exit", its refusals), the names of the values in the help (FIL, INITIALER), the roles and
statuses in the staff list, and the words of a refusal for want of a role."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from deskapp.cli import build_parser
from deskapp.cli import main as cli
from deskapp.db import Database
from deskapp.people.auth import WrongCredential
from deskapp.people.auth import sign_in as domain_sign_in
from deskapp.people.staff import add_staff, list_staff
from deskapp.platform import argparse_words, i18n
from deskapp.platform.actor import Actor, PermissionDenied
from tests.test_cli_danish import deskapp


def every_help(parser: argparse.ArgumentParser) -> list[str]:
    """The help of the parser and of every sub-command under it, as `deskapp … --help` prints it."""
    texts = [parser.format_help()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                texts.extend(every_help(sub))
    return texts


ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message and exit",
                    "show program's version number and exit")


def test_every_help_page_has_argparse_words_and_value_names_in_danish() -> None:
    i18n.set_language("da")
    pages = every_help(build_parser())
    assert len(pages) > 40  # every command and sub-command
    for page in pages:
        assert page.startswith("brug: ")
        for english in ARGPARSE_ENGLISH:
            assert english not in page, page
        # The names of values are the words the Danish help sentences use (FIL, INITIALER, ÅÅÅÅ-MM-DD).
        for name in ("FILE", "INITIALS", "ACTION", "COMMAND", "YYYY-MM-DD", "NAME", "PATH_OR_URL"):
            assert not re.search(rf"\b{name}\b", page), (name, page)
    joined = "\n".join(pages)
    assert "vis denne hjælp og afslut" in joined and "tilvalg:" in joined and "INITIALER" in joined


def test_english_help_is_argparse_s_own_words_unchanged() -> None:
    i18n.set_language("en")
    page = build_parser().format_help()
    assert page.startswith("usage: deskapp")
    assert "options:" in page and "show this help message and exit" in page and "COMMAND" in page


def test_every_word_argparse_shows_has_a_danish_translation() -> None:
    i18n.set_language("da")
    for word in argparse_words.WORDS:
        assert i18n._(word) != word, word
    assert argparse_words._plural_words(1) == ("forventede %s argument", "tilvalget findes allerede: %s")
    assert argparse_words._plural_words(2) == ("forventede %s argumenter", "tilvalgene findes allerede: %s")


def test_a_wrong_command_line_is_refused_in_danish(db_path: Path, tmp_path: Path) -> None:
    result = deskapp(db_path, tmp_path, "da_DK.UTF-8", "staff", "add")
    assert result.returncode == 2
    assert result.stderr.startswith("brug: deskapp staff add")
    assert "deskapp staff add: fejl: disse argumenter skal angives: NAVN, --initials" in result.stderr
    wrong = deskapp(db_path, tmp_path, "da_DK.UTF-8", "reference", "language", "xx")
    assert "fejl: argumentet SPROG: ugyldigt valg: 'xx' (vælg mellem 'en', 'da')" in wrong.stderr


def test_the_staff_list_names_roles_and_statuses_in_danish(db: Database, db_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with db.write() as session:
        add_staff(session, Actor.cli(), "Kiri Kaur", "KK", "leader", "leader-pass")
        add_staff(session, Actor.cli(), "Aisha Ahmed", "AA", "staff", "1234")
    i18n.set_language("da")
    assert cli(["--db", str(db_path), "staff", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["INITIALER", "NAVN", "ROLLE", "LOGGER", "IND", "MED", "STATUS"]
    assert "Teamleder" in lines[2] and "adgangskode" in lines[2] and lines[2].endswith("aktiv")
    assert "Medarbejder" in lines[1] and "pinkode" in lines[1]
    with db.read() as session:
        assert {row.role_label for row in list_staff(session, Actor.cli())} == {"Teamleder", "Medarbejder"}


def test_a_refusal_for_want_of_a_role_is_danish_through_and_through(db: Database) -> None:
    i18n.set_language("da")
    with db.read() as session, pytest.raises(PermissionDenied) as refused:
        list_staff(session, Actor.staff_member(1, "staff"))
    assert str(refused.value) == "Kun en teamleder kan se personalelisten."


def test_a_wrong_pin_is_said_in_danish(db: Database) -> None:
    with db.write() as session:
        aisha = add_staff(session, Actor.cli(), "Aisha Ahmed", "AA", "staff", "1234")
    i18n.set_language("da")
    with pytest.raises(WrongCredential) as wrong:
        domain_sign_in(db, aisha, "9999", "Skranke")
    assert str(wrong.value) == ("Den pinkode er forkert. Aisha Ahmed har 4 forsøg tilbage, før vedkommende "
                                "spærres i 15 minutter.")


def test_the_skills_and_checklists_lists_are_danish(db: Database, db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    i18n.set_language("da")
    assert cli(["--db", str(db_path), "skills", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[1:] == ["KOMPETENCE", "GRUPPE", "KRÆVET", "STATUS"]
    assert lines[1].endswith("aktuel")
    assert cli(["--db", str(db_path), "checklists", "list"]) == 0
    out = capsys.readouterr().out
    assert "dagligt senest kl. 21:45" in out and "efter behov" in out and "pr. person" in out
    assert "daily" not in out and "items" not in out


def test_counts_and_seconds_are_written_the_danish_way(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    i18n.set_language("da")
    assert cli(["--db", str(db_path), "demo-data", "--enquiries", "1200", "--staff", "2", "--days", "3"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Tilføjede 1.200 henvendelser")  # not "1,200"
    assert re.search(r"på \d+,\d s\.$", first), first  # not "0.2 s"
