"""`deskapp backup`, `deskapp restore`, `deskapp db check` and `deskapp privacy purge-notes`."""

from __future__ import annotations

import argparse
from pathlib import Path

from deskapp.db import Database
from deskapp.platform.actor import Actor
from deskapp.platform.backup import (
    BackupError,
    backup_folder,
    backup_to,
    check_database,
    require_sqlite,
    take_rotated_backup,
)
from deskapp.platform.i18n import _
from deskapp.platform.settings import resolve_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help=_("back up the SQLite database (checked first; rotated 7 daily + "
                                                    "4 weekly in the backup folder unless --out is given)"))
    backup.add_argument("--out", metavar=_("FILE"), type=Path, help=_("write this one backup file instead"))
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help=_("replace the database with a backup (checked first; the "
                                                      "replaced file is kept aside). Close deskapp on this PC "
                                                      "first."))
    restore.add_argument("file", metavar=_("FILE"), type=Path)
    restore.set_defaults(handler=run_restore)

    privacy = subparsers.add_parser("privacy", help=_("privacy: purge old notes"))
    privacy_sub = privacy.add_subparsers(dest="privacy_command", metavar=_("ACTION"), required=True)
    purge = privacy_sub.add_parser("purge-notes", help=_("blank the notes of enquiries older than DAYS (the coded "
                                                         "fields stay)"))
    purge.add_argument("--older-than", metavar=_("DAYS"), type=int, required=True)
    purge.add_argument("--dry-run", action="store_true", help=_("only say how many notes would be purged"))
    purge.set_defaults(handler=run_purge_notes)


def register_db_check(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`deskapp db check`, hooked into the `db` command group."""
    check = db_sub.add_parser("check", help=_("run SQLite's integrity check on the database"))
    check.add_argument("--quick", action="store_true", help=_("quick_check instead of the full integrity_check"))
    check.set_defaults(handler=run_db_check)


def _existing_database(args: argparse.Namespace) -> Database:
    target = resolve_database(args.db)
    if "://" not in target and not Path(target).expanduser().is_file():
        raise BackupError(_("There is no database at {target}.").format(target=target))
    return Database(target)


def run_backup(args: argparse.Namespace) -> int:
    db = _existing_database(args)
    try:
        require_sqlite(db)
        if args.out is not None:
            result = backup_to(db, args.out)
            print(_("Backed up to {path} (integrity checked before and after).").format(path=result.path))
            return 0
        result = take_rotated_backup(db)
        print(_("Backed up to {path} (integrity checked before and after).").format(path=result.path))
        print(_("Backup folder: {value}; kept 7 daily + 4 weekly, removed {n_removed}.").format(
                value=backup_folder(db),
                n_removed=len(result.removed)))
        if result.notes_purged:
            print(_("Purged {notes_purged} notes older than the retention period from the backups.").format(
                    notes_purged=result.notes_purged))
        return 0
    finally:
        db.dispose()


def run_restore(args: argparse.Namespace) -> int:
    from deskapp.db.migrate import upgrade
    from deskapp.platform.instance_lock import hold
    from deskapp.platform.restore import restore_file

    target = resolve_database(args.db)
    db = Database(target)
    try:
        path = require_sqlite(db, "restore")
    finally:
        db.dispose()
    # Refused while a deskapp window has the database open (its saves would land in the set-aside file);
    # held meanwhile, so no window can start on the file half-way through.
    instance = hold(path, "restore over")
    try:
        result = restore_file(path, args.file)
    finally:
        instance.release()
    print(_("Restored {restored_from} (schema {revision}) into {path}.").format(
            restored_from=result.restored_from,
            revision=result.revision,
            path=path))
    if result.set_aside:
        print(_("The database it replaced is kept as {set_aside}.").format(set_aside=result.set_aside))
    restored = Database(path)
    try:
        migration = upgrade(restored)
    finally:
        restored.dispose()
    if migration.before != migration.after:
        print(_("Upgraded the restored database from schema {before} to {after}.").format(
                before=migration.before,
                after=migration.after))
    return 0


def run_db_check(args: argparse.Namespace) -> int:
    db = _existing_database(args)
    if not db.is_sqlite:
        db.dispose()
        raise BackupError(_("`deskapp db check` checks an SQLite file. A PostgreSQL server checks its own data "
                            "(page checksums, amcheck); ask its administrator."))
    try:
        result = check_database(db, quick=args.quick)
    finally:
        db.dispose()
    kind = "quick_check" if args.quick else "integrity_check"
    if result.ok:
        print(_("{kind}: ok").format(kind=kind))
        return 0
    print(_("{kind}: the database is damaged:").format(kind=kind))
    for problem in result.problems[:50]:
        print(_("  {problem}").format(problem=problem))
    print(_("Restore the newest good backup with `deskapp restore FILE` (the damaged file is kept aside)."))
    return 1


def run_purge_notes(args: argparse.Namespace) -> int:
    from deskapp.platform.retention import notes_older_than, purge_notes
    from deskapp.startup.database import open_database

    db = open_database(args.db, seed_data=False).db
    try:
        if args.dry_run:
            with db.read() as session:
                count = notes_older_than(session, args.older_than)
            print(_("{count} notes are older than {older_than} days and would be purged.").format(
                    count=count,
                    older_than=args.older_than))
            return 0
        with db.write() as session:
            result = purge_notes(session, Actor.cli(), args.older_than)
        print(_("Purged {purged} notes of enquiries asked before {cutoff:%Y-%m-%d %H:%M} UTC; the coded fields are "
                "kept.").format(purged=result.purged, cutoff=result.cutoff))
        return 0
    finally:
        db.dispose()
