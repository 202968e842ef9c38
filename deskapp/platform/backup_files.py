"""Which files in a backup folder are backups, and of which database.

A backup is named after the database file it was taken from, `SOURCE.backup-YYYYMMDDTHHMMSSZ.sqlite3`
(`desk.db.backup-20261203T120000Z.sqlite3`), so databases that share a folder never rotate, purge or offer
each other's backups. Older versions named every backup `deskapp-backup-STAMP.sqlite3`, without the source;
such a backup is attributed by its lineage instead: the first audit event of a database never changes
(the audit trail is append-only), and every backup and restored copy of it starts with that same event.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LEGACY_PREFIX = "deskapp-backup-"
TAG = ".backup-"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# Files beside a missing database that may be other databases (whose lineage can claim older backups).
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")

Lineage = tuple[object, ...]


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    source: str | None = None  # the database file's name; None for an older backup named without it


def backup_name(taken_at: datetime, source: Path) -> str:
    return f"{source.name}{TAG}{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}{SUFFIX}"


def _parse(path: Path) -> BackupFile | None:
    if not path.name.endswith(SUFFIX) or path.name.startswith("."):
        return None
    body = path.name[:-len(SUFFIX)]
    if body.startswith(LEGACY_PREFIX):
        source, stamp = None, body[len(LEGACY_PREFIX):]
    elif TAG in body:
        source, _, stamp = body.rpartition(TAG)
    else:
        return None
    try:
        taken = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupFile(path, taken, source)


def all_backups(folder: Path) -> list[BackupFile]:
    """Every backup in `folder`, of any database, newest first."""
    if not folder.is_dir():
        return []
    found = [backup for path in folder.glob(f"*{SUFFIX}") if (backup := _parse(path)) is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def lineage(path: Path) -> Lineage | None:
    """The first audit event of a database file (read-only, through SQLite); None if it has none or
    cannot be read. Never open()ed: the file may be the app's live database (see db/live_file.py)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT id, at, actor, action, entity, entity_id FROM audit_events ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return tuple(row) if row is not None else None


def list_backups(folder: Path, source: Path) -> list[BackupFile]:
    """The backups of the database file `source` in `folder`, newest first: those named after it, and the
    older unnamed ones whose lineage is its own."""
    everything = all_backups(folder)
    mine = [b for b in everything if b.source == source.name]
    unnamed = [b for b in everything if b.source is None]
    if unnamed:
        own = lineage(source)
        if own is not None:
            mine += [b for b in unnamed if lineage(b.path) == own]
    return sorted(mine, key=lambda b: b.taken_at, reverse=True)


def _other_databases_beside(path: Path) -> list[Path]:
    """Database files in the folder of `path`, other than it and its own set-aside copies
    (`STEM.damaged-...`, `STEM.before-upgrade-...`: those share its lineage)."""
    out = []
    for candidate in path.parent.iterdir():
        if (candidate.name != path.name and candidate.suffix in DATABASE_SUFFIXES
                and not candidate.name.startswith(f"{path.stem}.") and candidate.is_file()):
            out.append(candidate)
    return out


def backups_to_offer(path: Path, folder: Path) -> list[BackupFile]:
    """The backups in `folder` that may be of the database file `path`, which is damaged or gone: what to
    offer for restoring, newest first. Those named after it; of the older unnamed ones, those of its own
    lineage when it can still be read, else those that no other database still there claims (refusing a
    new empty database when in doubt is the safe side)."""
    everything = all_backups(folder)
    mine = [b for b in everything if b.source == path.name]
    unnamed = [b for b in everything if b.source is None]
    own = lineage(path) if unnamed else None
    if own is not None:
        mine += [b for b in unnamed if lineage(b.path) == own]
    elif unnamed:
        claimed = {lineage(other) for other in _other_databases_beside(path)} - {None}
        mine += [b for b in unnamed if lineage(b.path) not in claimed] if claimed else unnamed
    return sorted(mine, key=lambda b: b.taken_at, reverse=True)
