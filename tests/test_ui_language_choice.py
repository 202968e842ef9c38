"""Choosing the interface language in the app: a person's own (Ctrl+Shift+P), a team leader's for someone
(the staff dialog), the PC's default (Staff & settings ▸ Settings). Each is saved and audited, and the screens
switch at once, with no restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Staff
from deskapp.platform.settings import load_settings, save_user_setting, set_command_line
from deskapp.ui import i18n
from deskapp.ui.admin.page import AdminPage
from deskapp.ui.admin.settings_tab import SettingsTab
from deskapp.ui.admin.staff_tab import StaffTab
from deskapp.ui.signin.change_own import ChangeOwnCredentialDialog
from tests.fault_helpers import write_lock_held
from tests.ui_helpers import add_team, make_window


@pytest.fixture(autouse=True)
def english_system(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """An English PC, whatever the machine running the tests is set to; English again after each test."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setattr(i18n, "qm_folder", lambda: tmp_path / "qm")
    yield
    i18n.install_language(qapp, "en")
    set_command_line()


def sign_in(qtbot, window, name: str, secret: str) -> None:
    qtbot.keyClicks(window.signin.name_edit, name)
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, secret)
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    assert not window.is_locked, window.signin.message.text()


def own_settings(qtbot, window) -> ChangeOwnCredentialDialog:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, ChangeOwnCredentialDialog) and w.isVisible())


def language_of(db: Database, staff_id: int) -> str:
    with db.read() as session:
        person = session.get(Staff, staff_id)
        assert person is not None
        return person.language


def language_audits(db: Database, entity: str) -> list[dict]:
    with db.read() as session:
        return [event.changes for event in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
            if "language" in (event.changes or {}) or event.entity_id == "language"]


def test_a_person_chooses_danish_for_themselves_and_the_desk_switches_at_once(qtbot, db: Database,
                                                                               tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    assert window.workspace.nav.item(0).text() == "Desk"
    dialog = own_settings(qtbot, window)
    assert dialog.language_combo.code() == ""  # she follows the PC until she chooses
    assert dialog.language_combo.itemText(0) == "This PC's language (English)"
    dialog.language_combo.setFocus()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    qtbot.keyClick(dialog.current_edit, Qt.Key.Key_Return)  # no PIN typed: only the language is saved

    qtbot.waitUntil(lambda: i18n.current_language() == "da")
    assert not dialog.isVisible()
    assert language_of(db, team["aisha"]) == "da"
    assert language_audits(db, "staff") == [{"language": ["", "da"]}]
    qtbot.waitUntil(lambda: window.workspace.nav.item(0).text() == "Skranke")
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Dit sprog er gemt.")
    window.lock()  # the next person reads the PC's language
    assert i18n.current_language() == "en"
    sign_in(qtbot, window, "aisha", "1234")  # and she gets hers back
    assert window.workspace.nav.item(0).text() == "Skranke"


def test_a_language_that_could_not_be_saved_says_so_and_keeps_the_choice(
        qtbot, quick_busy_db: Database, db_path: Path, tmp_path: Path) -> None:
    team = add_team(quick_busy_db)
    window = make_window(qtbot, quick_busy_db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    dialog = own_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    with write_lock_held(db_path):
        qtbot.keyClick(dialog.current_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.message.text().startswith("Nothing was saved:")
        assert "busy" in dialog.message.text()
        assert dialog.language_combo.code() == "da"
    assert language_of(quick_busy_db, team["aisha"]) == ""
    assert i18n.current_language() == "en"
    qtbot.keyClick(dialog.current_edit, Qt.Key.Key_Return)  # the same Save, once the lock is gone
    assert not dialog.isVisible()
    assert language_of(quick_busy_db, team["aisha"]) == "da"


def test_a_wrong_current_pin_keeps_the_new_language_saved_and_says_which_part_was_not(
        qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    dialog = own_settings(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    for edit, text in ((dialog.current_edit, "9999"), (dialog.new_edit, "8080"), (dialog.again_edit, "8080")):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Your language is saved; the PIN or password is not:")
    assert dialog.new_edit.text() == "8080"  # what was typed stays, but for the wrong current one
    assert language_of(db, team["aisha"]) == "da"


def test_a_team_leader_sets_someones_language_in_the_staff_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    page = window.workspace.page("admin")
    assert isinstance(page, AdminPage)
    staff = page.tab("Staff")
    assert isinstance(staff, StaffTab)
    row = next(r for r in range(staff.model.rowCount()) if staff.model.row(r).id == team["ben"])
    staff.table.selectRow(row)
    dialog = staff.open_edit()
    assert dialog is not None
    assert dialog.language_combo.itemText(0) == "The language of the PC they sign in at"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert language_of(db, team["ben"]) == "da"
    assert language_audits(db, "staff") == [{"language": ["", "da"]}]
    assert i18n.current_language() == "en"  # someone else's language: the leader's screens stay as they are
    window.lock()
    sign_in(qtbot, window, "ben", "5678")
    assert window.workspace.nav.item(0).text() == "Skranke"


def test_a_leader_changing_their_own_language_in_the_staff_dialog_sees_it_at_once(qtbot, db: Database,
                                                                                   tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    staff = window.workspace.page("admin").tab("Staff")
    row = next(r for r in range(staff.model.rowCount()) if staff.model.row(r).id == team["leader"])
    staff.table.selectRow(row)
    dialog = staff.open_edit()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.nav.item(0).text() == "Skranke")
    assert i18n.current_language() == "da"


def test_the_pc_language_is_saved_for_this_pc_audited_and_followed_at_once(qtbot, db: Database,
                                                                           tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")  # no language of her own: she follows the PC
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    settings = window.workspace.page("admin").tab("Settings")
    assert isinstance(settings, SettingsTab)
    assert settings.language_combo.isEnabled()
    assert settings.language_combo.itemText(0) == "The system's language (English)"
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("da"))
    qtbot.keyClick(settings.desk_edit, Qt.Key.Key_Return)
    assert load_settings(user_config=tmp_path / "user.toml").language == "da"
    assert language_audits(db, "pc-setting") == [{"value": ["", "da"]}]
    qtbot.waitUntil(lambda: window.workspace.nav.item(0).text() == "Skranke")
    window.lock()
    assert i18n.current_language() == "da"  # and the sign-in screen speaks it


def test_a_language_it_set_in_the_admin_config_is_shown_as_fixed_and_not_saved_over(qtbot, db: Database,
                                                                                    tmp_path: Path) -> None:
    admin = tmp_path / "admin" / "deskapp.toml"
    admin.parent.mkdir()
    admin.write_text('language = "en"\n', encoding="utf-8")
    set_command_line(config=str(admin))
    save_user_setting("language", "da", user_config=tmp_path / "user.toml")  # a leader's earlier choice
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    settings = window.workspace.page("admin").tab("Settings")
    assert not settings.language_combo.isEnabled()
    assert settings.language_combo.code() == "en"
    assert "IT admin" in settings.language_combo.toolTip()
    qtbot.keyClick(settings.desk_edit, Qt.Key.Key_Return)
    assert 'language = "da"' in (tmp_path / "user.toml").read_text(encoding="utf-8")  # untouched
    assert load_settings(user_config=tmp_path / "user.toml").language == "en"
    assert language_audits(db, "pc-setting") == []
