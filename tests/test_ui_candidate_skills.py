"""Candidate skills on the desk, by keyboard: a digit records the device that was set up; an F-key can carry
its own skill; a leader edits a category's choices. Every assertion on what the database holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Enquiry, EnquirySkill
from deskapp.people import skills
from deskapp.ui.desk.candidates import short_labels
from deskapp.ui.desk.page import DeskPage
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


@pytest.fixture
def page(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> DeskPage:
    return open_page(qtbot, make_context(world, world.alice, tmp_path))


def logged_skills(world: DeskWorld) -> list[set[str]]:
    """The skills of each enquiry in the log, oldest first, by stable key."""
    with world.db.read() as session:
        ids = list(session.scalars(select(Enquiry.id).order_by(Enquiry.id)))
        return [{world.ref.get("skills", s).key for s in session.scalars(  # type: ignore[union-attr]
            select(EnquirySkill.skill_id).where(EnquirySkill.enquiry_id == i))} for i in ids]


def test_the_choices_drop_the_words_they_share() -> None:
    assert short_labels(["Configure eduroam on Windows", "Configure eduroam on iPhone and iPad"]) == [
        "Windows", "iPhone and iPad"]
    assert short_labels(["Enrol in MFA", "Move MFA to a new phone"]) == ["Enrol in MFA", "Move MFA to a new phone"]
    assert short_labels(["Print a file", "Print"]) == ["Print a file", "Print"]  # every choice keeps a word


def test_edu_alt_w_and_one_digit_records_only_the_device_set_up(qtbot: QtBot, page: DeskPage,
                                                               world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)  # takes Wi-Fi / eduroam
    assert [b.text() for b in page.form.candidates.buttons] == ["1  Windows", "2  macOS", "3  Android",
                                                                "4  iPhone and iPad"]
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_W, ALT)
    assert page.form.candidates.hasFocus()
    qtbot.keyClick(page.form.candidates, "3")
    assert page.form.candidates.buttons[2].isChecked()
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_Return)
    assert logged_skills(world) == [{"eduroam-android"}]


def test_the_four_key_path_still_saves_and_counts_no_device_nobody_picked(qtbot: QtBot, page: DeskPage,
                                                                          world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert logged_skills(world) == [set()]  # before: all four eduroam skills, for every Wi-Fi enquiry


def test_a_second_press_takes_a_choice_off_and_another_category_drops_it(qtbot: QtBot, page: DeskPage,
                                                                         world: DeskWorld) -> None:
    form = page.form
    qtbot.keyClicks(form.category.edit, "edu")
    qtbot.keyClick(form.category.edit, Qt.Key.Key_Tab)
    form.candidates.setFocus()
    for digit in "124":
        qtbot.keyClick(form.candidates, digit)
    qtbot.keyClick(form.candidates, "1")  # Windows off again
    assert [world.ref.get("skills", i).key for i in form.skills.skill_ids] == [  # type: ignore[union-attr]
        "eduroam-macos", "eduroam-ios"]
    qtbot.keyClicks(form.skills.add.edit, "vpn")  # added by the person: it stays whatever the category
    qtbot.keyClick(form.skills.add.edit, Qt.Key.Key_Return)
    form.category.edit.setFocus()
    form.category.edit.selectAll()
    qtbot.keyClicks(form.category.edit, "passw")
    qtbot.keyClick(form.category.edit, Qt.Key.Key_Tab)
    assert not form.layout_.isRowVisible(form.candidates)  # passwords has no choices
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert logged_skills(world) == [{"password-reset", "vpn-setup"}]


def test_a_quick_key_set_up_with_its_own_skill_logs_that_skill(qtbot: QtBot, world: DeskWorld,
                                                               tmp_path: Path) -> None:
    from deskapp.ui.desk.quick_config import QuickButtonsTab

    context = make_context(world, world.lena, tmp_path)
    desk = open_page(qtbot, context)
    tab = QuickButtonsTab(context)
    qtbot.addWidget(tab)
    tab.categories[0].setCurrentIndex(tab.categories[0].findData(world.category("it-wifi")))
    qtbot.keyClicks(tab.labels[0], "Wi-Fi Android")
    tab.skills[0].setCurrentIndex(tab.skills[0].findData("eduroam-android"))
    tab.categories[1].setCurrentIndex(tab.categories[1].findData(world.category("it-wifi")))
    for combo in tab.categories[2:]:
        combo.setCurrentIndex(0)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in tab.status.text()
    desk.setFocus()
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_F1)
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_F2)
    assert logged_skills(world) == [{"eduroam-android"}, set()]
    # Retired later: the key no longer logs it, and the leader's screen says so instead of showing nothing.
    with world.db.write() as session:
        skills.retire_skill(session, world.lena, world.ref.by_key("skills", "eduroam-android").id)  # type: ignore[union-attr]
    tab.load()
    assert "F1" in tab.status.text() and "retired" in tab.status.text()


def test_a_leader_makes_a_skill_a_choice_with_space_and_the_desk_offers_it(qtbot: QtBot, world: DeskWorld,
                                                                           tmp_path: Path) -> None:
    from deskapp.ui.skills.admin_tab import SkillsAdminTab

    context = make_context(world, world.lena, tmp_path)
    tab = SkillsAdminTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.category.setCurrentIndex(tab.category.findData(world.category("it-password")))
    labels = [tab.mapped.item(i).text() for i in range(tab.mapped.count())]
    row = next(i for i, text in enumerate(labels) if text.startswith("Enrol"))
    assert any(text.endswith("· always used") for text in labels)  # password reset
    tab.mapped.setFocus()
    tab.mapped.setCurrentRow(row)
    qtbot.keyClick(tab.mapped, Qt.Key.Key_Space)
    assert tab.mapped.item(row).text().endswith("· a choice")
    tab.save_mapping()
    with world.db.read() as session:
        always, offered = skills.category_mapping(session, world.category("it-password"))
    assert offered == [world.ref.by_key("skills", "mfa-enrolment").id]  # type: ignore[union-attr]
    assert always == [world.ref.by_key("skills", "password-reset").id]  # type: ignore[union-attr]
    desk = open_page(qtbot, make_context(world, world.alice, tmp_path))
    qtbot.keyClicks(desk.form.category.edit, "passw")
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Tab)
    assert [b.text() for b in desk.form.candidates.buttons] == ["1  Enrol a user in MFA"]


def test_correcting_a_logged_wifi_enquiry_shows_the_device_that_was_picked(qtbot: QtBot, world: DeskWorld) -> None:
    from deskapp.desk.enquiries import get_enquiry
    from deskapp.ui.desk.form import EnquiryForm

    android = world.ref.by_key("skills", "eduroam-android").id  # type: ignore[union-attr]
    enquiry_id = world.log(world.alice, "it-wifi", skill_ids=(android,))
    form = EnquiryForm(world.ref, world.defaults())
    qtbot.addWidget(form)
    with world.db.read() as session:
        form.load_record(get_enquiry(session, enquiry_id))
    assert [b.isChecked() for b in form.candidates.buttons] == [False, False, True, False]
    assert form.draft().skill_ids == (android,)


def test_a_leaders_change_to_the_choices_reaches_the_form_being_typed(qtbot: QtBot, page: DeskPage,
                                                                      world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    assert len(page.form.candidates.buttons) == 4
    android = world.ref.by_key("skills", "eduroam-android").id  # type: ignore[union-attr]
    page.context.run(lambda session: skills.set_category_skills(session, world.lena, world.category("it-wifi"), [],
                                                                [android]))
    qtbot.waitUntil(lambda: [b.text() for b in page.form.candidates.buttons] == ["1  Configure eduroam on Android"])
