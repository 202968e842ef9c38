"""The patron's “How did we do?” window after a save at the desk: asked only where a leader turned it on,
answered by 1/2/3 or a click, skipped by Esc, never taking the keyboard from the desk worker, and back on the
screen and at the place it was moved to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Enquiry, PatronRating
from deskapp.desk.patron_rating import set_rating_enabled
from deskapp.platform.changes import Change
from deskapp.ui.desk.page import DeskPage
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page
from tests.fault_helpers import write_lock_held


@pytest.fixture
def world(db: Database) -> DeskWorld:
    world = make_world(db)
    with db.write() as session:
        set_rating_enabled(session, world.lena, world.desk_id, True)
    return world


def save_one(qtbot: QtBot, page: DeskPage, category: str = "print") -> int:
    qtbot.keyClicks(page.form.category.edit, category)
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    with page.context.db.read() as session:
        return max(session.scalars(select(Enquiry.id)))


def ratings(world: DeskWorld) -> list[tuple[int, str]]:
    with world.db.read() as session:
        return [(r.enquiry_id, r.rating) for r in session.scalars(select(PatronRating).order_by(PatronRating.id))]


def test_after_a_save_the_patron_answers_with_one_key_and_the_desk_keeps_the_keyboard(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    enquiry = save_one(qtbot, page)
    window = page.rating.window
    assert window.isVisible() and window.enquiry_id == enquiry
    assert page.form.category.edit.hasFocus()  # the next patron's enquiry can be typed straight away
    qtbot.keyClick(window, "1")
    assert ratings(world) == [(enquiry, "good")]
    assert window.thanks.isVisible() and not window.good.isVisible()


def test_esc_skips_and_a_click_rates_the_next_one(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    window = page.rating.window
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and ratings(world) == []
    second = save_one(qtbot, page)
    assert window.isVisible() and window.enquiry_id == second
    qtbot.mouseClick(window.poor, Qt.MouseButton.LeftButton)
    assert ratings(world) == [(second, "poor")]


def test_a_newer_save_replaces_an_unanswered_question(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    second = save_one(qtbot, page)
    qtbot.keyClick(page.rating.window, "3")
    assert ratings(world) == [(second, "poor")]  # the first patron left without answering


def test_a_desk_where_no_leader_turned_it_on_never_asks(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    world = make_world(db)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    assert not page.rating.window.isVisible()
    with db.write() as session:  # turned on while the desk is open: the next save asks
        set_rating_enabled(session, world.lena, world.desk_id, True)
    page.context.bus.announce(Change.SETTINGS)  # what the runner publishes after such a write
    second = save_one(qtbot, page)
    assert page.rating.window.isVisible() and page.rating.window.enquiry_id == second


def test_a_rating_that_cannot_be_saved_says_so_at_the_desk(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    with world.db.write() as session:  # a leader turned it off meanwhile, at another PC
        set_rating_enabled(session, world.lena, world.desk_id, False)
    qtbot.keyClick(page.rating.window, "2")
    assert ratings(world) == []
    assert "rating was not saved" in page.confirmation.text()
    assert not page.rating.window.isVisible() and not page.rating.window.thanks.isVisible()


def test_the_window_comes_back_where_it_was_moved(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    page.rating.window.move(QPoint(37, 53))
    qtbot.keyClick(page.rating.window, Qt.Key.Key_Escape)
    place = page.rating.window.pos()
    page.close()
    again = open_page(qtbot, make_context(world, world.alice, tmp_path))  # the desk opened again
    save_one(qtbot, again)
    assert again.rating.window.pos() == place


def test_undoing_the_save_takes_the_question_away(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    assert page.rating.window.isVisible()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.rating.window.isVisible() and page.rating.window.enquiry_id is None


def test_the_first_time_it_opens_in_the_corner_clear_of_the_desk_form(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    save_one(qtbot, page)
    area = page.screen().availableGeometry()
    window = page.rating.window.frameGeometry()
    assert area.right() - 40 <= window.right() <= area.right()  # in the bottom right corner
    assert area.bottom() - 80 <= window.bottom() <= area.bottom()


def test_a_rating_made_while_another_program_holds_the_lock_is_not_thanked_and_can_be_given_again(
        qtbot: QtBot, quick_busy_db: Database, db_path: Path, tmp_path: Path) -> None:
    world = make_world(quick_busy_db)
    with quick_busy_db.write() as session:
        set_rating_enabled(session, world.lena, world.desk_id, True)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    enquiry = save_one(qtbot, page)
    with write_lock_held(db_path):
        qtbot.keyClick(page.rating.window, "1")
        assert "rating was not saved" in page.confirmation.text() and "busy" in page.confirmation.text()
        assert not page.rating.window.thanks.isVisible()
        assert page.rating.window.isVisible()  # the question stays up for the patron to answer again
    assert ratings(world) == []
    qtbot.keyClick(page.rating.window, "1")  # the same answer, once the lock is gone
    assert ratings(world) == [(enquiry, "good")]
