"""On a Danish site every one of the 26 Danish starter guides is found first by the way a Danish student or
desk worker asks for it, on SQLite and PostgreSQL: everyday words (the Danish search words in
resources/da/search/aliases.toml: "mobil", "skylder", "wiseflow", "forlænge"...) as well as the guides' own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Guide
from deskapp.guides.search import search_guides
from deskapp.startup.seed import set_content_language

PHRASINGS = [
    ("min windows computer vil ikke på det trådløse net", "eduroam-windows"),
    ("kan ikke komme på wifi med min mac", "eduroam-macos"),
    ("samsung telefon eduroam", "eduroam-android"),
    ("wifi på iphone", "eduroam-ios"),
    ("opsætte totrinsbekræftelse", "mfa-enrolment"),
    ("authenticator på ny mobil", "mfa-new-phone"),
    ("mail på min telefon", "email-on-phone"),
    ("vpn hjemmefra", "vpn-remote-access"),
    ("slettet en fil ved en fejl", "onedrive-sync-lost-file"),
    ("kan ikke komme ind på databaserne hjemmefra", "eresource-access-denied"),
    ("læse e-bog på ipad", "ebook-access"),
    ("hvor står bogen på hylden", "catalogue-known-item"),
    ("jeg skylder penge til biblioteket", "library-account-fines"),
    ("låne en computer", "laptop-loans"),
    ("zotero virker ikke i word", "citation-manager"),
    ("låneren er sur", "referral-handoff-de-escalation"),
    ("wiseflow", "lms-submission"),
    ("kan ikke printe fra mobilen", "print-mobile"),
    ("beamer i grupperummet virker ikke", "projector-hdmi"),
    ("hvordan booker jeg et grupperum", "room-booking"),
    ("hvordan scanner jeg til min mail", "scan-to-email"),
    ("forlænge mine lån", "renew-and-reserve"),
    ("installere office", "office-install"),
    ("min kode virker ikke", "password-reset"),
    ("printe fra min computer", "print-own-laptop"),
    ("bestille en bog fra et andet bibliotek", "interlibrary-loan-request"),
]


@pytest.fixture
def danish_site(any_db: Database) -> Database:
    with any_db.write() as session:
        set_content_language(session, "da")
    return any_db


def test_every_danish_starter_guide_is_found_first_by_a_danish_phrasing(danish_site: Database):
    with danish_site.read() as session:
        keys = dict(session.execute(select(Guide.id, Guide.key)).all())
        languages = set(session.scalars(select(Guide.language)))
        first = {query: [keys[hit.guide_id] for hit in search_guides(session, query, 3)][:1]
                 for query, _ in PHRASINGS}
    assert languages == {"da"}
    assert {guide for _, guide in PHRASINGS} == set(keys.values())  # one phrasing for each of the 26
    missed = {query: (first[query], guide) for query, guide in PHRASINGS if first[query] != [guide]}
    assert missed == {}


def test_an_everyday_word_finds_the_guide_only_through_its_danish_search_word(danish_site: Database):
    """"wiseflow" is in no guide: without its search word it finds nothing, with it the submission guide."""
    with danish_site.read() as session:
        text = " ".join(session.scalars(select(Guide.body)))
        found = [hit.guide_id for hit in search_guides(session, "wiseflow", 3)]
        submission = session.scalars(select(Guide.id).where(Guide.key == "lms-submission")).one()
    assert "wiseflow" not in text.lower()
    assert found[:1] == [submission]
