"""About / Diagnostics dialog, and the start-up question when the database server cannot be reached."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import __version__
from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION
from deskapp.platform.diagnostics import collect_diagnostics
from deskapp.platform.settings import ADMIN_CONFIG, load_settings
from deskapp.startup.database import DatabaseUnreachableError, open_database
from deskapp.ui.about import AboutDialog, open_about
from deskapp.ui.connection_error import open_until_reachable, retry_box
from tests.ui_helpers import make_window


def row_values(dialog: AboutDialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def test_about_shows_version_database_revision_and_where_each_setting_came_from(
        qtbot, db: Database, tmp_path: Path) -> None:
    admin = tmp_path / "deskapp.toml"
    admin.write_text('desk_name = "Ground floor desk"\nidle_lock_minutes = 5\n', encoding="utf-8")
    settings = load_settings(admin_config=admin, user_config=tmp_path / "user.toml", environ={})

    dialog = open_about(db, settings)
    qtbot.addWidget(dialog)
    values = row_values(dialog)

    assert values["deskapp"] == __version__
    assert values["database"].endswith("deskapp.sqlite3")
    assert values["schema revision"].startswith(HEAD_REVISION)
    assert values["setting desk_name"] == f"Ground floor desk  [{ADMIN_CONFIG}]"
    assert values["setting idle_lock_minutes"] == f"5  [{ADMIN_CONFIG}]"
    assert values["Qt"] and values["python"]


def test_copy_to_clipboard_puts_the_whole_report_on_the_clipboard(qtbot, db: Database, tmp_path: Path) -> None:
    settings = load_settings(admin_config=tmp_path / "none.toml", user_config=tmp_path / "user.toml", environ={})
    dialog = open_about(db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Co&py (the button animates first)
    qtbot.waitUntil(lambda: dialog.copied.text() != "")

    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.text()
    assert f"deskapp: {__version__}" in copied
    assert f"schema revision: {HEAD_REVISION}" in copied
    assert "Qt: " in copied


def test_a_database_password_never_reaches_the_diagnostics(db: Database, tmp_path: Path) -> None:
    settings = load_settings({"database": "postgresql://desk:s3cret@dbserver/deskapp"},
                             admin_config=tmp_path / "none.toml", user_config=tmp_path / "u.toml", environ={})

    text = collect_diagnostics(db, settings).as_text()

    assert "s3cret" not in text
    assert "dbserver/deskapp" in text


def unreachable_url() -> str:
    return "postgresql://deskapp:pw@127.0.0.1:1/deskapp"  # port 1: nothing listens, refused at once


def test_an_unreachable_server_is_reported_and_quit_means_no_database_at_all() -> None:
    asked: list[DatabaseUnreachableError] = []

    def answer_quit(error: DatabaseUnreachableError) -> bool:
        asked.append(error)
        return False

    opened = open_until_reachable(lambda: open_database(unreachable_url()), answer_quit)

    assert opened is None  # never a silent fall-back to a local file
    assert len(asked) == 1
    assert "127.0.0.1:1/deskapp" in str(asked[0])
    assert "pw" not in asked[0].location


@pytest.mark.postgres
def test_retry_opens_the_database_once_the_server_can_serve_it(pg_server) -> None:
    name = f"not_yet_{uuid.uuid4().hex[:8]}"
    attempts: list[str] = []

    def create_it_then_retry(error: DatabaseUnreachableError) -> bool:
        attempts.append(error.reason)
        # IT fixes the server while the question is on screen.
        with psycopg.connect(host=str(pg_server.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return True

    opened = open_until_reachable(lambda: open_database(pg_server.url(name)), create_it_then_retry)

    assert opened is not None
    assert len(attempts) == 1
    assert name in attempts[0]
    assert opened.migration.after == HEAD_REVISION
    opened.db.dispose()


def test_the_retry_box_offers_retry_and_quit_and_names_the_database(qtbot) -> None:
    error = DatabaseUnreachableError("postgresql://deskapp@dbserver/deskapp", "connection refused")

    box = retry_box(error)
    qtbot.addWidget(box)

    assert "postgresql://deskapp@dbserver/deskapp" in box.text()
    assert box.detailedText() == "connection refused"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Retry)
    assert box.button(QMessageBox.StandardButton.Close).text() == "&Quit"


def test_f12_opens_about_from_the_sign_in_screen(qtbot, db: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, db, tmp_path)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F12)

    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert row_values(dialog)["schema revision"].startswith(HEAD_REVISION)
    dialog.reject()
