"""Run as a program: the main window over a database at a scaled 1366x768 screen, every area and tab visited,
what tests/layout_checks.py finds printed as JSON ({"desk": [...], "guides ▸ 0": [...], "about": [...]}).

A program of its own because Qt reads QT_SCALE_FACTOR once, when the application starts (pytest's Qt
application is already running at 100 %). The window is the share of 1366x768 a maximised window gets under a
40-pixel taskbar and a 31-pixel title bar, in the scaled screen's own (logical) pixels.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN_JSON QT_SCALE_FACTOR=1.25 \
        python -m tests.scaled_window DB LANG NAME SECRET [PNG_DIR]

SCREEN_JSON describes one 1366x768 screen (tests/test_ui_scaling.py writes it), so the dialogs that size
themselves to the screen see the desk PC's.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget

from deskapp.startup.database import open_database
from deskapp.ui.about import open_about
from deskapp.ui.change_bus import ChangeBus
from deskapp.ui.context import UiContext
from deskapp.ui.dialogs import DialogService
from deskapp.ui.i18n import install_language
from deskapp.ui.main_window import MainWindow
from deskapp.ui.session import SessionController
from deskapp.ui.style import apply_style
from tests.layout_checks import layout_problems, too_wide

DESK = "Main Library – Ground floor desk"  # one of the desks `deskapp demo-data` makes


def screen_share(scale: float) -> tuple[int, int]:
    return int(1366 / scale), int((768 - 40 - 31) / scale)


def main(database: str, language: str, name: str, secret: str, png_dir: str = "") -> dict[str, list[str]]:
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    width, height = screen_share(scale)
    app = QApplication([])
    apply_style(app)
    install_language(app, language)
    opened = open_database(database)
    controller = SessionController(opened.db)
    context = UiContext(db=opened.db, desk_name=DESK, bus=ChangeBus(), dialogs=DialogService(),
                        current_actor=controller.actor)
    window = MainWindow(context, controller, idle_lock_minutes=0, pc_language=language)
    window.resize(width, height)
    window.show()
    window.start()
    QTest.qWait(50)
    found: dict[str, list[str]] = {"sign-in": too_wide(window, width, height)}
    QTest.keyClicks(window.signin.name_edit, name)
    QTest.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    QTest.keyClicks(window.signin.secret_edit, secret)
    QTest.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    QTest.qWait(100)
    window.resize(width, height)  # (as a maximised window is fitted to the screen again)
    workspace = window.workspace
    for row, spec in enumerate(workspace.pages):
        workspace.show_page(row)
        QTest.qWait(100)
        page = workspace.page(spec.key)
        tabs = [widget for widget in page.findChildren(QTabWidget) if widget.isVisible()][:1] if page else []
        for tab in range(tabs[0].count()) if tabs else [None]:
            if tab is not None:
                tabs[0].setCurrentIndex(tab)
                QTest.qWait(100)
            where = spec.key if tab is None else f"{spec.key} ▸ {tab}"
            found[where] = layout_problems(window, width, height)
            if png_dir:
                window.grab().save(str(Path(png_dir) / f"{language}{round(scale * 100)}_{where}.png"))
    about = open_about(opened.db, parent=window)
    QTest.qWait(50)
    found["about"] = too_wide(about, width, height) + layout_problems(about, width, height)
    if png_dir:
        about.grab().save(str(Path(png_dir) / f"{language}{round(scale * 100)}_about.png"))
    return found


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False))
