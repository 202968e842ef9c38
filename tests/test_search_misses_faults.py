"""Counting a missed search is bookkeeping beside the person's work: when the database cannot take the
write (a second process holds SQLite's write lock, for real), the person is not interrupted, the failure is
logged, and the searches after the fault is gone are counted."""

from __future__ import annotations

import logging
from pathlib import Path

from deskapp.db import Database
from deskapp.guides.misses import frequent_misses
from deskapp.ui.guides.page import GuidesPage
from tests.fault_helpers import write_lock_held
from tests.guide_helpers import make_people
from tests.guide_ui_helpers import Answers, context_for


def test_a_held_write_lock_loses_only_that_count_and_says_so_in_the_log(qtbot, quick_busy_db: Database,
                                                                       db_path: Path, caplog):
    people = make_people(quick_busy_db)
    dialogs = Answers()
    page = GuidesPage(context_for(quick_busy_db, people.staff, dialogs))
    qtbot.addWidget(page)
    with write_lock_held(db_path):
        page.search.setText("printer credit refund")
        page.run_search()
        with caplog.at_level(logging.WARNING):
            page.search.clear()
            page.run_search()
        assert "a missed search was not counted" in caplog.text
        assert dialogs.told == []  # nobody at the desk is interrupted for it
    page.search.setText("fax machine")
    page.run_search()
    page.search.clear()
    page.run_search()
    with quick_busy_db.read() as session:
        assert [(m.query, m.searches) for m in frequent_misses(session)] == [("fax machine", 1)]
