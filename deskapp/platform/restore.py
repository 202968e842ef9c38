"""Restore a backup over the SQLite database, and what the app does when its database is damaged.

A file is restored only when it is a SQLite file, passes `PRAGMA integrity_check`, is a deskapp database
(has its tables and a schema revision) and is not from a newer version of the app. The checks run on a
private copy, and that same copy is what gets moved into place, so the file cannot change in between. The
file being replaced is never deleted: it is moved aside (with its -wal/-shm companions) under a name that
says when and why.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from deskapp.db import Database
from deskapp.db.engine import database_url
from deskapp.db.migrate import HEAD_REVISION, known_revisions
from deskapp.platform.backup import (
    BackupError,
    BackupFile,
    backup_folder,
    check_connection,
    check_database,
    check_file,
    default_backup_folder,
    require_sqlite,
)
from deskapp.platform.backup_files import backups_to_offer
from deskapp.platform.i18n import _
from deskapp.platform.shared_settings import BACKUP_FOLDER_KEY

UNCHANGED = "Nothing was changed."
REQUIRED_TABLES = {"alembic_version", "enquiries", "staff", "audit_events", "app_settings"}
COMPANIONS = ("-wal", "-shm", "-journal")


class RestoreRefused(BackupError):
    """The file offered for restoring is not a sound deskapp database for this version of the app."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    revision: str
    set_aside: Path | None


def validate_backup_file(path: Path) -> str:
    """The schema revision of a restorable backup; raises RestoreRefused with the reason otherwise."""
    path = Path(path)
    if not path.is_file():
        raise RestoreRefused(_("{path} does not exist.").format(path=path))
    # The header is read by SQLite itself, never by open(): in a process that has a database open, closing
    # another descriptor of that file drops SQLite's locks (see deskapp/db/live_file.py).
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as error:
            raise RestoreRefused(
                _("{name} is not a deskapp database (it is not a SQLite file). {UNCHANGED}").format(
                        name=path.name,
                        UNCHANGED=UNCHANGED)) from error
        checked = check_connection(conn)
        if not checked.ok:
            raise RestoreRefused(
                _("{name} failed the integrity check, so it was not restored (nothing was changed): {value}").format(
                        name=path.name,
                        value=checked.describe())
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables >= REQUIRED_TABLES:
            raise RestoreRefused(_("{name} is not a deskapp database (its tables are missing). {UNCHANGED}").format(
                    name=path.name,
                    UNCHANGED=UNCHANGED))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if revision is None:
        raise RestoreRefused(_("{name} has no schema revision, so it is not a deskapp database. {UNCHANGED}").format(
                name=path.name,
                UNCHANGED=UNCHANGED))
    if revision[0] not in known_revisions():
        raise RestoreRefused(
            _("{name} was written by a newer version of deskapp (schema {revision!r}; this version knows up to "
              "{HEAD_REVISION}). Install that version to restore it. Nothing was changed.").format(
                    name=path.name,
                    revision=revision[0],
                    HEAD_REVISION=HEAD_REVISION)
        )
    return str(revision[0])


def set_aside(path: Path, reason: str, now: datetime | None = None) -> Path | None:
    """Move a database file (and its -wal/-shm) aside as `NAME.REASON-STAMP.sqlite3`; None if absent."""
    if not path.exists():
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    os.replace(path, aside)
    for companion in COMPANIONS:
        extra = path.with_name(path.name + companion)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + companion))
    return aside


def restore_file(target: Path, source: Path, *, reason: str = "replaced-by-restore",
                 now: datetime | None = None) -> RestoreResult:
    """Replace the database file `target` with the backup `source`, keeping the replaced file aside.

    Close deskapp (and every connection to `target`) first; the CLI and the damaged-database flow do.
    """
    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise RestoreRefused(_("That is the database itself, not a backup of it. Nothing was changed."))
    staging = target.with_name(f".{target.name}.restoring")
    staging.unlink(missing_ok=True)
    shutil.copyfile(source, staging)
    for companion in ("-wal",):
        # A backup copied from a live WAL database carries its recent commits in the -wal file.
        if source.with_name(source.name + companion).exists():
            shutil.copyfile(source.with_name(source.name + companion), staging.with_name(staging.name + companion))
    try:
        revision = validate_backup_file(staging)
        conn = sqlite3.connect(staging)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # folds any -wal into the file
        finally:
            conn.close()
        aside = set_aside(target, reason, now)
        os.replace(staging, target)
    finally:
        for leftover in (staging, *(staging.with_name(staging.name + c) for c in COMPANIONS)):
            leftover.unlink(missing_ok=True)
    return RestoreResult(source, revision, aside)


def newest_good_backup(backups: list[BackupFile]) -> BackupFile | None:
    """The newest of `backups` that passes the integrity check (what the damaged-database flow offers)."""
    for backup in backups:
        if check_file(backup.path).ok:
            return backup
    return None


def make_read_only(db: Database) -> None:
    """Refuse every write from now on (a damaged database must not be made worse); reads keep working."""

    @event.listens_for(db.engine, "connect")
    def _query_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    db.engine.dispose()  # pooled connections reconnect, and so pass through the listener above


@dataclass(frozen=True)
class StartupReport:
    ok: bool
    problems: tuple[str, ...]
    newest_good_backup: BackupFile | None = None


def _folder_for(db: Database) -> Path:
    try:
        return backup_folder(db)
    except Exception:  # the settings live in the damaged file itself: fall back to the default place
        return default_backup_folder(db)


def startup_check(db: Database) -> StartupReport:
    """`PRAGMA quick_check` of the SQLite file; on damage, the newest backup that passes the full check."""
    if not db.is_sqlite or db.sqlite_path is None:
        return StartupReport(True, ())
    result = check_database(db, quick=True)
    if result.ok:
        return StartupReport(True, ())
    path = db.sqlite_path
    return StartupReport(False, result.problems, newest_good_backup(backups_to_offer(path, _folder_for(db))))


def recover_from_backup(db: Database, backup: Path) -> RestoreResult:
    """Put `backup` in place of the damaged database, keeping the damaged file aside as `*.damaged-*`."""
    path = require_sqlite(db, "restore")
    db.dispose()
    return restore_file(path, backup, reason="damaged")


def _sqlite_file(location: str) -> Path | None:
    url = database_url(location)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(str(url.database))
    return path if path.is_file() and path.stat().st_size > 0 else None


def file_is_damaged(location: str) -> bool:
    """After the database failed to open: is its SQLite file damaged (it fails `quick_check`)?"""
    path = _sqlite_file(location)
    return path is not None and not check_file(path, quick=True).ok


def damaged_before_opening(location: str) -> bool:
    """Checked before migrations may touch the file: a damaged schema can hide the app's tables, and the
    migration would then build new empty ones over the wreck. One tiny query when the file is healthy."""
    path = _sqlite_file(location)
    if path is None:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT version_num FROM alembic_version").fetchall()
            return False
        finally:
            conn.close()
    except sqlite3.Error:
        # No readable revision in a non-empty file: damaged, or not (yet) a deskapp database. The check decides.
        return not check_file(path, quick=True).ok


def _chosen_folder_of(path: Path) -> Path:
    """The backup folder set in a (damaged) database file, if it can still be read; else the default."""
    default = path.parent / "backups"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM app_settings WHERE key = ?", (BACKUP_FOLDER_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return default
    chosen = json.loads(row[0]) if row and row[0] else ""
    return Path(chosen).expanduser() if isinstance(chosen, str) and chosen.strip() else default


def damaged_file_report(location: str, error: BaseException) -> StartupReport:
    """For a database that failed to open because its file is damaged: what to tell, and what to offer."""
    path = Path(str(database_url(location).database))
    problem = str(getattr(error, "orig", None) or error)
    return StartupReport(False, (problem,), newest_good_backup(backups_to_offer(path, _chosen_folder_of(path))))


def recover_file(location: str, backup: Path) -> RestoreResult:
    """Put `backup` in place of a damaged database file that the app could not open."""
    return restore_file(Path(str(database_url(location).database)), backup, reason="damaged")


class DatabaseMissingError(RuntimeError):
    """The configured SQLite file is not there, but backups of it are: a new empty database in its place
    would hide the data (and its daily backups would later rotate the good ones out)."""

    def __init__(self, path: Path, report: StartupReport) -> None:
        backup = report.newest_good_backup
        offer = (f"The newest good backup is {backup.path} (restore it with `deskapp restore {backup.path}`)."
                 if backup is not None else "None of the backups beside it passes the check: tell IT support.")
        super().__init__(f"The database file {path} is missing, but backups of it exist in "
                         f"{path.parent / 'backups'}. deskapp did not make a new empty database. {offer}")
        self.path = path
        self.report = report


def missing_file_report(location: str) -> StartupReport | None:
    """For a configured SQLite file that is missing while backups of it exist beside it: what to offer.
    None when the file is there, or when it never had backups here (a first start makes a new one)."""
    url = database_url(location)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(str(url.database))
    if path.exists():
        return None
    # Only backups of this file count: a new database in a folder that holds another one's backups is a
    # first start, not a lost file.
    backups = backups_to_offer(path, path.parent / "backups")
    if not backups:
        return None
    return StartupReport(False, (f"{path} is missing",), newest_good_backup(backups))


def refuse_if_missing(location: str) -> None:
    report = missing_file_report(location)
    if report is not None:
        raise DatabaseMissingError(Path(str(database_url(location).database)), report)
