"""Counting a missed search is bookkeeping beside the person's work: when the database cannot take the
write (a second process holds SQLite's write lock, for real), the person is not interrupted, the failure is
logged, and the searches after the fault is gone are counted."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from deskapp.db import Database
from deskapp.guides.misses import frequent_misses
from deskapp.ui.guides.page import GuidesPage
from tests.guide_helpers import make_people
from tests.guide_ui_helpers import Answers, context_for
from tests.test_desk_save_faults import HOLD_LOCK, quick_busy_db  # noqa: F401  (the fixture)


def test_a_held_write_lock_loses_only_that_count_and_says_so_in_the_log(qtbot, quick_busy_db: Database,  # noqa: F811
                                                                       db_path: Path, caplog):
    people = make_people(quick_busy_db)
    dialogs = Answers()
    page = GuidesPage(context_for(quick_busy_db, people.staff, dialogs))
    qtbot.addWidget(page)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        page.search.setText("printer credit refund")
        page.run_search()
        with caplog.at_level(logging.WARNING):
            page.search.clear()
            page.run_search()
        assert "a missed search was not counted" in caplog.text
        assert dialogs.told == []  # nobody at the desk is interrupted for it
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    page.search.setText("fax machine")
    page.run_search()
    page.search.clear()
    page.run_search()
    with quick_busy_db.read() as session:
        assert [(m.query, m.searches) for m in frequent_misses(session)] == [("fax machine", 1)]
