"""A level or a training record that cannot be written is never silent: a second process really holds
SQLite's write lock; the leader is told in plain words, nothing is saved, what was typed stays, and the same
action once the lock is gone saves it once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from deskapp.db import Database
from deskapp.db.models import StaffSkill, TrainingRecord
from tests import report_data as rd
from tests.fault_helpers import write_lock_held
from tests.skills_ui_helpers import make_page, make_people, open_editor


def confirmed(db: Database, staff_id: int) -> int | None:
    with db.read() as session:
        return session.get(StaffSkill, (staff_id, rd.skill_id(session, "eduroam-android"))).confirmed_level


def type_level(qtbot, table, level: str) -> None:
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, level)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_confirming_a_level_while_another_process_holds_the_lock_says_so_and_saves_nothing(
        qtbot, quick_busy_db: Database, db_path: Path) -> None:
    people = make_people(quick_busy_db)
    page, dialogs = make_page(qtbot, quick_busy_db, people["lee"])
    page.tabs.setCurrentWidget(page.matrix)
    model, table = page.matrix.model, page.matrix.table
    row = next(i for i, (sid, _name) in enumerate(model.matrix.staff) if sid == people["ann"].staff_id)
    column = next(i for i, skill in enumerate(model.matrix.skills) if skill.key == "eduroam-android")
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    with write_lock_held(db_path):
        type_level(qtbot, table, "3")
        qtbot.waitUntil(lambda: bool(dialogs.errors))
    title, text = dialogs.errors[-1]
    assert title == "Level not confirmed" and "busy" in text
    assert confirmed(quick_busy_db, people["ann"].staff_id) == 1  # the level before, untouched
    assert model.index(row, column).data().lstrip("▼ ").startswith("1")

    table.setCurrentIndex(model.index(row, column))
    type_level(qtbot, table, "3")  # the same keys once the lock is gone
    qtbot.waitUntil(lambda: confirmed(quick_busy_db, people["ann"].staff_id) == 3)
    assert len(dialogs.errors) == 1


def test_training_recorded_while_the_database_is_locked_keeps_the_form_and_saves_once_later(
        qtbot, quick_busy_db: Database, db_path: Path) -> None:
    people = make_people(quick_busy_db)
    page, dialogs = make_page(qtbot, quick_busy_db, people["lee"])
    tab = page.training
    tab.person.setCurrentIndex(tab.person.findText("Ann Archer"))
    qtbot.keyClicks(tab.title, "Eduroam clinic")
    tab.add_button.setFocus()
    with write_lock_held(db_path):
        qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    assert dialogs.errors and dialogs.errors[-1][0] == "Training not recorded"
    assert "busy" in dialogs.errors[-1][1]
    assert tab.title.text() == "Eduroam clinic" and tab.person.currentText() == "Ann Archer"
    with quick_busy_db.read() as session:
        assert session.scalar(select(func.count()).select_from(TrainingRecord)) == 0

    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    with quick_busy_db.read() as session:
        assert session.scalars(select(TrainingRecord.title)).all() == ["Eduroam clinic"]
    assert tab.title.text() == "" and len(dialogs.errors) == 1
