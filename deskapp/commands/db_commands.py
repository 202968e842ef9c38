"""`deskapp db upgrade|status`."""

from __future__ import annotations

import argparse

from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION, known_revisions, revision_of, upgrade
from deskapp.platform.settings import resolve_database
from deskapp.startup.seed import seed


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database schema: upgrade, status")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="migrate to the newest schema (backs up SQLite first) and seed")
    up.set_defaults(handler=run_upgrade)
    status = db_sub.add_parser("status", help="show where the database is and its schema revision")
    status.set_defaults(handler=run_status)
    from deskapp.commands.backup_commands import register_db_check

    register_db_check(db_sub)  # `deskapp db check` lives with the backup commands


def run_upgrade(args: argparse.Namespace) -> int:
    db = Database(resolve_database(args.db))
    result = upgrade(db)
    with db.write() as session:
        report = seed(session)
    if result.before == result.after:
        print(f"Already at the newest schema ({result.after}).")
    else:
        print(f"Upgraded from {result.before or 'empty'} to {result.after}.")
    if result.backup:
        print(f"Backup taken first: {result.backup}")
    if not report.skipped:
        print(f"Reference data: created {sum(report.created.values())}, refreshed {sum(report.refreshed.values())}.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    db = Database(resolve_database(args.db))
    current = revision_of(db)
    print(f"database: {db.url.render_as_string(hide_password=True)}")
    print(f"current:  {current or '(empty: not migrated yet)'}")
    print(f"head:     {HEAD_REVISION}")
    if current == HEAD_REVISION:
        from sqlalchemy import func, select

        from deskapp.db.models import Enquiry

        with db.read() as session:
            count = session.scalar(select(func.count()).select_from(Enquiry))
        print(f"status:   up to date, {count:,} enquiries")
    elif current is None:
        print("status:   run `deskapp db upgrade` (the app does this itself on start)")
    elif current in known_revisions():
        print("status:   behind: run `deskapp db upgrade` (the app does this itself on start)")
    else:
        print("status:   written by a newer deskapp: this version will not open it")
        return 1
    return 0
