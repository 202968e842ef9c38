"""Backups of the SQLite database: checked, rotated, and purged of old notes as they age.

A backup is taken with SQLite's online backup API from a connection of its own, so the app keeps running
(in WAL mode writers are not even blocked). The live file must pass `PRAGMA integrity_check` first: a
damaged database must never push good backups out of the rotation. Each copy is turned into a single
self-contained file (rollback-journal mode), purged of notes older than the retention period, checked,
and only then renamed into place, so a half-written backup never carries a backup's name.

The automatic backup runs at most once a (local) day and only when the data changed since the last one;
the folder keeps the newest backup of each of the last 7 days that have one, plus the newest of each of the
4 weeks before those. PostgreSQL is backed up by the server's administrator with pg_dump, not by the app.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION, UnknownRevisionError, known_revisions, revision_of
from deskapp.db.models import AppSetting, AuditEvent, Enquiry
from deskapp.platform.backup_files import BackupFile, backup_name, list_backups
from deskapp.platform.i18n import _
from deskapp.platform.localtime import local_zone
from deskapp.platform.retention import SYSTEM_ACTOR, purge_notes, retention_days, run_scheduled_purge
from deskapp.platform.shared_settings import get_backup_folder

STATE_KEY = "backup.last"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupError(ValueError):
    """A backup or restore that cannot be done, in one plain sentence."""


class NotSqliteError(BackupError):
    """PostgreSQL is backed up by the server's administrator, not by the app."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.ok:
            return "ok"
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        return f"{shown}{more}"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    notes_purged: int
    removed: tuple[Path, ...] = ()


def require_sqlite(db: Database, doing: str = "back up") -> Path:
    path = db.sqlite_path
    if path is None:
        where = db.url.render_as_string(hide_password=True)
        raise NotSqliteError(
            _("This database is on a PostgreSQL server ({where}), so deskapp does not {doing} it itself. "
              "PostgreSQL is backed up by the server's administrator with pg_dump (and restored with pg_restore): "
              "ask your IT service, who run those tools on the server on a schedule.").format(
                    where=where,
                    doing=doing)
        )
    return path


def check_connection(conn: sqlite3.Connection, *, quick: bool = False) -> CheckResult:
    """Run `PRAGMA quick_check` or `integrity_check`; a file too damaged to read fails as well."""
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")]
    except sqlite3.DatabaseError as error:
        return CheckResult(False, (str(error),))
    return CheckResult(True) if rows == ["ok"] else CheckResult(False, tuple(str(r) for r in rows))


def check_file(path: Path, *, quick: bool = False) -> CheckResult:
    """Check a database file without changing it (read-only)."""
    if not path.is_file():
        return CheckResult(False, (f"{path} does not exist",))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return CheckResult(False, (str(error),))
    try:
        return check_connection(conn, quick=quick)
    finally:
        conn.close()


def check_database(db: Database, *, quick: bool = False) -> CheckResult:
    """`deskapp db check` and the start-up check: quick_check is fast, integrity_check is thorough."""
    path = require_sqlite(db, "check")
    conn = sqlite3.connect(path, timeout=30)
    try:
        return check_connection(conn, quick=quick)
    finally:
        conn.close()


def default_backup_folder(db: Database) -> Path:
    return require_sqlite(db).parent / "backups"


def backup_folder(db: Database) -> Path:
    """The folder a team leader chose (shared setting "backup_folder"), else `backups` beside the database."""
    with db.read() as session:
        chosen = get_backup_folder(session).strip()
    return Path(chosen).expanduser() if chosen else default_backup_folder(db)


def _purge_copy(path: Path, days: int, now: datetime) -> int:
    """Purge old notes inside a backup file (audited in that file), zeroing the freed bytes."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            with Session(bind=conn) as session:
                result = purge_notes(session, SYSTEM_ACTOR, days, now=now)
                session.flush()
        return result.purged
    finally:
        engine.dispose()


def backup_to(db: Database, target: Path, *, purge_older_than: int | None = None,
              now: datetime | None = None) -> BackupResult:
    """Copy the live database to `target` (checked first and after); optionally purge old notes in the copy."""
    source_path = require_sqlite(db)
    now = now or datetime.now(UTC)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    source = sqlite3.connect(source_path, timeout=30)
    try:
        checked = check_connection(source)
        if not checked.ok:
            raise BackupError(
                _("The database failed its integrity check, so no backup was taken (the existing backups are kept "
                  "as they are). Run `deskapp db check` for details. Problems: {value}").format(
                        value=checked.describe())
            )
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            # One self-contained file: no -wal/-shm companions to lose when the backup is copied elsewhere.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    try:
        purged = _purge_copy(partial, purge_older_than, now) if purge_older_than else 0
        after = check_file(partial)
        if not after.ok:
            raise BackupError(_("The backup copy failed its check and was discarded: {value}").format(
                    value=after.describe()))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(target, purged)

__all__ = ["BackupFile", "backup_name", "list_backups"]  # named here too: callers know them from this module


def backups_to_keep(backups: list[BackupFile], zone: tzinfo | None = None) -> list[BackupFile]:
    """7 daily (newest of each of the last 7 days with a backup) + 4 weekly (newest of each earlier week)."""
    zone = zone or local_zone()
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: list[BackupFile] = []
    days: list[date] = []
    for backup in newest_first:
        day = backup.taken_at.astimezone(zone).date()
        if day in days:
            continue
        if len(days) == KEEP_DAILY:
            break
        days.append(day)
        keep.append(backup)
    weeks: list[tuple[int, int]] = []
    oldest_daily = days[-1] if days else None
    for backup in newest_first:
        day = backup.taken_at.astimezone(zone).date()
        if oldest_daily is None or day >= oldest_daily:
            continue
        week = day.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) == KEEP_WEEKLY:
            break
        weeks.append(week)
        keep.append(backup)
    return keep


def audit_events_in(path: Path) -> int | None:
    """How much history a backup file holds (its audit events only ever grow); None if it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def rotate(folder: Path, source: Path, zone: tzinfo | None = None) -> tuple[Path, ...]:
    """Delete the backups of `source` the 7 daily + 4 weekly rule does not keep; returns what was removed.
    Backups of other databases in the same folder are not touched.

    A backup that holds more history than the newest one is never deleted: after the database was replaced
    by an empty one (or an old backup was restored), the rotation must not push the good backups out.
    """
    backups = list_backups(folder, source)
    kept = {b.path for b in backups_to_keep(backups, zone)}
    newest_history = audit_events_in(backups[0].path) if backups else None
    if newest_history is not None:
        kept |= {b.path for b in backups if b.path not in kept
                 and (audit_events_in(b.path) or 0) > newest_history}
    removed = []
    # A backup of this database cut short when the app closed.
    for leftover in folder.glob(f".{glob.escape(source.name)}.backup-*.sqlite3.partial"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return tuple(removed)


def purge_backups(folder: Path, source: Path, days: int, *, now: datetime | None = None) -> int:
    """Purge notes older than `days` from every rotated backup of `source` (notes age out of backups too)."""
    now = now or datetime.now(UTC)
    total = 0
    for backup in list_backups(folder, source):
        # A backup that cannot be opened is still better kept than lost: leave it alone.
        with contextlib.suppress(Exception):
            total += _purge_copy(backup.path, days, now)
    return total


def change_marker(db: Database) -> list[int]:
    """Cheap fingerprint of "did anything change": every change is audited, plus the enquiry rows."""
    with db.read() as session:
        audit_max = session.scalar(select(func.max(AuditEvent.id))) or 0
        enquiry_count, enquiry_max = session.execute(select(func.count(), func.max(Enquiry.id))).one()
    return [int(audit_max), int(enquiry_count or 0), int(enquiry_max or 0)]


def _state(db: Database) -> dict[str, Any]:
    with db.read() as session:
        setting = session.get(AppSetting, STATE_KEY)
    return setting.value if setting is not None and isinstance(setting.value, dict) else {}


def _save_state(db: Database, state: dict[str, Any]) -> None:
    with db.write() as session:
        setting = session.get(AppSetting, STATE_KEY)
        if setting is None:
            session.add(AppSetting(key=STATE_KEY, value=state))
        else:
            setting.value = state


def backup_is_due(db: Database, *, now: datetime | None = None, zone: tzinfo | None = None) -> bool:
    """At most once a local day, and only when the data changed since the last automatic backup."""
    now = now or datetime.now(UTC)
    zone = zone or local_zone()
    state = _state(db)
    last = state.get("at")
    if last:
        last_day = datetime.fromisoformat(last).astimezone(zone).date()
        if last_day >= now.astimezone(zone).date():
            return False
    folder = backup_folder(db)
    return not (state.get("marker") == change_marker(db) and list_backups(folder, require_sqlite(db)))


def require_known_schema(db: Database) -> None:
    """A rotated backup writes its state (and purges notes) in the database: never in one from a newer app."""
    revision = revision_of(db)
    if revision is not None and revision not in known_revisions():
        raise UnknownRevisionError(
            _("This database is at schema revision {revision!r}, written by a newer version of deskapp (this one "
              "knows up to {HEAD_REVISION}), so no rotated backup was taken and nothing was written into it. Use "
              "that version, or `deskapp backup --out FILE` for a plain copy.").format(
                    revision=revision,
                    HEAD_REVISION=HEAD_REVISION))


def take_rotated_backup(db: Database, *, now: datetime | None = None,
                        zone: tzinfo | None = None) -> BackupResult:
    """Back up into the backup folder, rotate, and purge old notes from the backups that stay."""
    require_known_schema(db)
    now = now or datetime.now(UTC)
    folder = backup_folder(db)
    marker = change_marker(db)
    with db.read() as session:
        days = retention_days(session)
    source = require_sqlite(db)
    result = backup_to(db, folder / backup_name(now, source), purge_older_than=days, now=now)
    removed = rotate(folder, source, zone)
    purged = purge_backups(folder, source, days, now=now)
    _save_state(db, {"at": now.isoformat(), "marker": marker, "file": result.path.name})
    return BackupResult(result.path, result.notes_purged + purged, removed)


def auto_backup_if_due(db: Database, *, now: datetime | None = None,
                       zone: tzinfo | None = None) -> BackupResult | None:
    """What the app runs at start-up and then hourly, off the GUI thread. None: nothing to do."""
    if not db.is_sqlite or db.sqlite_path is None:
        return None
    if not backup_is_due(db, now=now, zone=zone):
        return None
    return take_rotated_backup(db, now=now, zone=zone)


@dataclass(frozen=True)
class MaintenanceResult:
    notes_purged: int
    backup: BackupResult | None


def daily_maintenance(db: Database, *, now: datetime | None = None) -> MaintenanceResult:
    """Purge notes past the retention period, then back up if due. The app runs this at start-up and
    hourly off the GUI thread; both steps are cheap no-ops when there is nothing to do."""
    purged = run_scheduled_purge(db, now=now).purged
    return MaintenanceResult(purged, auto_backup_if_due(db, now=now))
