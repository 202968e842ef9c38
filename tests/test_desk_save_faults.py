"""A save that cannot be written is never silent: real faults, real keys, assertions on the database.

Each cause is made for real: a second process holding SQLite's write lock, a full (tmpfs) file system, a
stopped PostgreSQL server. In each, Enter leaves the form exactly as typed, the draft stays on disk, the
message says why in plain words, the status bar says the database is unavailable, and the next Enter after
the fault is gone saves the enquiry once.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

from deskapp.db import Database
from deskapp.db.models import Enquiry
from deskapp.platform.actor import Actor
from deskapp.platform.failures import FailureKind
from deskapp.ui.connection_watch import ConnectionWatch
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.status_bar import DeskStatusBar
from tests.desk_helpers import DESK_NAME, DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page
from tests.fault_helpers import made_unwritable, write_lock_held
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
def test_enter_while_another_process_holds_the_write_lock_keeps_the_form_and_retries(
        qtbot: QtBot, quick_busy_db: Database, db_path: Path, tmp_path: Path) -> None:
    world = make_world(quick_busy_db)
    page, status = open_desk(qtbot, world, world.alice, tmp_path)
    type_an_enquiry(qtbot, page, world.alice)
    with write_lock_held(db_path):
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_kept_and_said(page, status, world.alice, "busy")
        qtbot.keyClick(page.form.notes, Qt.Key.Key_F1)  # a quick key fails just as visibly
        assert "busy" in page.form.message.text()
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


# --- a file made read-only while the app runs ------------------------------------------------------------------
def test_enter_after_the_file_turned_read_only_keeps_the_form_says_so_and_retries(
        qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    database = Database(db_path)
    try:
        world = make_world(database)
        page, status = open_desk(qtbot, world, world.alice, tmp_path)
        type_an_enquiry(qtbot, page, world.alice)
        sidecars = [db_path.with_name(db_path.name + "-wal")]
        with made_unwritable(db_path, *[f for f in sidecars if f.exists()]):
            qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
            assert_kept_and_said(page, status, world.alice, "cannot be written")
            assert "reached" not in page.form.message.text()  # not "the server is down": a file is local
        assert count(database) == 0
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)  # the same Enter, once the file is writable
        assert_saved_once(page, status, database, world.alice)
    finally:
        database.dispose()
    # What was acknowledged is in the file for a fresh connection, and the file is whole.
    fresh = Database(db_path)
    try:
        assert count(fresh) == 1
        with fresh.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        fresh.dispose()


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


@pytest.mark.postgres
def test_a_postgresql_outage_shows_before_anyone_saves_and_clears_itself_when_the_server_is_back(
        qtbot: QtBot, pg_db: Database, pg_server: PostgresServer, tmp_path: Path) -> None:
    """Nobody presses a key: the watch notices the server stop and start. The next save then works in the
    same window, on a connection made after the outage."""
    world = make_world(pg_db)
    page, status = open_desk(qtbot, world, world.alice, tmp_path)
    watch = ConnectionWatch(page.context, page, healthy_ms=200, down_ms=200)
    watch.start()
    type_an_enquiry(qtbot, page, world.alice)
    pg_server.pause()
    try:
        qtbot.waitUntil(lambda: status.database.isVisibleTo(status), timeout=15_000)
        assert "unavailable" in status.database.text() and "cannot be reached" in status.database.toolTip()
        qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
        assert_kept_and_said(page, status, world.alice, "cannot be reached")
    finally:
        pg_server.resume()
    qtbot.waitUntil(lambda: not status.database.isVisibleTo(status), timeout=15_000)
    assert "reached again" in status.currentMessage()
    assert page.form.notes.text() == NOTE  # still as typed
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    assert_saved_once(page, status, pg_db, world.alice)


def test_the_watch_leaves_a_full_disk_warning_up_when_a_query_works(qtbot: QtBot, db: Database, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A query that works says nothing about a full disk: only an outage of the server is cleared."""
    world = make_world(db)
    page, status = open_desk(qtbot, world, world.alice, tmp_path)
    monkeypatch.setattr(type(db), "is_sqlite", property(lambda _self: False))  # watch this file as a server
    watch = ConnectionWatch(page.context, page, healthy_ms=50, down_ms=50)
    page.context.bus.set_reachable(False, "The disk that holds the database is full.", FailureKind.DISK_FULL)
    watch.start()
    qtbot.wait(400)
    assert status.database.isVisibleTo(status)
    page.context.bus.set_reachable(False, "The database cannot be reached.", FailureKind.UNREACHABLE)
    qtbot.waitUntil(lambda: not status.database.isVisibleTo(status), timeout=5_000)
