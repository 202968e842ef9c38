"""The main window: navigation by Alt+N, leader-only areas, switching user, idle lock, desk sessions."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import DeskSession
from deskapp.ui.context import UiContext
from deskapp.ui.navigation import Workspace
from deskapp.ui.pages import PageSpec
from tests.ui_helpers import add_team, make_window


def sign_in(qtbot, window, name: str, secret: str) -> None:
    qtbot.keyClicks(window.signin.name_edit, name)
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, secret)
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    assert not window.is_locked, window.signin.message.text()


def alt(qtbot, window, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def test_alt_number_opens_each_area_and_the_nav_follows(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    assert [item.text() for item in window.workspace.nav.selectedItems()] == ["Desk"]
    for number, key in enumerate([Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_6, Qt.Key.Key_1], start=0):
        alt(qtbot, window, key)
        expected = [2, 1, 5, 0][number]
        assert window.workspace.stack.currentIndex() == expected
        assert window.workspace.nav.currentRow() == expected
    alt(qtbot, window, Qt.Key.Key_0)
    assert QApplication.focusWidget() is window.workspace.nav


def test_staff_see_leader_areas_greyed_and_alt_6_is_refused(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    admin_row = window.workspace.index_of("admin")
    assert not window.workspace.nav.item(admin_row).flags() & Qt.ItemFlag.ItemIsEnabled
    alt(qtbot, window, Qt.Key.Key_2)
    alt(qtbot, window, Qt.Key.Key_6)
    assert window.workspace.stack.currentIndex() == 1
    assert window.workspace.page("admin") is None  # never built for staff
    assert "for team leaders" in window.statusBar().currentMessage()


def test_ctrl_l_locks_and_the_next_person_signs_in_by_name(qtbot, db: Database, tmp_path: Path) -> None:
    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    first_session = window.controller.current.desk_session_id
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and window.context.current_actor() is None
    assert QApplication.focusWidget() is window.signin.name_edit
    assert window.status.who.text().startswith("Locked")
    sign_in(qtbot, window, "ben", "5678")
    assert window.context.actor().staff_id == team["ben"]
    assert window.status.who.text().startswith("Signed in: Ben Brown (Staff)")
    with db.read() as session:
        aisha_session = session.get(DeskSession, first_session)
        assert aisha_session.signed_out_at is not None  # ended when Aisha was last seen
        open_sessions = list(session.scalars(select(DeskSession.staff_id).where(DeskSession.signed_out_at.is_(None))))
    assert open_sessions == [team["ben"]]


def test_switching_person_rebuilds_pages_but_unlocking_yourself_keeps_them(qtbot, db: Database,
                                                                          tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    alt(qtbot, window, Qt.Key.Key_3)
    guides_page = window.workspace.page("guides")
    window.lock()
    sign_in(qtbot, window, "kiri", "leader-pass")
    assert window.workspace.page("guides") is guides_page
    window.lock()
    sign_in(qtbot, window, "ben", "5678")
    assert window.workspace.page("guides") is None
    assert window.workspace.stack.currentIndex() == 0  # a new person starts at the desk


def test_idle_time_locks_the_desk(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path, idle_timeout_ms=400)
    sign_in(qtbot, window, "aisha", "1234")
    assert window.idle.is_running()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert window.context.current_actor() is None
    assert window.signin.heading.text() == "Locked: sign in to continue"
    with db.read() as session:
        row = session.scalars(select(DeskSession)).one()
        assert row.signed_out_at is None and row.last_seen_at >= row.signed_in_at  # touched, still open


def test_locking_closes_an_open_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    alt(qtbot, window, Qt.Key.Key_6)
    dialog = window.workspace.page("admin").tab("Staff").open_add()
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


def test_closing_the_window_ends_the_desk_session(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    window.close()
    with db.read() as session:
        assert session.scalars(select(DeskSession)).one().signed_out_at is not None


def test_a_page_that_cannot_be_built_says_so_names_the_log_and_logs_the_traceback(
        qtbot, db: Database, tmp_path: Path, caplog) -> None:
    from deskapp.ui.context import ChangeBus
    from deskapp.ui.dialogs import DialogService

    log_file = tmp_path / "logs" / "deskapp.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    try:
        context = UiContext(db=db, desk_name="Desk", bus=ChangeBus(), dialogs=DialogService(),
                            current_actor=lambda: None)
        pages = [PageSpec("missing", "Missing", "deskapp.ui.not_there.page"),
                 PageSpec("other", "Other", "deskapp.ui.also_missing.page")]
        workspace = Workspace(context, pages)
        qtbot.addWidget(workspace)
        workspace.show_page(0)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    page = workspace.page("missing")
    assert isinstance(page, QLabel)
    assert page.text() == (f"This area could not be opened. The error was written to {log_file}. "
                           "Please tell IT (press F12 and copy the details).")
    assert "being installed" not in page.text()
    written = log_file.read_text(encoding="utf-8")
    assert "could not build the missing page" in written and "Traceback" in written
    assert "ModuleNotFoundError: No module named 'deskapp.ui.not_there'" in written
    assert isinstance(workspace.page("other"), type(None)) and isinstance(workspace.stack.widget(1), QWidget)


def test_a_page_that_failed_is_built_again_when_next_opened(qtbot, db: Database, tmp_path: Path) -> None:
    from deskapp.ui.context import ChangeBus
    from deskapp.ui.dialogs import DialogService

    context = UiContext(db=db, desk_name="Desk", bus=ChangeBus(), dialogs=DialogService(), current_actor=lambda: None)
    attempts: list[int] = []

    class Flaky(PageSpec):
        def create(self, context: UiContext) -> QWidget:
            attempts.append(1)
            if len(attempts) == 1:
                raise ImportError("half-installed")
            return QWidget()

    workspace = Workspace(context, [Flaky("flaky", "Flaky", "x"), PageSpec("other", "Other", "x")])
    qtbot.addWidget(workspace)
    workspace.show_page(0)
    assert workspace.page("flaky").objectName() == "pageUnavailable"
    workspace.show_page(0)
    assert workspace.page("flaky").objectName() != "pageUnavailable" and len(attempts) == 2
    workspace.show_page(0)
    assert len(attempts) == 2  # a page that worked is kept


def test_idle_watcher_counts_down_fires_and_can_be_turned_off(qtbot) -> None:
    from deskapp.ui.idle import IdleWatcher

    owner = QWidget()
    qtbot.addWidget(owner)
    watcher = IdleWatcher(60_000, owner)
    seen: list[int] = []
    watcher.remaining_changed.connect(seen.append)
    watcher.start()
    assert seen and 0 < seen[-1] <= 60
    watcher.set_timeout_ms(300)
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass
    assert not watcher.is_running()
    watcher.set_timeout_ms(0)
    watcher.start()
    assert not watcher.is_running()  # 0 = idle lock off


def test_ctrl_shift_p_changes_your_own_pin(qtbot, db: Database, tmp_path: Path) -> None:
    from deskapp.people.auth import sign_in as domain_sign_in

    team = add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from deskapp.ui.signin.change_own import ChangeOwnCredentialDialog

    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ChangeOwnCredentialDialog) and w.isVisible())
    qtbot.keyClicks(dialog.current_edit, "1234")
    qtbot.keyClicks(dialog.new_edit, "8080")
    qtbot.keyClicks(dialog.again_edit, "8080")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert domain_sign_in(db, team["aisha"], "8080", "Desk").name == "Aisha Ahmed"


def test_a_passing_message_shows_beside_who_is_signed_in_not_over_it(qtbot, db: Database, tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    alt(qtbot, window, Qt.Key.Key_6)  # refused: for team leaders
    assert window.status.who.isVisible()
    assert window.status.who.text().startswith("Signed in: Aisha Ahmed (Staff)")
    assert window.status.message.isVisible() and "Staff & settings is for team leaders." in window.status.message.text()
    window.status.clearMessage()
    assert window.status.message.text() == "" and window.status.currentMessage() == ""



def test_the_self_test_builds_every_area_and_every_staff_and_settings_tab(db: Database, tmp_path: Path,
                                                                           qapp) -> None:
    from deskapp.platform.actor import Actor
    from deskapp.ui.admin.tabs import ADMIN_TABS
    from deskapp.ui.page_check import build_every_page
    from deskapp.ui.pages import PAGES

    leader = add_team(db)["leader"]
    built = build_every_page(db, Actor.staff_member(leader, "leader"), "Self-test desk", tmp_path)
    assert built[: len(PAGES)] == [page.title for page in PAGES]
    assert built[len(PAGES):] == [f"Staff & settings ▸ {tab.plain_title}" for tab in ADMIN_TABS]


def test_a_page_that_cannot_be_built_fails_the_self_test_naming_it(db: Database, tmp_path: Path, qapp) -> None:
    import pytest

    from deskapp.platform.actor import Actor
    from deskapp.ui.admin.tabs import AdminTab
    from deskapp.ui.page_check import PageBuildError, build_every_page

    class Broken(PageSpec):
        def create(self, context: UiContext) -> QWidget:
            raise NameError("name 'fresh_item_key' is not defined")

    leader = add_team(db)["leader"]
    with pytest.raises(PageBuildError) as raised:
        build_every_page(db, Actor.staff_member(leader, "leader"), "Desk", tmp_path,
                         pages=[PageSpec("desk", "Desk", "deskapp.ui.desk.page"), Broken("c", "Checklists", "x")],
                         tabs=[AdminTab("&Gone", "deskapp.ui.admin.not_there")])
    message = str(raised.value)
    assert "Checklists: NameError: name 'fresh_item_key' is not defined" in message
    assert "Staff & settings ▸ Gone: ModuleNotFoundError" in message and "Desk:" not in message


def test_self_test_fails_when_an_area_imports_but_cannot_be_built(monkeypatch, qapp) -> None:
    import io

    from deskapp.startup import selftest
    from deskapp.ui import pages

    class Broken(PageSpec):
        def create(self, context: UiContext) -> QWidget:
            raise ImportError("cannot import name 'fresh_item_key' from 'deskapp.checklists.templates'")

    # The module imports fine (the old check passed); building the page fails.
    monkeypatch.setattr(pages, "PAGES", [pages.PAGES[0], Broken("checklists", "Checklists", "deskapp.ui.desk.page")])
    steps = [*selftest.STEPS[:3], ("build every screen of the main window", selftest._load_screens)]
    out = io.StringIO()
    assert selftest.run_self_test(out, steps=steps) == 1
    assert "[FAILED] build every screen of the main window: PageBuildError: could not build Checklists: " \
           "ImportError: cannot import name 'fresh_item_key'" in out.getvalue()
