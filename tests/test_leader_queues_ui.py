"""The leaders' queues and the person's own record, by keyboard: the confirmation queue (its title counts what
waits, Enter confirms the person's own rating, a digit another level) and training to renew."""

from __future__ import annotations

from PySide6.QtCore import Qt

from deskapp.db.models import Skill, StaffSkill
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
    assert page.tabs.tabText(index) == "Confirm le&vels (2)"
    qtmodeltester.check(tab.model)
    page.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    first = tab.model.row_at(0)
    assert first is not None and "rates themselves" in tab.current.text()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # confirm her own rating
    assert levels(db, people["ann"].staff_id, first.skill_id)[1] == first.self_level
    assert page.tabs.tabText(index) == "Confirm le&vels (1)"

    second = tab.model.row_at(0)
    assert second is not None and second.skill_id != first.skill_id
    qtbot.keyClick(tab.table, Qt.Key.Key_2)  # the leader disagrees: 2
    assert levels(db, people["ann"].staff_id, second.skill_id) == (second.self_level, 2)
    assert page.tabs.tabText(index) == "Confirm le&vels"
    assert tab.empty.isVisibleTo(tab) and not tab.confirm_button.isEnabled()
    assert {first.skill_id, second.skill_id} == {android, ios}
    assert dialogs.errors == []
    # The matrix, a neighbour on the same bus, shows the confirmed level without a reload by hand.
    column = next(i for i, s in enumerate(page.matrix.model.matrix.skills) if s.id == second.skill_id)
    row = next(i for i, (sid, _n) in enumerate(page.matrix.model.matrix.staff) if sid == people["ann"].staff_id)
    assert page.matrix.model.index(row, column).data().lstrip("▼ ").startswith("2")


def test_staff_do_not_get_the_queue(qtbot, db):
    people = make_people(db)
    rated(db, people)
    page, _dialogs = make_page(qtbot, db, people["ann"])
    assert page.confirm is None and page.tabs.count() == 1


def test_a_person_sees_their_own_training_and_what_to_renew_in_my_record(qtbot, db):
    from datetime import date, timedelta

    from deskapp.people import training

    people = make_people(db)
    today = date.today()
    with db.write() as session:
        for who in ("ann", "lee"):
            training.add_training(session, people["lee"], staff_id=people[who].staff_id,
                                  skill_id=rd.skill_id(session, "eduroam-android"), kind="course",
                                  title=f"Eduroam course for {who}", trained_on=today - timedelta(days=400),
                                  expires_on=today - timedelta(days=2))
    page, _dialogs = make_page(qtbot, db, people["ann"])
    record = page.tabs.widget(0)
    assert record.training_model.rowCount() == 1  # her own record, not the leader's
    assert record.training_model.index(0, 3).data() == "Eduroam course for ann"
    assert record.due.isVisibleTo(record)
    assert f"Configure eduroam on Android expired on {(today - timedelta(days=2)).isoformat()}" in record.due.text()


def test_the_training_tab_lists_what_to_renew_and_counts_it_in_its_title(qtbot, db):
    from datetime import date, timedelta

    from deskapp.people import training

    people = make_people(db)
    today = date.today()
    page, _dialogs = make_page(qtbot, db, people["lee"])
    tab = page.training
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Trai&ning"
    assert "No training has expired" in tab.due.text()
    with db.write() as session:
        skill = rd.skill_id(session, "eduroam-android")
    tab.person.setCurrentIndex(tab.person.findText("Ann Archer"))
    tab.skill.setCurrentIndex(tab.skill.findData(skill))
    tab.trained_on.setDate(today - timedelta(days=300))
    tab.has_expiry.setChecked(True)
    tab.expires.setDate(today + timedelta(days=5))
    tab.add()
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Trai&ning (1 to renew)"
    assert f"Ann Archer: Configure eduroam on Android expires on {(today + timedelta(days=5)).isoformat()}" \
        in tab.due.text()
    with db.read() as session:
        assert training.training_due(session, people["lee"])[0].staff == "Ann Archer"


def test_the_levels_words_show_where_a_level_is_chosen_and_a_leader_edits_them_in_the_skills_list(qtbot, db):
    from PySide6.QtWidgets import QPushButton

    from deskapp.people import level_descriptions

    people = make_people(db)
    android, _ios = rated(db, people)
    page, dialogs = make_page(qtbot, db, people["lee"])
    admin = page.admin
    with db.read() as session:
        label = session.get(Skill, android).label
    item = next(admin.list.topLevelItem(i) for i in range(admin.list.topLevelItemCount())
                if admin.list.topLevelItem(i).text(0) == label)
    admin.list.setCurrentItem(item)
    assert admin.level_words[3].text() == "" and admin.level_words[3].placeholderText() == \
        level_descriptions.GENERAL[3]
    qtbot.keyClicks(admin.level_words[3], "Sets up eduroam on any Android phone alone")
    save = next(b for b in admin.findChildren(QPushButton) if b.text() == "Save level &descriptions")
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert dialogs.errors == []
    with db.read() as session:
        assert level_descriptions.custom_descriptions(session, android) == {
            3: "Sets up eduroam on any Android phone alone"}

    # The confirmation queue, on the bus, shows the new words beside Ann's rating of 3.
    tab = page.confirm
    row = next(i for i, r in enumerate(tab.model.rows) if r.skill_id == android)
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert "3 Independent: Sets up eduroam on any Android phone alone  ◀ their rating" in tab.guide.text()
    # And the person sees the same words in My record.
    staff_page, _d = make_page(qtbot, db, people["ann"])
    record = staff_page.tabs.widget(0)
    mine = next(i for i, level in enumerate(record.model.record.levels) if level.skill_id == android)
    record.table.setCurrentIndex(record.model.index(mine, 0))
    assert "Sets up eduroam on any Android phone alone  ◀ your rating" in record.guide.text()
