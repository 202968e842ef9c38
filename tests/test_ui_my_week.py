"""My record ▸ the week and its one-line reflection: what the person did this week is shown, Alt+F and Enter
keep the line, a reload never overwrites a line being typed, and a team leader can read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import WeeklyReflection
from deskapp.people.reflection import my_week
from deskapp.ui.skills.my_record_tab import MyRecordTab
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context
from tests.fault_helpers import write_lock_held


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def open_tab(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> MyRecordTab:
    tab = MyRecordTab(make_context(world, world.alice, tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_week_is_shown_and_enter_keeps_the_reflection_for_the_leader_to_read(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    android = world.ref.by_key("skills", "eduroam-android").id  # type: ignore[union-attr]
    world.log(world.alice, "it-wifi", skill_ids=(android,))
    tab = open_tab(qtbot, world, tmp_path)
    assert "Skills used: Configure eduroam on Android (1)" in tab.week.text()
    assert "New to you: Configure eduroam on Android" in tab.week.text()
    qtbot.keyClicks(tab.reflection, "Ask Bob sooner")
    qtbot.keyClick(tab.reflection, Qt.Key.Key_Return)
    assert tab.reflection_saved.text() == "Kept for this week."
    with world.db.read() as session:
        assert session.scalars(select(WeeklyReflection.text)).all() == ["Ask Bob sooner"]
        assert my_week(session, world.lena, world.alice.staff_id).reflection == "Ask Bob sooner"
    again = open_tab(qtbot, world, tmp_path / "again")  # opened again: the line is back
    assert again.reflection.text() == "Ask Bob sooner"


def test_a_reload_while_typing_keeps_what_was_typed(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    tab = open_tab(qtbot, world, tmp_path)
    assert "No skills logged this week yet." in tab.week.text()
    qtbot.keyClicks(tab.reflection, "half a thou")
    android = world.ref.by_key("skills", "eduroam-android").id  # type: ignore[union-attr]
    world.log(world.alice, "it-wifi", skill_ids=(android,))  # a save elsewhere: the tab reloads
    tab.reload()
    assert tab.reflection.text() == "half a thou"
    assert "Skills used: Configure eduroam on Android (1)" in tab.week.text()


def test_a_reflection_kept_while_another_program_holds_the_lock_says_so_keeps_the_line_and_saves_on_retry(
        qtbot: QtBot, quick_busy_db: Database, db_path: Path, tmp_path: Path) -> None:
    world = make_world(quick_busy_db)
    tab = open_tab(qtbot, world, tmp_path)
    qtbot.keyClicks(tab.reflection, "Ask Bob sooner")
    with write_lock_held(db_path):
        qtbot.keyClick(tab.reflection, Qt.Key.Key_Return)
        assert tab.reflection_saved.text() != "Kept for this week."
        assert "busy" in tab.reflection_saved.text()
        assert tab.reflection.text() == "Ask Bob sooner"
    with quick_busy_db.read() as session:
        assert session.scalars(select(WeeklyReflection.text)).all() == []
    qtbot.keyClick(tab.reflection, Qt.Key.Key_Return)
    assert tab.reflection_saved.text() == "Kept for this week."
    with quick_busy_db.read() as session:
        assert session.scalars(select(WeeklyReflection.text)).all() == ["Ask Bob sooner"]
