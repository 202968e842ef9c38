"""Staff & settings page, driven by keys: add, edit, roles, new PIN, deactivate; PC and shared settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Staff
from deskapp.people.auth import sign_in
from deskapp.platform.actor import Actor
from deskapp.platform.changes import Change, ChangeSet
from deskapp.platform.settings import load_settings
from deskapp.platform.shared_settings import get_backup_folder, get_note_retention_days
from deskapp.ui.admin.page import AdminPage
from deskapp.ui.admin.settings_tab import SettingsTab
from deskapp.ui.admin.staff_model import StaffTableModel
from deskapp.ui.admin.staff_tab import StaffTab
from deskapp.ui.context import ChangeBus, UiContext
from tests.ui_helpers import DESK, ScriptedDialogs, add_team


def leader_context(db: Database, tmp_path: Path, staff_id: int, role: str = "leader") -> UiContext:
    actor = Actor.staff_member(staff_id, role)
    return UiContext(db=db, desk_name=DESK, bus=ChangeBus(), dialogs=ScriptedDialogs(),
                     current_actor=lambda: actor, user_config=tmp_path / "user.toml")


def staff_tab(qtbot, db: Database, tmp_path: Path) -> tuple[StaffTab, dict[str, int]]:
    team = add_team(db)
    page = AdminPage(leader_context(db, tmp_path, team["leader"]))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only reach an active window
    tab = page.tab("Staff")
    assert isinstance(tab, StaffTab)
    tab.table.setFocus()
    tab.keep_page_alive = page  # the page owns the tab; without a reference Python would delete it
    return tab, team


def select_person(tab: StaffTab, staff_id: int) -> None:
    tab.table.selectRow(tab.model.row_of(staff_id))


def test_a_leader_adds_a_person_with_the_keyboard(qtbot, db: Database, tmp_path: Path) -> None:
    tab, _team = staff_tab(qtbot, db, tmp_path)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Chloe Christensen")
    qtbot.keyClicks(dialog.initials_edit, "cc")
    qtbot.keyClicks(dialog.secret_edit, "2468")
    qtbot.keyClicks(dialog.again_edit, "2468")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with db.read() as session:
        chloe = session.scalars(select(Staff).where(Staff.initials == "CC")).one()
        assert chloe.role == "staff" and chloe.credential_kind == "pin"
    assert tab.selected().id == chloe.id
    assert sign_in(db, chloe.id, "2468", DESK).name == "Chloe Christensen"


def test_a_refused_add_keeps_the_dialog_open_with_the_reason(qtbot, db: Database, tmp_path: Path) -> None:
    tab, _team = staff_tab(qtbot, db, tmp_path)
    dialog = tab.open_add()
    qtbot.keyClicks(dialog.name_edit, "Dev Davies")
    qtbot.keyClicks(dialog.initials_edit, "KK")  # Kiri's
    qtbot.keyClicks(dialog.secret_edit, "1357")
    qtbot.keyClicks(dialog.again_edit, "1357")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "already belong to Kiri Kaur" in dialog.message.text()
    with db.read() as session:
        assert session.scalar(select(Staff).where(Staff.name == "Dev Davies")) is None


def test_making_a_pin_user_a_leader_needs_a_password(qtbot, db: Database, tmp_path: Path) -> None:
    tab, team = staff_tab(qtbot, db, tmp_path)
    select_person(tab, team["aisha"])
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("leader"))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "needs a password" in dialog.message.text()
    qtbot.keyClicks(dialog.secret_edit, "aisha-leads")
    qtbot.keyClicks(dialog.again_edit, "aisha-leads")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sign_in(db, team["aisha"], "aisha-leads", DESK).role == "leader"


def test_ctrl_r_gives_a_new_pin(qtbot, db: Database, tmp_path: Path) -> None:
    tab, team = staff_tab(qtbot, db, tmp_path)
    select_person(tab, team["ben"])
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.secret_edit, "9753")
    qtbot.keyClicks(dialog.again_edit, "9753")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sign_in(db, team["ben"], "9753", DESK).name == "Ben Brown"
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "reset-credential")).one()
    assert event.actor == f"staff:{team['leader']}" and "9753" not in str(event.changes)


def test_delete_deactivates_after_confirming_and_again_reactivates(qtbot, db: Database, tmp_path: Path) -> None:
    tab, team = staff_tab(qtbot, db, tmp_path)
    select_person(tab, team["ben"])
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    with db.read() as session:
        assert not session.get(Staff, team["ben"]).active
    assert tab.model.row_of(team["ben"]) == -1  # deactivated people are hidden by default
    tab.show_inactive.setChecked(True)
    select_person(tab, team["ben"])
    assert tab.active_button.text() == "&Reactivate  Del"
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    with db.read() as session:
        assert session.get(Staff, team["ben"]).active


def test_a_leader_cannot_deactivate_themselves_and_is_told_why(qtbot, db: Database, tmp_path: Path) -> None:
    tab, team = staff_tab(qtbot, db, tmp_path)
    select_person(tab, team["leader"])
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "cannot deactivate yourself" in tab.context.dialogs.told[-1][1]
    with db.read() as session:
        assert session.get(Staff, team["leader"]).active


def test_staff_table_model_passes_the_model_tester_and_pages(qtmodeltester, db: Database, tmp_path: Path,
                                                             monkeypatch) -> None:
    from deskapp.ui.admin import staff_model

    team = add_team(db)
    monkeypatch.setattr(staff_model, "PAGE_SIZE", 2)  # three people: two pages
    model = StaffTableModel(leader_context(db, tmp_path, team["leader"]))
    model.refresh()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_pc_settings_are_saved_to_the_pc_and_audited(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    context = leader_context(db, tmp_path, team["leader"])
    tab = SettingsTab(context)
    qtbot.addWidget(tab)
    changes: list[ChangeSet] = []
    context.bus.changed.connect(changes.append)
    tab.idle_spin.setValue(3)
    tab.desk_edit.selectAll()
    qtbot.keyClicks(tab.desk_edit, "Science Library - Help point")
    qtbot.keyClick(tab.desk_edit, Qt.Key.Key_Return)
    settings = load_settings(user_config=tmp_path / "user.toml")
    assert (settings.desk_name, settings.idle_lock_minutes) == ("Science Library - Help point", 3)
    assert context.desk_name == "Science Library - Help point"
    assert changes and Change.SETTINGS in changes[-1]  # the window re-reads the file after it was written
    with db.read() as session:
        keys = set(session.scalars(select(AuditEvent.entity_id).where(AuditEvent.entity == "pc-setting")))
    assert keys == {"desk_name", "idle_lock_minutes"}


def test_shared_settings_are_saved_for_all_desks(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    tab = SettingsTab(leader_context(db, tmp_path, team["leader"]))
    qtbot.addWidget(tab)
    tab.retention_spin.setValue(30)
    qtbot.keyClicks(tab.backup_edit, str(tmp_path / "backups"))
    qtbot.keyClick(tab.backup_edit, Qt.Key.Key_Return)
    assert tab.shared_message.text() == "Saved for all desks."
    with db.read() as session:
        assert get_note_retention_days(session) == 30
        assert get_backup_folder(session) == str(tmp_path / "backups")
    tab.backup_edit.setText("relative/path")
    tab.save_shared()
    assert "full path" in tab.shared_message.text()


def test_the_admin_page_opens_with_alt_6_for_a_leader(qtbot, db: Database, tmp_path: Path) -> None:
    from tests.ui_helpers import make_window

    add_team(db)
    window = make_window(qtbot, db, tmp_path, idle_timeout_ms=None)  # idle time from the settings
    qtbot.keyClicks(window.signin.name_edit, "kiri")
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, "leader-pass")
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    page = window.workspace.page("admin")
    assert isinstance(page, AdminPage)
    assert isinstance(page.tab("Staff"), StaffTab)
    # Saving a shorter idle lock reaches the running window.
    settings = page.tab("Settings")
    assert isinstance(settings, SettingsTab)
    settings.idle_spin.setValue(2)
    settings.save_pc()
    assert window.idle.timeout_ms == 2 * 60_000
    assert window.status.idle.text() == "Locks after 2 min idle"


def leader_window(qtbot, db: Database, tmp_path: Path):
    from tests.ui_helpers import make_window

    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    qtbot.keyClicks(window.signin.name_edit, "kiri")
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, "leader-pass")
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    page = window.workspace.page("admin")
    assert isinstance(page, AdminPage)
    return window, page


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_ctrl_n_adds_a_person_straight_after_alt_6(qtbot, db: Database, tmp_path: Path) -> None:
    _window, page = leader_window(qtbot, db, tmp_path)
    staff = page.tab("Staff")
    assert isinstance(staff, StaffTab)
    assert QApplication.focusWidget() is staff.table  # the keyboard lands in the staff list
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert staff.dialog is not None and staff.dialog.isVisible()
    qtbot.keyClicks(staff.dialog.name_edit, "Chloe Christensen")
    qtbot.keyClicks(staff.dialog.initials_edit, "cc")
    qtbot.keyClicks(staff.dialog.secret_edit, "2468")
    qtbot.keyClicks(staff.dialog.again_edit, "2468")
    qtbot.keyClick(staff.dialog.again_edit, Qt.Key.Key_Return)
    with db.read() as session:
        assert session.scalars(select(Staff).where(Staff.name == "Chloe Christensen")).one().initials == "CC"


def test_tab_leaves_the_staff_table(qtbot, db: Database, tmp_path: Path) -> None:
    _window, page = leader_window(qtbot, db, tmp_path)
    staff = page.tab("Staff")
    assert QApplication.focusWidget() is staff.table
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not staff.table
    assert staff.table.currentIndex().column() == 0  # Tab did not walk along the cells


def test_every_tab_is_reached_from_the_staff_table_with_ctrl_page_keys_and_alt_letters(
        qtbot, db: Database, tmp_path: Path) -> None:
    _window, page = leader_window(qtbot, db, tmp_path)
    titles = [spec.plain_title for spec in page.specs]
    control, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    for expected in titles[1:]:
        press(qtbot, Qt.Key.Key_PageDown, control)
        assert page.tabs.tabText(page.tabs.currentIndex()).replace("&", "") == expected
        assert page.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())  # keys go into the tab
    press(qtbot, Qt.Key.Key_PageDown, control)
    assert page.tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_PageUp, control)
    assert page.tabs.currentIndex() == len(titles) - 1
    for key, title in ((Qt.Key.Key_G, "Settings"), (Qt.Key.Key_U, "Audit trail"), (Qt.Key.Key_Q, "Quick buttons"),
                       (Qt.Key.Key_X, "Import and export"), (Qt.Key.Key_T, "Staff")):
        press(qtbot, key, alt)
        assert page.tabs.tabText(page.tabs.currentIndex()).replace("&", "") == title
    assert QApplication.focusWidget() is page.tab("Staff").table


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_every_button_has_a_key_and_no_alt_letter_is_taken_twice(qtbot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    _window, page = leader_window(qtbot, db, tmp_path)
    tab_letters = [_mnemonic(page.tabs.tabText(i)) for i in range(page.tabs.count())]
    assert None not in tab_letters and len(set(tab_letters)) == len(tab_letters)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.currentWidget()
        letters = list(tab_letters)
        for button in tab.findChildren(QAbstractButton):
            if not button.isVisibleTo(tab) or button.parent() is page.tabs.tabBar():
                continue
            letter = _mnemonic(button.text())
            assert letter or not button.shortcut().isEmpty(), f"{button.text()!r} on {page.tabs.tabText(index)}"
            letters.append(letter)
        letters += [_mnemonic(label.text()) for label in tab.findChildren(QLabel)
                    if label.buddy() is not None and label.isVisibleTo(tab)]
        letters = [letter for letter in letters if letter]
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert not clashes, f"Alt+{clashes} twice on {page.tabs.tabText(index)}"


def test_a_tab_that_cannot_be_built_says_so_and_is_tried_again(qtbot, db: Database, tmp_path: Path, caplog) -> None:
    from deskapp.ui.admin.tabs import AdminTab

    team = add_team(db)
    tabs = [AdminTab("S&taff", "deskapp.ui.admin.staff_tab"), AdminTab("&Broken", "deskapp.ui.admin.not_there")]
    page = AdminPage(leader_context(db, tmp_path, team["leader"]), tabs=tabs)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    broken = page.tabs.currentWidget()
    assert broken.objectName() == "pageUnavailable"
    assert broken.text().startswith("This area could not be opened. The error was written to ")
    assert "could not build the Broken tab" in caplog.text and "ModuleNotFoundError" in caplog.text
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    caplog.clear()
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert "could not build the Broken tab" in caplog.text  # built again, not a stale note
