"""While another PC holds the setup lock of a shared PostgreSQL database, this desk's start-up shows who it
waits for in a window that keeps painting, and opens by itself when the lock is released."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from deskapp.db import Database
from deskapp.db.migrate import MIGRATION_LOCK_KEY
from deskapp.startup.database import open_database
from deskapp.ui.startup_wait import QuitWhileWaiting, open_with_visible_wait

ROOT = Path(__file__).resolve().parents[1]
HOLDER = f"""
import sys, psycopg
conn = psycopg.connect(sys.argv[1], autocommit=True, application_name="deskapp on FRONT-DESK-2")
conn.execute("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")
print("held", flush=True)
sys.stdin.readline()
conn.close()
"""


def hold_setup_lock(db: Database) -> subprocess.Popen:
    url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert holder.stdout.readline().strip() == "held"
    return holder


def wait_dialog() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "setupWaitDialog" and w.isVisible()]
    return found[0] if found else None


@pytest.mark.postgres
def test_start_up_shows_who_it_waits_for_keeps_painting_and_opens_when_the_lock_is_released(qtbot, pg_db) -> None:
    url = pg_db.url.render_as_string(hide_password=False)
    holder = hold_setup_lock(pg_db)
    seen: dict[str, object] = {"ticks": 0}

    def tick() -> None:  # runs only if the GUI thread is free: the window is not frozen
        seen["ticks"] = int(seen["ticks"]) + 1
        dialog = wait_dialog()
        if dialog is not None and "text" not in seen:
            seen["text"] = dialog.labelText()
        if dialog is not None and int(seen["ticks"]) > 10 and holder.poll() is None:
            holder.stdin.write("release\n")  # the other PC finishes its upgrade
            holder.stdin.flush()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    opened = open_with_visible_wait(lambda on_wait: open_database(url, on_wait=on_wait))
    timer.stop()
    holder.wait(timeout=30)
    opened.db.dispose()

    assert "deskapp on FRONT-DESK-2" in str(seen["text"]) and "waits for it to finish" in str(seen["text"])
    assert int(seen["ticks"]) > 10
    assert wait_dialog() is None


@pytest.mark.postgres
def test_quit_during_the_wait_leaves_without_opening(qtbot, pg_db) -> None:
    url = pg_db.url.render_as_string(hide_password=False)
    holder = hold_setup_lock(pg_db)
    try:
        def press_quit() -> None:
            dialog = wait_dialog()
            if dialog is not None:
                dialog.findChild(QPushButton).click()  # the person clicks Quit

        timer = QTimer()
        timer.timeout.connect(press_quit)
        timer.start(50)
        with pytest.raises(QuitWhileWaiting):
            open_with_visible_wait(lambda on_wait: open_database(url, on_wait=on_wait))
        timer.stop()
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def test_what_the_opening_raises_is_raised_on_the_gui_thread(qtbot, tmp_path) -> None:
    def fails(_on_wait):
        raise ValueError("the file is not a deskapp database")

    with pytest.raises(ValueError, match="not a deskapp database"):
        open_with_visible_wait(fails)
    opened = open_with_visible_wait(lambda on_wait: open_database(str(tmp_path / "desk.sqlite3"), on_wait=on_wait))
    assert opened.db.sqlite_path == tmp_path / "desk.sqlite3"
    opened.db.dispose()


def test_no_wait_window_flashes_up_when_nothing_is_waited_for(qtbot) -> None:
    shown: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: shown.append(wait_dialog() is not None))
    timer.start(20)

    def slow_open(_on_wait):
        time.sleep(4.5)  # longer than QProgressDialog's own 4 s show timer; no other PC holds the lock
        return "opened"

    assert open_with_visible_wait(slow_open) == "opened"
    timer.stop()
    assert shown and not any(shown)
