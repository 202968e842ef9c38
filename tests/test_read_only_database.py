"""A database this PC's user may not write (read-only file, unreadable file, folder without write access)
is called what it is, in one plain line or a Retry box, never "damaged" or "cannot be reached", and
nothing is written. The fault is real: deskapp runs as another user (nobody) on files root owns."""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Desk
from deskapp.db.write_faults import DatabaseWriteError, diagnose
from deskapp.platform.failures import FailureKind, describe_failure
from tests.fault_helpers import made_unwritable

ROOT = Path(__file__).resolve().parents[1]
OTHER_USER = "nobody"

WINDOW = """
import sys
from deskapp.startup.database import open_database
from deskapp.ui.connection_error import open_until_reachable, retry_box
from PySide6.QtWidgets import QApplication
app = QApplication([])
def ask(error):
    box = retry_box(error)
    print("asked", box.windowTitle(), "|", box.text().splitlines()[0], "|", box.detailedText(), flush=True)
    return sys.stdin.readline().strip() == "retry"
opened = open_until_reachable(lambda: open_database(sys.argv[1]), ask)
print("opened" if opened else "quit", flush=True)
"""


def _runs_as_other_user() -> str | None:
    if os.geteuid() != 0:
        return "needs root, to run deskapp as another user"
    if shutil.which("runuser") is None:
        return "runuser is not installed"
    done = subprocess.run(["runuser", "-u", OTHER_USER, "--", sys.executable, "-c", "import deskapp, PySide6"],
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd="/")
    return None if done.returncode == 0 else f"user {OTHER_USER} cannot run this Python: {done.stderr[-200:]!r}"


@pytest.fixture
def shared_folder(template_sqlite: Path) -> Iterator[Path]:
    why = _runs_as_other_user()
    if why:
        pytest.skip(why)
    folder = Path(tempfile.mkdtemp(prefix="deskapp-ro-", dir="/tmp"))
    folder.chmod(0o755)  # root's; others may look but not create files
    (folder / "home").mkdir(mode=0o777)
    (folder / "home").chmod(0o777)
    shutil.copyfile(template_sqlite, folder / "desk.sqlite3")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_other_user(folder: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    home = folder / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DESKAPP_DB", None)
    return subprocess.run(["runuser", "-u", OTHER_USER, "--", sys.executable, *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd="/", timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()  # this test process has no connection to it


def test_a_read_only_file_is_called_read_only_in_one_line_and_nothing_is_written(shared_folder: Path) -> None:
    live = shared_folder / "desk.sqlite3"
    live.chmod(0o644)
    before = digest(live)

    done = as_other_user(shared_folder, "-m", "deskapp", "--db", str(live), "staff", "list")

    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("deskapp: The database") and "cannot be written" in line
    assert "damaged" not in line and "Cannot reach" not in line
    assert digest(live) == before and not (shared_folder / "desk.sqlite3-wal").exists()


def test_a_file_this_user_may_not_read_says_so_not_cannot_be_reached(shared_folder: Path) -> None:
    live = shared_folder / "desk.sqlite3"
    live.chmod(0o600)

    done = as_other_user(shared_folder, "-m", "deskapp", "--db", str(live), "staff", "list")

    [line] = done.stderr.strip().splitlines()
    assert "cannot be written" in line and f"this user may not read the file {live}" in line
    assert "Cannot reach" not in line


def test_a_new_database_in_a_folder_this_user_may_not_write_names_the_folder(shared_folder: Path) -> None:
    done = as_other_user(shared_folder, "-m", "deskapp", "--db", str(shared_folder / "new.sqlite3"), "staff", "list")

    [line] = done.stderr.strip().splitlines()
    assert f"this user may not create files in the folder {shared_folder}" in line
    assert not (shared_folder / "new.sqlite3").exists()


def test_the_window_says_it_cannot_be_written_and_opens_after_retry_once_access_is_given(
        shared_folder: Path) -> None:
    live = shared_folder / "desk.sqlite3"
    live.chmod(0o644)
    home = shared_folder / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(["runuser", "-u", OTHER_USER, "--", sys.executable, "-c", WINDOW, str(live)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd="/")
    try:
        asked = child.stdout.readline()
        assert asked.startswith("asked The database cannot be written | The database file is read-only"), asked
        assert "damaged" not in asked
        # IT support gives the desk's user write access to the file and its folder; the person chooses Retry.
        user = pwd.getpwnam(OTHER_USER)
        os.chown(live, user.pw_uid, user.pw_gid)
        shared_folder.chmod(0o777)
        child.stdin.write("retry\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "opened"
    finally:
        child.stdin.close()
        child.wait(timeout=60)


# --- turned read-only while deskapp has it open -------------------------------------------------------------
def test_a_save_into_a_file_turned_read_only_under_the_app_is_called_read_only_and_kept_out(
        db_path: Path) -> None:
    database = Database(db_path)
    try:
        with database.write() as session:
            session.add(Desk(name="Main Library – Ground floor"))
        sidecars = [db_path.with_name(db_path.name + "-wal")]
        with made_unwritable(db_path, *[f for f in sidecars if f.exists()]):
            with pytest.raises(DatabaseWriteError) as raised, database.write() as session:
                session.add(Desk(name="Science Library – Help point"))
            failure = describe_failure(raised.value)
            assert failure.kind is FailureKind.READ_ONLY
            assert "cannot be written" in failure.message
        with database.write() as session:  # writable again: the same connection pool saves
            session.add(Desk(name="Law Library – Counter"))
    finally:
        database.dispose()
    reopened = Database(db_path)
    try:
        with reopened.read() as session:
            names = set(session.scalars(select(Desk.name)))
        assert {"Main Library – Ground floor", "Law Library – Counter"} <= names
        assert "Science Library – Help point" not in names
    finally:
        reopened.dispose()


def test_a_database_whose_folder_is_gone_is_called_unreachable_not_read_only(tmp_path: Path) -> None:
    found = diagnose(tmp_path / "share-that-went-away" / "desk.sqlite3")

    assert found is not None and describe_failure(found).kind is FailureKind.UNREACHABLE
