"""End to end in a real X window: the app as a desk PC runs it, driven by xdotool key presses.

The test setup starts Xvfb (installing it and xdotool from the system's packages when it may) and the app as
its own process over a database prepared here; it then signs in, logs by F-key, types and undoes a note,
presses Esc and Ctrl+Z, back-dates, locks and signs in again, and checks the database: exactly what was
acknowledged is in the log, nothing else, and nothing was deleted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Category, Enquiry
from deskapp.people.staff import add_staff
from deskapp.platform.actor import Actor
from deskapp.platform.desks import ensure_desk
from tests.system_packages import install

pytestmark = pytest.mark.slow
DESK = "Main Library – Ground floor desk"


def _install_tools() -> str:
    """'' when Xvfb and xdotool are there (installed once as root where they may be), else why not."""
    return install(["Xvfb", "xdotool"], ["xvfb", "xdotool", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0",
                                         "libxcb-xinerama0", "libxkbcommon-x11-0"])


@pytest.fixture
def display() -> Iterator[str]:
    reason = _install_tools()
    if reason:
        pytest.skip(reason)
    for number in range(140, 190):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    name = f":{number}"
    server = subprocess.Popen(["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb did not start")
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for(check: Callable[[], object], seconds: float, what: str) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(what)


class Desk:
    """The running app and the keys a person presses."""

    def __init__(self, display: str, app: subprocess.Popen) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.app = app

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True).stdout

    def focus_window(self) -> None:
        # No window manager runs under Xvfb: give the app's newest visible window the keyboard ourselves.
        windows = wait_for(lambda: self.xdotool("search", "--onlyvisible", "--pid", str(self.app.pid)).split(),
                           60, "the app showed no window")
        self.xdotool("windowfocus", "--sync", windows[-1])  # type: ignore[index]

    def keys(self, *names: str) -> None:
        self.xdotool("key", "--delay", "120", *names)
        time.sleep(0.4)

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):  # ImageMagick: what the screen showed when a step failed
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, capture_output=True)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "60", text)
        time.sleep(0.4)


@pytest.fixture
def prepared(db_path: Path, tmp_path: Path) -> Path:
    database = Database(db_path)
    with database.write() as session:
        add_staff(session, Actor.cli(), "Lena Larsen", "LL", "leader", "leader-pass")  # (else: first run)
        add_staff(session, Actor.cli(), "Alice Ahmed", "AA", "staff", "2468")
        ensure_desk(session, DESK, Actor.cli())
    database.dispose()
    return db_path


def start_app(display: str, db_path: Path, tmp_path: Path) -> subprocess.Popen:
    home = tmp_path / "home"
    config = home / ".config" / "deskapp"
    config.mkdir(parents=True)
    (config / "deskapp.toml").write_text(f'desk_name = "{DESK}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), DESKAPP_DB=str(db_path),
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    with (tmp_path / "app.log").open("w") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-m", "deskapp"], env=env, stdout=subprocess.DEVNULL,
                                stderr=log, cwd=tmp_path)


def rows(db_path: Path) -> list[tuple[int, str, str, datetime]]:
    database = Database(db_path)
    try:
        with database.read() as session:
            return [(e.id, key, e.notes, e.asked_at) for e, key in session.execute(
                select(Enquiry, Category.key).join(Category, Category.id == Enquiry.category_id)
                .order_by(Enquiry.id))]
    finally:
        database.dispose()


def test_a_shift_by_keyboard_in_a_real_window_keeps_exactly_what_was_acknowledged(
        display: str, prepared: Path, tmp_path: Path) -> None:
    app = start_app(display, prepared, tmp_path)
    desk = Desk(display, app)
    try:
        desk.focus_window()
        time.sleep(1.5)
        desk.type("Alice")
        desk.keys("Return")
        desk.type("2468")
        desk.keys("Return")
        time.sleep(2.5)  # the PIN check (Argon2) and the desk page
        desk.focus_window()

        desk.keys("F1")  # a quick key: one enquiry
        [(first_id, f1_key, _notes, _at)] = wait_for(lambda: rows(prepared), 15, "F1 logged nothing")  # type: ignore[misc]

        desk.type("edu")
        desk.keys("alt+n")  # to the notes
        desk.type("android")
        desk.keys("ctrl+z", "ctrl+z", "ctrl+z")  # the note's own undo, then nothing more
        time.sleep(1)
        assert [r[0] for r in rows(prepared)] == [first_id], "Ctrl+Z in the notes reached the saved enquiry"

        desk.keys("Escape")  # an accidental Esc...
        desk.keys("ctrl+z")  # ...comes back
        desk.keys("alt+a")  # asked at
        desk.type("yesterday 16:00")
        desk.keys("Return")
        second = wait_for(lambda: rows(prepared)[1:], 15, "the restored form was not saved")

        desk.keys("ctrl+l")  # lock; sign in again
        time.sleep(1)
        desk.focus_window()
        desk.type("Alice")
        desk.keys("Return")
        desk.type("2468")
        desk.keys("Return")
        time.sleep(2.5)
        desk.focus_window()
        desk.keys("F1")
        wait_for(lambda: len(rows(prepared)) == 3, 15, "F1 after signing in again logged nothing")
    except AssertionError:
        desk.screenshot(tmp_path / "failed.png")
        print("screen at the failure:", tmp_path / "failed.png", "app log:", tmp_path / "app.log")
        raise
    finally:
        app.terminate()
        try:
            app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()

    log = rows(prepared)
    assert [r[1] for r in log] == [f1_key, "it-wifi", f1_key]  # F1 still meant the same after signing in again
    [(_id, _key, notes, asked_at)] = second  # type: ignore[misc]
    yesterday = (datetime.now(UTC).astimezone() - timedelta(days=1)).date()
    local = asked_at.astimezone()
    assert (local.date(), local.hour, local.minute) == (yesterday, 16, 0)
    assert notes == ""  # the undone note stayed undone
    database = Database(prepared)
    with database.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "enquiry")))
    database.dispose()
    assert actions == ["create", "create", "create"]  # nothing acknowledged was deleted along the way
