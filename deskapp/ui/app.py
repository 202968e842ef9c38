"""GUI entry point: migrate and seed before any window, then show the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from deskapp.startup import UnknownRevisionError, open_database


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("deskapp")
    try:
        opened = open_database(args.db)
    except UnknownRevisionError as error:
        QMessageBox.critical(None, app.tr("deskapp cannot open this database"), str(error))
        return 2
    window = QMainWindow()
    window.setWindowTitle(app.tr("deskapp"))
    window.resize(1200, 720)
    window.show()
    window.setProperty("database_url", opened.db.url.render_as_string(hide_password=True))
    return app.exec()
