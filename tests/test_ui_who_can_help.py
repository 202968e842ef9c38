"""F9 on the desk: who can help now, by keyboard, asserted on the database; and two desks on one PostgreSQL
server, where a colleague signing in at the other desk (another process) appears within seconds."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import DeskSession, Enquiry, TrainingRecord
from deskapp.people.staff import add_staff
from deskapp.platform.actor import Actor
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.desk.who_can_help import POLL_MS
from tests import report_data as rd
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page

ALT = Qt.KeyboardModifier.AltModifier
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def bob_upstairs(world: DeskWorld, level: int = 4) -> None:
    now = datetime.now(UTC)
    with world.db.write() as session:
        rd.set_level(session, world.bob.staff_id, "eduroam-android", level)  # type: ignore[arg-type]
        session.add(DeskSession(staff_id=world.bob.staff_id, desk_id=world.other_desk_id,
                                signed_in_at=now - timedelta(hours=1), last_seen_at=now))


def wifi_android(qtbot: QtBot, page: DeskPage) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.keyClick(page.form.candidates, "3")  # Android


def test_f9_then_one_digit_refers_the_enquiry_and_records_the_learning_for_both(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    bob_upstairs(world)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    wifi_android(qtbot, page)
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_F9)
    assert page.helpers.hasFocus()
    assert page.helpers.rows.text() == ("1  Bob Brown (BB) · Science Library – Help point · "
                                        "Configure eduroam on Android 4")
    qtbot.keyClick(page.helpers, "1")
    assert page.form.outcome.current_id == world.outcome("referred-colleague")
    assert page.helpers.heading.text().startswith("Referred to Bob Brown")
    qtbot.keyClick(page.helpers, Qt.Key.Key_Return)
    with world.db.read() as session:
        [enquiry] = session.scalars(select(Enquiry)).all()
        learning = sorted((t.staff_id, t.kind) for t in session.scalars(select(TrainingRecord)))
    assert enquiry.outcome_id == world.outcome("referred-colleague")
    assert learning == sorted([(world.alice.staff_id, "from-colleague"), (world.bob.staff_id, "peer-session")])
    assert "referred to Bob Brown; learning recorded for both of you" in page.confirmation.text()
    assert not page.helpers.isVisible()  # the next enquiry starts without a pick
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # a mistake
    with world.db.read() as session:
        assert session.scalars(select(Enquiry)).all() == [] and session.scalars(select(TrainingRecord)).all() == []


def test_nobody_with_the_skill_says_so_and_esc_leaves_the_enquiry_as_typed(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    bob_upstairs(world, level=2)  # can do it with a guide only: not offered
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    wifi_android(qtbot, page)
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_F9)
    assert page.helpers.heading.text().startswith("Nobody signed in right now holds")
    qtbot.keyClick(page.helpers, Qt.Key.Key_Escape)
    assert not page.helpers.isVisible() and page.form.category.chosen_id == world.category("it-wifi")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    with world.db.read() as session:
        assert session.scalars(select(Enquiry.outcome_id)).all() == [world.outcome("resolved")]


def test_f9_before_any_skill_says_what_to_do(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F9)
    assert not page.helpers.isVisible() and "Choose a category or a skill first" in page.confirmation.text()


SIGN_IN = """
import sys
from deskapp.db import Database
from deskapp.people.auth import sign_in
database = Database(sys.argv[1])
sign_in(database, int(sys.argv[2]), "1357", sys.argv[3])
database.dispose()
"""


def test_two_desks_on_postgresql_see_a_colleague_who_just_signed_in_upstairs_within_seconds(
        qtbot: QtBot, pg_db: Database, tmp_path: Path) -> None:
    world = make_world(pg_db)
    with pg_db.write() as session:
        ina = add_staff(session, Actor.cli(), "Ina Ivers", "II", "staff", "1357")
        rd.set_level(session, ina, "eduroam-android", 3)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    wifi_android(qtbot, page)
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_F9)
    assert page.helpers.heading.text().startswith("Nobody signed in right now")
    # Upstairs, another desk's app (another process) signs Ina in.
    subprocess.run([sys.executable, "-c", SIGN_IN, pg_db.url.render_as_string(hide_password=False), str(ina),
                    "Science Library – Help point"], cwd=ROOT, check=True, timeout=60)
    signed_in = time.monotonic()
    qtbot.waitUntil(lambda: "Ina Ivers (II) · Science Library – Help point" in page.helpers.rows.text(),
                    timeout=POLL_MS + 2000)
    assert time.monotonic() - signed_in <= (POLL_MS + 2000) / 1000
    qtbot.keyClick(page.helpers, "1")
    qtbot.keyClick(page.helpers, Qt.Key.Key_Return)
    with pg_db.read() as session:
        assert sorted(t.staff_id for t in session.scalars(select(TrainingRecord))) == sorted(
            [world.alice.staff_id, ina])
