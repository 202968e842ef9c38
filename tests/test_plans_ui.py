"""The Development plans tab, by keyboard: a leader picks a person, adds the suggested skill (with the
mentor who has room), adds another from the form, is told why a mentor is refused with the note kept, marks
an item done; the person sees their plan in My record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from deskapp.db.models import Staff
from deskapp.people import plans
from tests import report_data as rd
from tests.skills_ui_helpers import make_page, make_people


def team(db):
    people = make_people(db)  # Ann at level 1 in eduroam on Android, three uses of it on 2026-03-03
    with db.write() as session:
        bob = rd.staff(session, "Bob Baker", "BB")
        rd.set_level(session, bob, "eduroam-android", 4)
        today = date.today()
        desk = rd.desk(session, "Back desk")
        for outcome in ("referred-colleague", "resolved"):
            rd.logged(session, day=today, hour=9, staff_id=people["ann"].staff_id, desk_id=desk,
                      category="it-wifi", outcome=outcome, read=1, skills=("eduroam-android",))
    return people


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_leader_builds_a_plan_from_the_suggestion_and_the_form(qtbot, qtmodeltester, db):
    people = team(db)
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.plans
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Deve&lopment plans"
    tab.person.setCurrentIndex(tab.person.findText("Ann Archer"))
    assert tab.suggested.item(0).text().startswith("Configure eduroam on Android: Used 2 times")
    assert "Mentor: Bob Baker." in tab.suggested.item(0).text()
    press(qtbot, tab.add_suggested_button)
    assert dialogs.errors == []
    qtmodeltester.check(tab.model)
    assert [tab.model.index(0, c).data() for c in (0, 4, 5, 6)] == [
        "Configure eduroam on Android", "Bob Baker", "Suggested", "2"]
    assert tab.detail.text().startswith("Since it started: 2 uses, 1 passed on (50%)")

    # The form: Ann as her own mentor is refused in words, and what was typed stays.
    tab.skill.setCurrentIndex(tab.skill.findData(rd_skill(db, "wayfinding")))
    tab.mentor.setCurrentIndex(tab.mentor.findText("Ann Archer"))
    qtbot.keyClicks(tab.note, "Two shifts on the front desk")
    press(qtbot, tab.add_button)
    assert dialogs.errors[-1] == ("Plan item not added", "A person cannot be their own mentor.")
    assert tab.note.text() == "Two shifts on the front desk"
    tab.mentor.setCurrentIndex(0)  # (none)
    press(qtbot, tab.add_button)
    assert len(dialogs.errors) == 1 and tab.note.text() == "" and tab.model.rowCount() == 2

    tab.table.setCurrentIndex(tab.model.index(0, 0))
    press(qtbot, tab.done_button)
    with db.read() as session:
        items = plans.list_plans(session, people["lee"], people["ann"].staff_id, include_closed=True)
    assert sorted((i.skill, i.status) for i in items) == [("Configure eduroam on Android", "done"),
                                                          ("Give directions and opening hours", "open")]
    assert tab.model.rowCount() == 1


def test_the_person_sees_their_own_plan_in_my_record(qtbot, db):
    people = team(db)
    with db.write() as session:
        bob = session.scalar(select(Staff.id).where(Staff.initials == "BB"))
        plans.add_plan_item(session, people["lee"], staff_id=people["ann"].staff_id,
                            skill_id=rd.skill_id(session, "eduroam-android"), target_level=3,
                            due_on=date(2099, 1, 31), mentor_id=bob)
    page, _dialogs = make_page(qtbot, db, people["ann"])
    record = page.tabs.widget(0)
    assert ("Configure eduroam on Android: from level 1 to 3 by 2099-01-31, with Bob Baker. Since it started: "
            "2 uses, 1 passed on (50%)") in record.plan.text()


def rd_skill(db, key: str) -> int:
    with db.read() as session:
        return rd.skill_id(session, key)
