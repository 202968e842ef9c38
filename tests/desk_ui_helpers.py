"""The desk page on screen for pytest-qt scenarios: its context and the page itself, focused and ready."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from deskapp.platform.actor import Actor
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.dialogs import DialogService
from tests.desk_helpers import DESK_NAME, DeskWorld


def make_context(world: DeskWorld, actor: Actor, tmp_path: Path) -> UiContext:
    return UiContext(db=world.db, desk_name=DESK_NAME, bus=ChangeBus(), dialogs=DialogService(),
                     current_actor=lambda: actor, user_config=tmp_path / "user.toml")


def open_page(qtbot: QtBot, context: UiContext) -> DeskPage:
    page = DeskPage(context)
    qtbot.addWidget(page)
    page.resize(1136, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    qtbot.waitUntil(lambda: page.form.category.edit.hasFocus())
    return page
