"""GUI entry point: migrate and seed before any window, then first run or sign-in, then the workspace."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp.platform.instance_lock import DatabaseInUseError, hold_location
from deskapp.platform.logfile import add_log_file
from deskapp.platform.settings import load_settings, resolve_database
from deskapp.startup.database import UnknownRevisionError, open_database
from deskapp.ui.change_bus import ChangeBus
from deskapp.ui.connection_error import open_until_reachable
from deskapp.ui.context import UiContext
from deskapp.ui.dialogs import DialogService
from deskapp.ui.file_dialogs import protect
from deskapp.ui.i18n import choose_language, install_language
from deskapp.ui.main_window import MainWindow
from deskapp.ui.session import SessionController
from deskapp.ui.startup_checks import install as install_safety_checks
from deskapp.ui.startup_checks import open_or_recover
from deskapp.ui.startup_probe import install_if_requested
from deskapp.ui.startup_wait import QuitWhileWaiting, open_with_visible_wait
from deskapp.ui.style import apply_style


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("deskapp")
    install_if_requested(app)  # DESKAPP_EXIT_AFTER_FIRST_SHOW=1: start-up benchmark (deskapp/ui/startup_probe.py)
    app.setApplicationDisplayName("deskapp")
    apply_style(app)
    try:
        settings = load_settings({"database": args.db})
    except ValueError as error:
        QMessageBox.critical(None, app.tr("deskapp cannot read its settings"), str(error))
        return 2
    # This PC's language (deskapp.toml or Staff & settings, else the system's) before the first window.
    install_language(app, choose_language(None, settings.language))
    add_log_file(settings)  # logs/deskapp.log in the data folder: a windowed build has no console
    if settings.warnings:
        # Said before anything opens: a misspelt `database` key would otherwise open the per-user file.
        QMessageBox.warning(None, app.tr("deskapp.toml has settings deskapp does not know"),
                            "\n\n".join(settings.warnings))
    try:
        # One window per database file: a second one (or a restore under it) would write past the first.
        instance = hold_location(resolve_database(args.db))
    except DatabaseInUseError as error:
        QMessageBox.critical(None, app.tr("deskapp is already open"), str(error))
        return 1
    try:
        # A damaged SQLite file: say so and offer the newest good backup (deskapp/ui/startup_checks.py).
        # Opened off the GUI thread: waiting for another PC's upgrade shows a window, not nothing at all.
        opened = open_until_reachable(lambda: open_or_recover(lambda: open_with_visible_wait(
            lambda on_wait: open_database(args.db, on_wait=on_wait)), args.db, DialogService()))
    except QuitWhileWaiting:
        return 1
    except UnknownRevisionError as error:
        QMessageBox.critical(None, app.tr("deskapp cannot open this database"), str(error))
        return 2
    if opened is None:
        return 1

    # No file dialog of this process lists (or reads) the live database: see deskapp/ui/file_dialogs.py.
    protect(opened.db.sqlite_path)
    controller = SessionController(opened.db)
    dialogs = DialogService()
    context = UiContext(db=opened.db, desk_name=settings.desk_name, bus=ChangeBus(), dialogs=dialogs,
                        current_actor=controller.actor)
    window = MainWindow(context, controller, idle_lock_minutes=settings.idle_lock_minutes,
                        pc_language=settings.language)
    dialogs.parent = window
    window.setProperty("database_url", opened.db.url.render_as_string(hide_password=True))
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(1280, screen.width()), min(760, screen.height()))
    window.showMaximized()  # a desk PC runs little else
    window.start()
    # quick_check, notes purge and automatic backup, in the background (deskapp/ui/startup_checks.py)
    install_safety_checks(context, window, app.quit, lambda text: window.statusBar().showMessage(text, 15_000))
    code = app.exec()
    opened.db.dispose()
    if instance is not None:
        instance.release()
    return code
