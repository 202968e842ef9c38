"""The desk page driven with real key presses; every assertion is on the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Enquiry, EnquirySkill
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.dialogs import DialogService
from tests.desk_helpers import DESK_NAME, DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


@pytest.fixture
def page(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> DeskPage:
    return open_page(qtbot, make_context(world, world.alice, tmp_path))


def enquiries(world: DeskWorld) -> list[Enquiry]:
    with world.db.read() as session:
        return list(session.scalars(select(Enquiry).order_by(Enquiry.id)))


def skills_of(world: DeskWorld, enquiry_id: int) -> set[int]:
    with world.db.read() as session:
        return set(session.scalars(select(EnquirySkill.skill_id).where(EnquirySkill.enquiry_id == enquiry_id)))


def focused(qtbot: QtBot, page: DeskPage):
    return page.focusWidget() or page


def test_a_quick_key_logs_an_enquiry_with_one_keystroke(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    first = page.quick._specs[1]
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)
    [row] = enquiries(world)
    assert row.category_id == first.category_id and row.staff_id == world.alice.staff_id
    assert row.channel_id == world.ref.by_key("channels", "in-person").id
    assert row.outcome_id == world.outcome("resolved")
    assert skills_of(world, row.id) == set(world.ref.get("categories", first.category_id).skill_ids)
    assert page.confirmation.text().startswith(f"Logged: {first.label}, asked ")


def test_a_category_and_enter_is_a_typical_enquiry(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert row.category_id == world.category("it-wifi")
    assert page.confirmation.text().startswith("Logged: Wi-Fi / eduroam, asked ")
    assert page.form.category.edit.text() == "" and page.form.category.edit.hasFocus()  # ready for the next


def test_a_full_enquiry_without_the_mouse(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    # edu Tab (category) · 4 (READ) · 3 (10-20 min) · 3 (referred to specialist) · 1 (subject librarian) ·
    # 2 (phone) · 2 (postgraduate) · 3 (which one: Android) Tab · skill type-ahead + Enter · note ·
    # back-dated · Ctrl+Enter
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    for digit in "43312":
        qtbot.keyClick(focused(qtbot, page), digit)
    qtbot.keyClick(focused(qtbot, page), "2")
    assert page.form.candidates.hasFocus()
    qtbot.keyClick(page.form.candidates, "3")
    qtbot.keyClick(page.form.candidates, Qt.Key.Key_Tab)
    assert page.form.skills.add.edit.hasFocus()
    qtbot.keyClicks(page.form.skills.add.edit, "mfa")
    qtbot.keyClick(page.form.skills.add.edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.form.skills.add.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.form.notes, "Forgot the network profile")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.form.asked, "15 min ago")
    qtbot.keyClick(page.form.asked, Qt.Key.Key_Return, CTRL)
    [row] = enquiries(world)
    ref = world.ref
    assert row.category_id == world.category("it-wifi") and row.read_level == 4
    assert row.duration_band_id == ref.duration_bands[2].id
    assert row.outcome_id == world.outcome("referred-specialist")
    assert row.referral_target_id == ref.referral_targets[0].id
    assert row.channel_id == ref.channels[1].id and row.patron_type_id == ref.patron_types[1].id
    assert row.notes == "Forgot the network profile"
    assert abs(row.asked_at - (datetime.now(UTC) - timedelta(minutes=15))) < timedelta(minutes=2)
    mfa = ref.search_skills("mfa")[0].id
    assert skills_of(world, row.id) == {ref.by_key("skills", "eduroam-android").id, mfa}


def test_ctrl_z_undoes_only_the_enquiry_just_saved_and_names_it(qtbot: QtBot, page: DeskPage,
                                                                 world: DeskWorld) -> None:
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F2)
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F3)
    assert len(enquiries(world)) == 2
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)
    [left] = enquiries(world)
    assert left.category_id == page.quick._specs[2].category_id
    local = datetime.now(UTC).astimezone().strftime("%H:")
    assert page.confirmation.text().startswith(f"Undone: {page.quick._specs[3].label}, asked {local}")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)  # never reaches the older enquiry
    assert [e.id for e in enquiries(world)] == [left.id]
    assert page.confirmation.text() == "Nothing to undo."
    assert [e.action for e in world.audit()] == ["create", "create", "delete"]


def test_ctrl_z_in_the_notes_never_reaches_past_the_note(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)
    [kept] = enquiries(world)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "asked about the 3rd floor")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Z, CTRL)  # the field's own undo: the text goes
    assert page.form.notes.text() == ""
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Z, CTRL)  # and again: nothing more happens to the log
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Z, CTRL)
    assert [(e.id, e.category_id) for e in enquiries(world)] == [(kept.id, kept.category_id)]
    assert "stays as it is" in page.confirmation.text()
    assert [e.action for e in world.audit()] == ["create"]


def test_esc_on_a_half_typed_form_is_undone_by_ctrl_z(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)  # an earlier enquiry that must survive
    [earlier] = enquiries(world)
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(qtbot, page), Qt.Key.Key_2)  # READ 2
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "android phone")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Escape)
    assert page.form.is_blank()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)
    assert page.form.category.chosen_id == world.category("it-wifi")
    assert page.form.notes.text() == "android phone" and page.form.read.current_id == 2
    assert [e.id for e in enquiries(world)] == [earlier.id]
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert [e.notes for e in enquiries(world)] == [earlier.notes, "android phone"]


def test_only_the_person_who_saved_an_enquiry_can_undo_it(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    signed_in = [world.alice]
    context = UiContext(db=world.db, desk_name=DESK_NAME, bus=ChangeBus(), dialogs=DialogService(),
                        current_actor=lambda: signed_in[0], user_config=tmp_path / "user.toml")
    page = open_page(qtbot, context)
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)
    signed_in[0] = world.bob  # someone else at the same PC, before the page is rebuilt
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)
    assert len(enquiries(world)) == 1
    assert "only they can undo it" in page.confirmation.text()


def test_a_back_dated_enquiry_keeps_the_time_given(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    yesterday = (datetime.now().astimezone() - timedelta(days=1)).replace(hour=16, minute=0, second=0,
                                                                          microsecond=0)
    qtbot.keyClicks(page.form.category.edit, "print")
    page.form.asked.setFocus()
    qtbot.keyClicks(page.form.asked, "yesterday 16:00")
    qtbot.keyClick(page.form.asked, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert row.asked_at == yesterday.astimezone(UTC)
    assert row.asked_local_date == yesterday.date()


def test_a_future_time_is_refused_at_the_field(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    page.form.asked.setFocus()
    qtbot.keyClicks(page.form.asked, (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d 10:00"))
    qtbot.keyClick(page.form.asked, Qt.Key.Key_Return)
    assert enquiries(world) == []
    assert "still to come" in page.form.asked_feedback.text() and page.form.asked.hasFocus()
    assert not page.form.message.isVisibleTo(page)  # said once, beside the field


def test_saving_without_a_category_says_what_to_do(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert enquiries(world) == []
    assert "Choose a category first" in page.form.message.text()


def test_a_referral_to_a_specialist_asks_which_service(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    assert not page.form.referral.isVisibleTo(page)
    page.form.outcome.setFocus()
    qtbot.keyClick(page.form.outcome, "3")
    assert page.form.referral.isVisibleTo(page) and page.form.referral.hasFocus()
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert enquiries(world) == []
    assert "referred to" in page.form.message.text()


def test_a_note_with_a_phone_number_warns_and_ctrl_r_redacts_it(qtbot: QtBot, page: DeskPage,
                                                                 world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "Call back on 07700 900123")
    assert page.form.warning_row.isVisibleTo(page) and "a phone number" in page.form.privacy.text()
    qtbot.keyClick(page.form.notes, Qt.Key.Key_R, CTRL)
    assert page.form.notes.text() == "Call back on [redacted]"
    assert not page.form.warning_row.isVisibleTo(page)
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    assert enquiries(world)[0].notes == "Call back on [redacted]"


def test_the_patron_type_sticks_for_the_next_enquiry(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    page.form.patron.setFocus()
    qtbot.keyClick(page.form.patron, "5")
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.form.category.edit, "print")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    visitor = world.ref.by_key("patron_types", "visitor").id
    assert [e.patron_type_id for e in enquiries(world)] == [visitor, visitor]
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)  # a quick key does not copy the last patron's type
    assert enquiries(world)[-1].patron_type_id is None


def test_the_counts_say_1_enquiry_and_a_long_note_shows_how_near_the_limit_it_is(
        qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F1)
    assert page.today.counts.text().startswith("1 enquiry ")
    page.form.notes.setFocus()
    assert not page.form.notes_count.isVisibleTo(page)
    page.form.notes.setText("x" * 1799)
    qtbot.keyClicks(page.form.notes, "ab")
    assert page.form.notes_count.isVisibleTo(page) and page.form.notes_count.text() == "1,801 / 2,000"
    page.form.notes.setText("y" * 2100)  # a paste longer than the limit is cut, and it says so
    assert page.form.notes_count.text() == "2,000 / 2,000: full"


def test_a_restored_draft_keeps_the_moment_it_was_given_not_the_words(qtbot: QtBot, page: DeskPage,
                                                                      world: DeskWorld, tmp_path: Path) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    page.form.asked.setFocus()
    qtbot.keyClicks(page.form.asked, "10 min ago")
    meant = page.form.draft().asked_at
    page.write_draft()
    stored = page.drafts.load(DESK_NAME, world.alice.staff_id)
    assert stored["asked"] == meant.astimezone().strftime("%Y-%m-%d %H:%M")
    page.close()
    restored = open_page(qtbot, make_context(world, world.alice, tmp_path))  # after the crash, later on
    assert restored.form.asked.text() == stored["asked"]
    assert restored.form.draft().asked_at == meant.replace(second=0, microsecond=0)


def test_the_draft_survives_a_crash_and_is_restored(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    context = make_context(world, world.alice, tmp_path)
    first = open_page(qtbot, context)
    qtbot.keyClicks(first.form.category.edit, "edu")
    qtbot.keyClick(first.form.category.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(first.form.read, "3")
    first.form.notes.setFocus()
    qtbot.keyClicks(first.form.notes, "Half typed when the power went")
    draft_file = first.drafts.path(DESK_NAME, world.alice.staff_id)
    qtbot.waitUntil(lambda: draft_file.exists() and "power" in draft_file.read_text(encoding="utf-8"))
    first.hide()  # the "crash": nothing saved, nothing cleaned up

    second = open_page(qtbot, make_context(world, world.alice, tmp_path))
    assert second.form.category.chosen_id == world.category("it-wifi")
    assert second.form.read.current_id == 3
    assert second.form.notes.text() == "Half typed when the power went"
    assert "Restored" in second.confirmation.text()
    qtbot.keyClick(second.form.category.edit, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert row.read_level == 3 and row.notes == "Half typed when the power went"
    assert not draft_file.exists()


def test_todays_list_counts_by_domain_and_mine(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    world.log(world.bob, "lib-printing")
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    assert page.today.model.rowCount() == 2
    assert "2 enquiries" in page.today.counts.text() and "yours: 1" in page.today.counts.text()


def test_the_today_model_passes_the_model_tester(qtbot: QtBot, page: DeskPage, world: DeskWorld, qtmodeltester
                                                 ) -> None:
    world.log(world.bob, "lib-printing")
    world.log(world.alice, "it-wifi")
    page.refresh_today()
    qtmodeltester.check(page.today.model)


def test_a_team_leader_sets_up_quick_buttons_and_the_desk_shows_them(qtbot: QtBot, world: DeskWorld,
                                                                     tmp_path: Path) -> None:
    from deskapp.ui.desk.quick_config import QuickButtonsTab

    context = make_context(world, world.lena, tmp_path)
    desk = open_page(qtbot, context)
    tab = QuickButtonsTab(context)
    qtbot.addWidget(tab)
    mfa = tab.categories[0].findData(world.category("it-mfa"))
    tab.categories[0].setCurrentIndex(mfa)
    qtbot.keyClicks(tab.labels[0], "MFA")
    for combo in tab.categories[1:]:
        combo.setCurrentIndex(0)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in tab.status.text()
    assert desk.quick.buttons[0].label == "MFA" and not desk.quick.buttons[1].isEnabled()
    assert "changed this desk's quick keys" in desk.confirmation.text()  # at once, and said
    desk.setFocus()
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_F1)
    assert enquiries(world)[0].category_id == world.category("it-mfa")


def test_staff_see_the_quick_button_setup_but_cannot_save_it(qtbot: QtBot, world: DeskWorld,
                                                             tmp_path: Path) -> None:
    from deskapp.ui.desk.quick_config import QuickButtonsTab

    tab = QuickButtonsTab(make_context(world, world.alice, tmp_path))
    qtbot.addWidget(tab)
    assert not tab.save_button.isEnabled() and "Only a team leader" in tab.status.text()


def test_a_full_custom_enquiry_takes_nine_keystrokes(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    # e d u Tab 3 2 1 2 Ctrl+Enter: category, READ 3, 5-10 min, resolved, phone (the README's count)
    keys = ["e", "d", "u", Qt.Key.Key_Tab, "3", "2", "1", "2"]
    for key in keys:
        qtbot.keyClick(focused(qtbot, page), key)
    qtbot.keyClick(focused(qtbot, page), Qt.Key.Key_Return, CTRL)
    assert len(keys) + 1 == 9
    [row] = enquiries(world)
    assert (row.category_id, row.read_level, row.duration_band_id, row.outcome_id, row.channel_id) == (
        world.category("it-wifi"), 3, world.ref.duration_bands[1].id, world.outcome("resolved"),
        world.ref.by_key("channels", "phone").id)


def test_a_guide_read_beside_the_form_is_recorded_with_whether_it_helped(qtbot: QtBot, page: DeskPage,
                                                                        world: DeskWorld) -> None:
    from deskapp.db.models import EnquiryGuide

    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    panel = page.side.guides
    if not panel.model.rowCount():
        pytest.skip("no guide is linked to Wi-Fi / eduroam in the seeded resources")
    guide_id = panel.model.guide_id(0)
    panel.open_guide(guide_id)
    qtbot.keyClick(panel.viewer.walk, Qt.Key.Key_Y)
    page.form.category.edit.setFocus()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    [row] = enquiries(world)
    with world.db.read() as session:
        links = session.execute(select(EnquiryGuide.guide_id, EnquiryGuide.helped)
                                .where(EnquiryGuide.enquiry_id == row.id)).all()
    assert [tuple(link) for link in links] == [(guide_id, True)]
    assert panel.consulted() == []  # cleared for the next enquiry


def test_ten_different_enquiries_without_the_mouse(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    words = ["edu", "pass", "print", "room", "renew", "catalogue", "mfa", "scan", "ebook", "where is"]
    for word in words:
        qtbot.keyClicks(page.form.category.edit, word)
        qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Return)
    for position in (1, 2):
        qtbot.keyClick(page.form.category.edit, getattr(Qt.Key, f"Key_F{position}"))
    logged = enquiries(world)
    assert len(logged) == 12
    assert len({e.category_id for e in logged[:10]}) == 10
    assert page.today.model.rowCount() == 12 and "yours: 12" in page.today.counts.text()


def test_a_pc_without_a_desk_name_says_so_instead_of_failing(qtbot: QtBot, world: DeskWorld,
                                                             tmp_path: Path) -> None:
    context = make_context(world, world.alice, tmp_path)
    context.desk_name = ""
    page = DeskPage(context)
    qtbot.addWidget(page)
    from PySide6.QtWidgets import QLabel

    assert page.form is None
    assert any("no desk name" in label.text() for label in page.findChildren(QLabel))


def test_quick_keys_keep_their_meaning_all_day_however_much_is_logged(qtbot: QtBot, page: DeskPage,
                                                                      world: DeskWorld, tmp_path: Path) -> None:
    before = [(s.position, s.category_id) for s in page.quick._specs.values()]
    assert "fixed for today" in page.quick.title.text()
    for _ in range(6):  # F8 many times: by frequency it would now be the most common category
        qtbot.keyClick(page.form.category.edit, Qt.Key.Key_F8)
    after_sign_in = open_page(qtbot, make_context(world, world.alice, tmp_path))  # lock and sign in again
    assert [(s.position, s.category_id) for s in after_sign_in.quick._specs.values()] == before
    qtbot.keyClick(after_sign_in.form.category.edit, Qt.Key.Key_F1)
    assert enquiries(world)[-1].category_id == before[0][1]


def test_enter_with_an_email_in_the_note_saves_it_redacted_and_ctrl_k_keeps_the_original(
        qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "pass")
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "locked out, contact jane.doe@uni.edu later")
    assert "saving replaces it" in page.form.privacy.text()
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert row.notes == "locked out, contact [redacted] later"
    assert "Redacted 1 email address before saving" in page.confirmation.text()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_K, CTRL)  # a false alarm: keep the note as typed
    assert world.enquiry(row.id).notes == "locked out, contact jane.doe@uni.edu later"
    assert "as typed" in page.confirmation.text()
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)  # Ctrl+Z still removes the enquiry
    assert enquiries(world) == []


def test_ctrl_z_after_a_redacted_save_removes_it_and_never_stores_the_email(
        qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "pass")
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "student 12345678 jane.doe@uni.edu")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Z, CTRL)
    assert enquiries(world) == []
    assert not any("jane.doe" in str(event.changes) for event in world.audit())


def test_long_messages_wrap_and_save_stays_in_view_on_a_small_screen(qtbot: QtBot, page: DeskPage,
                                                                     world: DeskWorld) -> None:
    """1366x768 at 125%: about 860x560 for the page. A bad time, a referral row and a privacy warning at once."""
    page.resize(860, 560)
    width = page.width()
    qtbot.keyClicks(page.form.category.edit, "pass")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    for key in "233":  # READ 2, duration 3, outcome 3: the "Referred to" row appears
        qtbot.keyClick(page.focusWidget(), key)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "contact jane.doe@uni.edu")
    page.form.asked.setFocus()
    qtbot.keyClicks(page.form.asked, "tomorrow 9:00 when the patron comes back")
    qtbot.keyClick(page.form.asked, Qt.Key.Key_Return)
    assert enquiries(world) == []
    assert page.width() == width and page.form.width() <= page.form_scroll.viewport().width()
    assert page.form.asked_feedback.wordWrap() and page.confirmation.wordWrap()
    assert page.save_button.parentWidget() is page  # outside the form's own scroll area
    assert page.save_button.isVisible() and page.rect().contains(page.save_button.geometry())
    assert page.today.table.height() >= page.today.table.verticalHeader().defaultSectionSize() * 6


def test_a_back_dated_enquiry_and_a_new_sign_in_leave_the_f_keys_as_they_were(
        qtbot: QtBot, page: DeskPage, world: DeskWorld, tmp_path: Path) -> None:
    before = [(s.position, s.category_id) for s in page.quick._specs.values()]
    for _ in range(4):  # late entries for yesterday: the 30 days before today now hold them
        qtbot.keyClicks(page.form.category.edit, "renew")
        page.form.asked.setFocus()
        qtbot.keyClicks(page.form.asked, "yesterday 16:00")
        qtbot.keyClick(page.form.asked, Qt.Key.Key_Return)
    assert len(enquiries(world)) == 4
    assert "yesterday 16:00" in page.confirmation.text()  # the confirmation shows the back-dated time
    again = open_page(qtbot, make_context(world, world.alice, tmp_path))  # lock and sign in again
    assert [(s.position, s.category_id) for s in again.quick._specs.values()] == before


def test_esc_in_the_guide_panel_goes_back_to_the_list_and_never_clears_the_enquiry(
        qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "android")
    panel = page.side.guides
    assert panel.model.rowCount(), "the seeded resources link a guide to Wi-Fi / eduroam"
    qtbot.keyClick(page.form.notes, Qt.Key.Key_G, CTRL)
    assert panel.list.hasFocus()
    panel.open_guide(panel.model.guide_id(panel.list.currentIndex().row()))
    assert panel.stack.currentIndex() == 1
    assert not page.today.isVisibleTo(page)
    qtbot.waitUntil(lambda: panel.viewer.walk.height() >= 150)  # the steps get the column
    qtbot.keyClick(panel.viewer.walk, Qt.Key.Key_Escape)
    assert panel.stack.currentIndex() == 0 and panel.list.hasFocus() and page.today.isVisibleTo(page)
    assert page.form.category.chosen_id == world.category("it-wifi") and page.form.notes.text() == "android"
    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)  # once more: back to the form, still as typed
    assert page.form.notes.text() == "android" and page.form.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert row.notes == "android"
    assert panel.stack.currentIndex() == 0  # the next enquiry's panel shows its list, not "Pick a guide…"


def test_any_skill_can_be_removed_by_keyboard(qtbot: QtBot, page: DeskPage, world: DeskWorld) -> None:
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    page.form.candidates.setFocus()
    for digit in "1234":  # all four eduroam setups picked
        qtbot.keyClick(page.form.candidates, digit)
    skills = page.form.skills
    first, second, *rest = skills.skill_ids
    assert second not in rest
    assert rest, "four skills picked"
    skills.add.edit.setFocus()
    qtbot.keyClick(skills.add.edit, Qt.Key.Key_Left)  # into the skills, on the last one
    assert skills.chosen.hasFocus()
    for _ in range(len(rest) + 1):
        qtbot.keyClick(skills.chosen, Qt.Key.Key_Left)  # to the first
    qtbot.keyClick(skills.chosen, Qt.Key.Key_Right)  # the second
    qtbot.keyClick(skills.chosen, Qt.Key.Key_Delete)
    assert skills.skill_ids == (first, *rest)
    assert [b.isChecked() for b in page.form.candidates.buttons] == [True, False, True, True]  # its key too
    qtbot.keyClick(skills.chosen, Qt.Key.Key_Return)  # back to the field, nothing saved yet
    assert skills.add.edit.hasFocus() and enquiries(world) == []
    qtbot.keyClick(skills.add.edit, Qt.Key.Key_Return)
    [row] = enquiries(world)
    assert skills_of(world, row.id) == {first, *rest} and second not in skills_of(world, row.id)


def test_the_guide_panel_follows_the_category_the_skills_and_the_notes(qtbot: QtBot, page: DeskPage,
                                                                      world: DeskWorld) -> None:
    from deskapp.db.models import Guide

    with world.db.read() as session:
        keys = dict(session.execute(select(Guide.id, Guide.key)).all())
    panel = page.side.guides
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    # Wi-Fi's skills are one-key choices (candidate skills): picking Android and iPhone records them.
    page.form.candidates.setFocus()
    for digit in ("3", "4"):
        qtbot.keyClick(page.form.candidates, digit)
    assert panel.skill_ids == page.form.skills.skill_ids != ()  # the skills picked for the category
    listed = [keys[row.id] for row in panel.model.rows]
    assert {"eduroam-android", "eduroam-ios"} <= set(listed)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "samsung keeps asking for a certificate")
    qtbot.waitUntil(lambda: "matches the notes" in panel.model.rows[0].snippet_html, timeout=3000)
    assert keys[panel.model.rows[0].id] == "eduroam-android"  # category, skill and notes: ahead of iPhone's
