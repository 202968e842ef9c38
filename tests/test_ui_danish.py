"""The app in Danish: the sign-in screen, first run, main window, navigation, status bar and About walked
with the Danish translation installed, failing on any English interface text; a person's own language at
sign-in with no restart, and the PC's back at lock. Area owners add tests/test_ui_danish_<area>.py with
tests/translation_checks.english_texts the same way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog

from deskapp.db import Database
from deskapp.people.staff import set_language
from deskapp.platform.actor import Actor
from deskapp.ui import i18n
from tests.translation_checks import english_texts
from tests.ui_helpers import DESK, add_team, make_window

# Proper names and data, not interface text.
ALLOW = frozenset({"deskapp", DESK, "Kiri Kaur", "Aisha Ahmed", "Ben Brown"})


@pytest.fixture
def danish_pc(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.install_language(qapp, "da", out_dir=tmp_path / "qm")
    yield
    i18n.install_language(qapp, "en", out_dir=tmp_path / "qm")


def sign_in(qtbot, window, name: str, secret: str) -> None:
    qtbot.keyClicks(window.signin.name_edit, name)
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, secret)
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    assert not window.is_locked, window.signin.message.text()


def test_the_sign_in_screen_and_status_bar_speak_danish(qtbot, db: Database, tmp_path: Path,
                                                        danish_pc: None) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    assert window.signin.heading.text() == "Log ind"
    assert english_texts(window.signin, ALLOW) == []
    assert english_texts(window.statusBar(), ALLOW) == []


def test_first_run_speaks_danish(qtbot, db: Database, tmp_path: Path, danish_pc: None) -> None:
    window = make_window(qtbot, db, tmp_path)  # no team leader yet: the first-run wizard
    assert window.first_run is not None
    assert english_texts(window.first_run, ALLOW) == []
    assert window.status.who.text() == "Første start: gør skranken klar"


def test_the_workspace_navigation_and_about_speak_danish(qtbot, db: Database, tmp_path: Path,
                                                         danish_pc: None) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    window.pc_language = "da"
    sign_in(qtbot, window, "kiri", "leader-pass")
    titles = [window.workspace.nav.item(row).text() for row in range(window.workspace.nav.count())]
    assert titles == ["Skranke", "Henvendelser", "Vejledninger", "Tjeklister", "Kompetencer og rapporter",
                      "Personale og indstillinger"]
    assert english_texts(window.workspace.nav, ALLOW) == []
    assert english_texts(window.statusBar(), ALLOW) == []
    assert "Teamleder" in window.status.who.text()
    window.show_about()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert about.windowTitle() == "Om deskapp"
    # Its buttons and headings; the diagnostics themselves are data (paths, versions) for IT.
    assert [text for where, text in english_texts(about, ALLOW)
            if where.startswith(("QPushButton", "QDialogButtonBox"))] == []
    about.reject()


def test_a_person_gets_their_own_language_at_sign_in_and_the_pc_gets_its_own_back_at_lock(
        qtbot, db: Database, tmp_path: Path, danish_pc: None) -> None:
    team = add_team(db)
    with db.write() as session:
        set_language(session, Actor.cli(), team["aisha"], "en")
    window = make_window(qtbot, db, tmp_path)
    window.pc_language = "da"
    sign_in(qtbot, window, "aisha", "1234")
    assert i18n.current_language() == "en"
    assert window.workspace.nav.item(0).text() == "Desk"
    assert window.status.who.text().startswith("Signed in: Aisha Ahmed (Staff)")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    window.lock()
    assert i18n.current_language() == "da"
    assert window.signin.heading.text() == "Låst: log ind for at fortsætte"
    assert english_texts(window.signin, ALLOW) == []
    sign_in(qtbot, window, "kiri", "leader-pass")  # no language of her own: the PC's
    assert window.workspace.nav.item(0).text() == "Skranke"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
