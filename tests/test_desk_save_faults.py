"""A save that cannot be written is never silent: real faults, real keys, assertions on the database.

Each cause is made for real: a second process holding SQLite's write lock, a full (tmpfs) file system, a
stopped PostgreSQL server. In each, Enter leaves the form exactly as typed, the draft stays on disk, the
message says why in plain words, the status bar says the database is unavailable, and the next Enter after
the fault is gone saves the enquiry once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

import deskapp.db.engine as engine_module
from deskapp.db import Database
from deskapp.db.models import Enquiry
from deskapp.platform.actor import Actor
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.status_bar import DeskStatusBar
from tests.desk_helpers import DESK_NAME, DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page
from tests.pg_server import PostgresServer

NOTE = "android phone, profile reinstalled"


def count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Enquiry)) or 0


def open_desk(qtbot: QtBot, world: DeskWorld, actor: Actor, tmp_path: Path) -> tuple[DeskPage, DeskStatusBar]:
    context = make_context(world, actor, tmp_path)
    status = DeskStatusBar()
    qtbot.addWidget(status)
    context.bus.reachability_changed.connect(status.show_database_state)
    return open_page(qtbot, context), status


def type_an_enquiry(qtbot: QtBot, page: DeskPage, actor: Actor) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_3)  # READ 3
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, NOTE)
    qtbot.waitUntil(lambda: (page.drafts.load(DESK_NAME, actor.staff_id or 0) or {}).get("notes") == NOTE)


def assert_kept_and_said(page: DeskPage, status: DeskStatusBar, actor: Actor, words: str) -> None:
    assert page.form.notes.text() == NOTE and page.form.read.current_id == 3
    assert page.form.category.edit.text() == "Wi-Fi / eduroam"
    assert page.form.message.isVisibleTo(page) and words in page.form.message.text()
    assert "Nothing was lost" in page.form.message.text()
    assert not page.confirmation.text().startswith("Logged")
    assert (page.drafts.load(DESK_NAME, actor.staff_id or 0) or {}).get("notes") == NOTE
    assert status.database.isVisibleTo(status) and "unavailable" in status.database.text()


def assert_saved_once(page: DeskPage, status: DeskStatusBar, db: Database, actor: Actor) -> None:
    with db.read() as session:
        [notes] = session.scalars(select(Enquiry.notes)).all()
    assert notes == NOTE
    assert page.confirmation.text().startswith("Logged: Wi-Fi / eduroam")
    assert page.drafts.load(DESK_NAME, actor.staff_id or 0) is None
    assert not status.database.isVisibleTo(status)


# --- a held write lock ------------------------------------------------------------------------------------------
HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
connection.execute("ROLLBACK")
"""


@pytest.fixture
def quick_busy_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The real busy wait, shortened from 10 s to 1 s so the test does not idle."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 1000)
    database = Database(db_path)
    yield database
    database.dispose()


def test_enter_while_another_process_holds_the_write_lock_keeps_the_form_and_retries(
        qtbot: QtBot, quick_busy_db: Database, db_path: Path, tmp_path: Path) -> None:
    world = make_world(quick_busy_db)
    page, status = open_desk(qtbot, world, world.alice, tmp_path)
    type_an_enquiry(qtbot, page, world.alice)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_kept_and_said(page, status, world.alice, "busy")
        qtbot.keyClick(page.form.notes, Qt.Key.Key_F1)  # a quick key fails just as visibly
        assert "busy" in page.form.message.text()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    assert count(quick_busy_db) == 0
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)  # the same Enter, once the lock is gone
    assert_saved_once(page, status, quick_busy_db, world.alice)


# --- a full file system -----------------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB tmpfs: the database lives on it and a filler file fills it up."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'mount failed'}); "
                    "the disk-full case needs root or a user mount")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


def test_enter_on_a_full_disk_keeps_the_form_says_disk_full_and_retries(
        qtbot: QtBot, db_path: Path, small_disk: Path, tmp_path: Path) -> None:
    live = small_disk / "deskapp.sqlite3"
    shutil.copyfile(db_path, live)
    database = Database(live)
    try:
        world = make_world(database)
        with database.engine.connect() as conn:  # an empty WAL: the next write must grow a file
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        page, status = open_desk(qtbot, world, world.alice, tmp_path)  # drafts live on the other disk
        type_an_enquiry(qtbot, page, world.alice)
        filler = fill(small_disk)
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_kept_and_said(page, status, world.alice, "disk")
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)  # still full: still said, still kept
        assert_kept_and_said(page, status, world.alice, "disk")
        filler.unlink()
        assert count(database) == 0
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_saved_once(page, status, database, world.alice)
    finally:
        database.dispose()


# --- a stopped PostgreSQL server --------------------------------------------------------------------------------
@pytest.mark.postgres
def test_enter_with_the_postgresql_server_stopped_keeps_the_form_and_saves_when_it_is_back(
        qtbot: QtBot, pg_db: Database, pg_server: PostgresServer, tmp_path: Path) -> None:
    world = make_world(pg_db)
    page, status = open_desk(qtbot, world, world.alice, tmp_path)
    type_an_enquiry(qtbot, page, world.alice)
    pg_server.pause()
    try:
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_kept_and_said(page, status, world.alice, "cannot be reached")
    finally:
        pg_server.resume()
    assert count(pg_db) == 0
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    assert_saved_once(page, status, pg_db, world.alice)
