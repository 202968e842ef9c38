"""The sign-in screen and first-run wizard, driven by the keyboard as a person at the desk would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Desk, DeskSession, Staff
from deskapp.people.staff import StaffPick
from deskapp.platform.settings import load_settings
from deskapp.ui.signin.name_model import StaffPickModel, matches
from tests.ui_helpers import DESK, add_team, make_window


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def sign_in_by_keys(qtbot, name: str, secret: str) -> None:
    type_into_focus(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    type_into_focus(qtbot, secret)
    press(qtbot, Qt.Key.Key_Return)


def test_first_run_creates_the_leader_names_the_desk_and_signs_in(qtbot, db: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, db, tmp_path, desk_name="")
    assert window.first_run is not None and window.stack.currentWidget() is window.first_run
    type_into_focus(qtbot, "Science Library - Help point")
    press(qtbot, Qt.Key.Key_Return)
    type_into_focus(qtbot, "Grace Garcia")
    press(qtbot, Qt.Key.Key_Return)  # initials were suggested: GG
    press(qtbot, Qt.Key.Key_Return)
    type_into_focus(qtbot, "grace-password")
    press(qtbot, Qt.Key.Key_Return)
    type_into_focus(qtbot, "grace-password")
    press(qtbot, Qt.Key.Key_Return)

    assert not window.is_locked
    assert window.status.who.text() == "Signed in: Grace Garcia (Admin) · Science Library - Help point"
    with db.read() as session:
        grace = session.scalars(select(Staff)).one()
        assert (grace.initials, grace.role, grace.credential_kind) == ("GG", "admin", "password")
        assert session.scalar(select(Desk.name)) == "Science Library - Help point"
        assert session.scalar(select(DeskSession.staff_id)) == grace.id
    assert load_settings(user_config=tmp_path / "user.toml").desk_name == "Science Library - Help point"


def test_first_run_refuses_a_short_password_plainly(qtbot, db: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, db, tmp_path)
    wizard = window.first_run
    assert wizard is not None
    qtbot.keyClicks(wizard.name_edit, "Grace Garcia")
    wizard.name_edit.textEdited.emit("Grace Garcia")
    qtbot.keyClicks(wizard.password_edit, "short")
    qtbot.keyClicks(wizard.again_edit, "short")
    qtbot.keyClick(wizard.again_edit, Qt.Key.Key_Return)
    assert "at least 8 characters" in wizard.message.text() and wizard.message.isVisible()
    with db.read() as session:
        assert session.scalar(select(Staff)) is None


def test_staff_sign_in_with_name_and_pin(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    assert window.is_locked and QApplication.focusWidget() is window.signin.name_edit
    sign_in_by_keys(qtbot, "ais", "1234")
    assert not window.is_locked
    assert window.context.actor().staff_id == team["aisha"]
    assert window.status.who.text() == f"Signed in: Aisha Ahmed (Staff) · {DESK}"


def test_initials_pick_the_person_too(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in_by_keys(qtbot, "bb", "5678")
    assert window.context.actor().staff_id == team["ben"]


def test_arrow_keys_move_through_the_matching_names(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    type_into_focus(qtbot, "b")  # Ben Brown
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Down)  # everyone listed: Aisha, Ben, Kiri -> Ben
    press(qtbot, Qt.Key.Key_Return)
    assert window.signin.chosen is not None and window.signin.chosen.id == team["ben"]
    assert QApplication.focusWidget() is window.signin.secret_edit


def test_five_wrong_pins_lock_out_with_a_clear_message(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    type_into_focus(qtbot, "Aisha")
    press(qtbot, Qt.Key.Key_Return)
    for attempt in range(1, 5):
        type_into_focus(qtbot, "0000")
        press(qtbot, Qt.Key.Key_Return)
        assert f"{5 - attempt} tr" in window.signin.message.text()
        assert QApplication.focusWidget() is window.signin.secret_edit
    type_into_focus(qtbot, "0000")
    press(qtbot, Qt.Key.Key_Return)
    message = window.signin.message.text()
    assert "Aisha Ahmed is locked out after 5 wrong tries. Try again at" in message
    # The next PIN, typed without looking, goes into the masked field (never the Name field) and does not help.
    assert QApplication.focusWidget() is window.signin.secret_edit
    type_into_focus(qtbot, "1234")
    assert "1234" not in window.signin.name_edit.text()
    press(qtbot, Qt.Key.Key_Return)
    assert window.is_locked and "locked out" in window.signin.message.text()
    with db.read() as session:
        assert session.get(Staff, team["aisha"]).locked_until is not None


def test_a_pc_without_a_desk_name_asks_for_it_once(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path, desk_name="")
    assert QApplication.focusWidget() is window.signin.desk_edit
    type_into_focus(qtbot, "Law Library - Desk")
    press(qtbot, Qt.Key.Key_Tab)
    sign_in_by_keys(qtbot, "kiri", "leader-pass")
    assert not window.is_locked
    assert load_settings(user_config=tmp_path / "user.toml").desk_name == "Law Library - Desk"
    with db.read() as session:
        assert session.scalar(select(Desk.name)) == "Law Library - Desk"


def test_enter_after_naming_the_desk_goes_on_to_the_name(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path, desk_name="")
    type_into_focus(qtbot, "Law Library - Desk")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.signin.name_edit
    sign_in_by_keys(qtbot, "kiri", "leader-pass")
    assert not window.is_locked
    assert load_settings(user_config=tmp_path / "user.toml").desk_name == "Law Library - Desk"


def test_name_matching_ranks_initials_then_word_starts() -> None:
    aisha, ben, kai = StaffPick(1, "Aisha Ahmed", "AA"), StaffPick(2, "Ben Brown", "BB"), StaffPick(3, "Kai Ab", "KA")
    assert matches(aisha, "aa") == 0
    assert matches(aisha, "ai ah") == 1
    assert matches(ben, "ai") is None
    assert matches(kai, "ka") == 0 and matches(aisha, "ha") == 3
    yara_c, yara_y = StaffPick(4, "Yara Christensen", "YC"), StaffPick(5, "Yara Young", "YY")
    assert matches(yara_y, "yara y") == 1 and matches(yara_c, "yara y") == 2
    assert matches(yara_c, "chris yara") == 2


def test_a_name_is_found_without_its_accents() -> None:
    soren, jose = StaffPick(6, "Søren Kierkegaard", "SK"), StaffPick(7, "José Núñez", "JN")
    assert matches(soren, "soren") == 1 and matches(soren, "SØREN k") == 1
    assert matches(jose, "jose nu") == 1 and matches(jose, "nunez") == 1


def test_staff_pick_model_passes_the_model_tester(qtmodeltester) -> None:
    model = StaffPickModel()
    model.set_people([StaffPick(1, "Aisha Ahmed", "AA"), StaffPick(2, "Ben Brown", "BB")])
    qtmodeltester.check(model)
    model.set_filter("be")
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.person(0).name == "Ben Brown"
