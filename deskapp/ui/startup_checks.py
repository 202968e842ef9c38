"""Data-safety work the running app does in the background: the start-up `quick_check`, then the daily
notes purge and automatic backup (re-checked hourly). On a damaged database the app turns read-only, says
so plainly, and offers to restore the newest backup that passes the check, keeping the damaged file aside.

Everything slow runs on the QThreadPool; only the questions to the person run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from deskapp.platform.backup import MaintenanceResult, daily_maintenance
from deskapp.platform.changes import Change
from deskapp.platform.localtime import local_zone
from deskapp.platform.restore import (
    RestoreResult,
    StartupReport,
    damaged_before_opening,
    damaged_file_report,
    file_is_damaged,
    make_read_only,
    missing_file_report,
    recover_file,
    recover_from_backup,
    startup_check,
)
from deskapp.platform.settings import resolve_database
from deskapp.ui.background import Job, start
from deskapp.ui.context import UiContext
from deskapp.ui.dialogs import DialogService

log = logging.getLogger(__name__)
HOURLY_MS = 60 * 60 * 1000
T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupChecks", text)


def open_or_recover(open_database: Callable[[], T], db_option: str | None, dialogs: DialogService) -> T | None:
    """Open the database; if its SQLite file is too damaged to open at all, say so plainly and offer the
    newest backup that passes the check (the damaged file is kept aside). None: the person declined."""
    location = resolve_database(db_option)
    missing = missing_file_report(location)
    if missing is not None:
        return _offer_backup_for_missing(open_database, location, missing, dialogs)
    if damaged_before_opening(location):
        report = damaged_file_report(location, RuntimeError("the file fails SQLite's check"))
    else:
        try:
            return open_database()
        except Exception as error:
            # Whatever the error says ("malformed", "no such table", ...), the check of the file decides.
            if not file_is_damaged(location):
                raise
            report = damaged_file_report(location, error)
    title = _tr("The database is damaged")
    plain = _tr("deskapp cannot open its database because the file is damaged (%s).") % report.problems[0]
    if report.newest_good_backup is None:
        dialogs.error(title, plain + "\n\n" + _tr("No backup that passes the check was found beside it. Ask "
                                                   "your IT service to restore one; the file is %s.") % location)
        return None
    taken = report.newest_good_backup.taken_at.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")
    if not dialogs.confirm(title, plain + "\n\n" + _tr(
            "Restore the newest good backup, taken %s? Anything saved after it is lost from the log; the "
            "damaged file is kept aside for your IT service.") % taken):
        return None
    result = recover_file(location, report.newest_good_backup.path)
    dialogs.info(_tr("Backup restored"), _tr("The backup is back in place. The damaged file is kept as %s.")
                 % result.set_aside)
    return open_database()


def _offer_backup_for_missing(open_database: Callable[[], T], location: str, report: StartupReport,
                              dialogs: DialogService) -> T | None:
    """The configured file is gone but its backups are not: never start on a new empty database instead."""
    title = _tr("The database file is missing")
    plain = _tr("The database file %s is not there, but backups of it are. deskapp has not made a new, empty "
                "database in its place.") % location
    if report.newest_good_backup is None:
        dialogs.error(title, plain + "\n\n" + _tr("None of the backups passes the check. Ask your IT service "
                                                  "to find the file or restore one."))
        return None
    taken = report.newest_good_backup.taken_at.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")
    if not dialogs.confirm(title, plain + "\n\n" + _tr(
            "Restore the newest good backup, taken %s? Anything saved after it is not in it. If the file was "
            "only moved (for example to another drive), choose No and ask your IT service.") % taken):
        return None
    recover_file(location, report.newest_good_backup.path)
    return open_database()


class StartupChecks(QObject):
    """Create once with the app's context, then `start()`; parent it to the main window."""

    status = Signal(str)  # one line for a status bar
    restart_needed = Signal()  # the database file was replaced: the app must be started again
    read_only = Signal(str)  # the database is damaged and now refuses writes

    def __init__(self, context: UiContext, parent: QObject | None = None, *,
                 pool: QThreadPool | None = None, interval_ms: int = HOURLY_MS) -> None:
        super().__init__(parent)
        self.context = context
        self.pool = pool or QThreadPool.globalInstance()
        self.damaged = False
        self.last_error = ""
        self._jobs: set[Job] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_maintenance)

    def start(self) -> None:
        self._submit(lambda: startup_check(self.context.db), self._on_checked)

    def run_maintenance(self) -> None:
        if not self.damaged:
            self._submit(lambda: daily_maintenance(self.context.db), self._on_maintained)

    def _submit(self, call: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        jobs = self._jobs

        def done(result: Any) -> None:
            jobs.discard(job)
            on_done(result)

        def failed(message: str) -> None:
            jobs.discard(job)
            self.last_error = message
            self.status.emit(self.tr("Background backup or check failed: %s") % message)

        job = start(call, done, failed, self.pool)
        jobs.add(job)  # keep the signals object alive until the job reports back

    def _on_checked(self, report: StartupReport) -> None:
        if report.ok:
            self.run_maintenance()
            self._timer.start()
            return
        self.damaged = True
        make_read_only(self.context.db)
        problem = "; ".join(report.problems[:3])
        self.read_only.emit(problem)
        dialogs = self.context.dialogs
        title = self.tr("The database is damaged")
        plain = self.tr("deskapp found damage in its database file, so it has switched to read-only: you can "
                        "look things up, but nothing new can be saved until the database is repaired.")
        if report.newest_good_backup is None:
            dialogs.error(title, plain + "\n\n" + self.tr(
                "No backup that passes the check was found. Ask your IT service to restore one; the "
                "details are: %s") % problem)
            return
        taken = report.newest_good_backup.taken_at.astimezone(local_zone())
        question = plain + "\n\n" + self.tr(
            "Restore the newest good backup, taken %s? Anything saved after it is lost from the log; the "
            "damaged file is kept aside for your IT service.") % taken.strftime("%Y-%m-%d %H:%M")
        if dialogs.confirm(title, question):
            backup = report.newest_good_backup.path
            self._submit(lambda: recover_from_backup(self.context.db, backup), self._on_restored)

    def _on_restored(self, result: RestoreResult) -> None:
        kept = str(result.set_aside) if result.set_aside else self.tr("(no file was left to keep)")
        self.context.dialogs.info(self.tr("Backup restored"), self.tr(
            "The backup is back in place. The damaged file is kept as %s.\n\ndeskapp will now close: start it "
            "again to carry on.") % kept)
        self.restart_needed.emit()

    def _on_maintained(self, result: MaintenanceResult) -> None:
        parts = []
        if result.backup is not None:
            parts.append(self.tr("Backed up to %s") % result.backup.path.name)
        if result.notes_purged:
            parts.append(self.tr("%n old note(s) purged", "", result.notes_purged))
        if parts:
            self.status.emit("; ".join(parts))
        if result.notes_purged:
            self.context.bus.announce(Change.ENQUIRIES)


def install(context: UiContext, parent: QObject, on_restart: Callable[[], None],
            show_status: Callable[[str], None] | None = None) -> StartupChecks:
    """What the app's start-up calls once the main window exists."""
    checks = StartupChecks(context, parent)
    checks.restart_needed.connect(on_restart)
    if show_status is not None:
        checks.status.connect(show_status)
    checks.start()
    return checks
