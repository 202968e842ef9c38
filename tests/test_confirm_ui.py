"""The confirmation queue tab, by keyboard: its title counts what waits, Enter confirms the person's own
rating, a digit confirms another level, and the matrix shows the result."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskapp.db.models import StaffSkill
from deskapp.people import proficiency
from tests import report_data as rd
from tests.skills_ui_helpers import make_page, make_people


def rated(db, people) -> tuple[int, int]:
    with db.write() as session:
        android, ios = rd.skill_id(session, "eduroam-android"), rd.skill_id(session, "eduroam-ios")
        proficiency.self_assess(session, people["ann"], android, 3)
        proficiency.self_assess(session, people["ann"], ios, 4)
    return android, ios


def levels(db, staff_id: int, skill_id: int) -> tuple[int | None, int | None]:
    with db.read() as session:
        row = session.get(StaffSkill, (staff_id, skill_id))
        return row.self_level, row.confirmed_level


def test_a_leader_confirms_waiting_ratings_with_enter_and_with_a_digit(qtbot, qtmodeltester, db):
    people = make_people(db)
    android, ios = rated(db, people)
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.confirm
    index = page.tabs.indexOf(tab)
    assert page.tabs.tabText(index) == "&Confirm levels (2)"
    qtmodeltester.check(tab.model)
    page.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    first = tab.model.row_at(0)
    assert first is not None and "rates themselves" in tab.current.text()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # confirm her own rating
    assert levels(db, people["ann"].staff_id, first.skill_id)[1] == first.self_level
    assert page.tabs.tabText(index) == "&Confirm levels (1)"

    second = tab.model.row_at(0)
    assert second is not None and second.skill_id != first.skill_id
    qtbot.keyClick(tab.table, Qt.Key.Key_2)  # the leader disagrees: 2
    assert levels(db, people["ann"].staff_id, second.skill_id) == (second.self_level, 2)
    assert page.tabs.tabText(index) == "&Confirm levels"
    assert tab.empty.isVisibleTo(tab) and not tab.confirm_button.isEnabled()
    assert {first.skill_id, second.skill_id} == {android, ios}
    assert dialogs.errors == []
    # The matrix, a neighbour on the same bus, shows the confirmed level without a reload by hand.
    column = next(i for i, s in enumerate(page.matrix.model.matrix.skills) if s.id == second.skill_id)
    row = next(i for i, (sid, _n) in enumerate(page.matrix.model.matrix.staff) if sid == people["ann"].staff_id)
    assert page.matrix.model.index(row, column).data().startswith("2")


def test_staff_do_not_get_the_queue(qtbot, db):
    people = make_people(db)
    rated(db, people)
    page, _dialogs = make_page(qtbot, db, people["ann"])
    assert page.confirm is None and page.tabs.count() == 1
