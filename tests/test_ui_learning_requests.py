"""F10 after a referred or escalated save asks to learn its skills; the team leader answers in Skills & reports ▸
Learning requests; the person reads the answer in My record. Driven by keys, asserted on the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import LearningRequest
from deskapp.ui.skills.my_record_tab import MyRecordTab
from deskapp.ui.skills.requests_tab import LearningRequestsTab
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def requests(world: DeskWorld) -> list[tuple[int, str, str]]:
    with world.db.read() as session:
        return [(r.staff_id, r.status, r.leader_note) for r in session.scalars(select(LearningRequest))]


def test_f10_after_an_escalated_save_asks_to_learn_and_the_leaders_answer_reaches_my_record(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path, qtmodeltester) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    # edu Tab · READ 2 · 0-5 min · 4 escalated to central IT · Alt+W 4 (iPhone) · Enter
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    for digit in "214":
        qtbot.keyClick(page.focusWidget(), digit)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_W, ALT)
    qtbot.keyClick(page.form.candidates, "4")
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_Return)
    assert page.confirmation.text().endswith("F10: I'd like to learn this")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F10)
    assert page.confirmation.text().startswith("Asked to learn: Configure eduroam on iPhone and iPad.")
    assert requests(world) == [(world.alice.staff_id, "open", "")]
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F10)  # once per enquiry
    assert "there is none right now" in page.confirmation.text() and len(requests(world)) == 1

    leader = LearningRequestsTab(make_context(world, world.lena, tmp_path / "lena"))
    qtbot.addWidget(leader)
    leader.show()
    qtmodeltester.check(leader.model)
    assert [leader.model.data(leader.model.index(0, c)) for c in range(4)] == [
        "Configure eduroam on iPhone and iPad", "1", "Alice Ahmed (AA)", "1"]
    leader.status_choice.setCurrentIndex(leader.status_choice.findData("planned"))
    qtbot.keyClicks(leader.note, "Shadow Bob on Thursday")
    qtbot.keyClick(leader.note, Qt.Key.Key_Return)
    assert requests(world) == [(world.alice.staff_id, "planned", "Shadow Bob on Thursday")]
    assert leader.model.rowCount() == 0 and "Answered Alice Ahmed's requests" in leader.feedback.text()

    mine = MyRecordTab(make_context(world, world.alice, tmp_path / "alice"))
    qtbot.addWidget(mine)
    assert "Configure eduroam on iPhone and iPad" in mine.requests.text()
    assert "planned: Shadow Bob on Thursday" in mine.requests.text()


def test_f10_after_a_resolved_save_says_there_is_nothing_to_ask(qtbot: QtBot, world: DeskWorld,
                                                                 tmp_path: Path) -> None:
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    qtbot.keyClicks(page.form.category.edit, "passw")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert "F10" not in page.confirmation.text()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F10)
    assert "there is none right now" in page.confirmation.text() and requests(world) == []


def test_f10_for_an_enquiry_deleted_meanwhile_says_so_as_a_failure(qtbot: QtBot, world: DeskWorld,
                                                                  tmp_path: Path) -> None:
    from deskapp.desk.enquiries import delete_enquiry

    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    qtbot.keyClicks(page.form.category.edit, "passw")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    for digit in "114":  # READ 1 · 0-5 min · escalated
        qtbot.keyClick(page.focusWidget(), digit)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert page.confirmation.text().endswith("F10: I'd like to learn this")
    with world.db.write() as session:  # corrected on the Log page at another moment
        delete_enquiry(session, world.alice, page.undoable.enquiry_id)  # type: ignore[union-attr]
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F10)
    assert page.confirmation.text() == "That enquiry is no longer in the log."
    assert page.confirmation.property("failed") is True and requests(world) == []
