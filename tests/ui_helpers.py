"""Building the real main window over a test database, for the sign-in and main-window tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from deskapp.db import Database
from deskapp.people.staff import add_staff
from deskapp.platform.actor import Actor
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.dialogs import DialogService
from deskapp.ui.main_window import MainWindow
from deskapp.ui.session import SessionController

DESK = "Main Library – Ground floor desk"


class ScriptedDialogs(DialogService):
    """Answers questions from a script instead of showing message boxes; remembers what it was told."""

    def __init__(self, confirm: bool = True) -> None:
        super().__init__(None)
        self.answer = confirm
        self.told: list[tuple[str, str]] = []

    def info(self, title: str, text: str) -> None:
        self.told.append((title, text))

    def error(self, title: str, text: str) -> None:
        self.told.append((title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.told.append((title, text))
        return self.answer


def add_team(db: Database) -> dict[str, int]:
    with db.write() as session:
        cli = Actor.cli()
        return {
            "leader": add_staff(session, cli, "Kiri Kaur", "KK", "leader", "leader-pass"),
            "aisha": add_staff(session, cli, "Aisha Ahmed", "AA", "staff", "1234"),
            "ben": add_staff(session, cli, "Ben Brown", "BB", "staff", "5678"),
        }


def make_window(qtbot, db: Database, tmp_path: Path, *, desk_name: str = DESK, idle_timeout_ms: int | None = 0,
                confirm: bool = True) -> MainWindow:
    controller = SessionController(db)
    context = UiContext(db=db, desk_name=desk_name, bus=ChangeBus(), dialogs=ScriptedDialogs(confirm),
                        current_actor=controller.actor, user_config=tmp_path / "user.toml")
    window = MainWindow(context, controller, idle_timeout_ms=idle_timeout_ms)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    # Shortcuts (Alt+N, Ctrl+L) only reach the active window; another test's window may still be around.
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    return window
