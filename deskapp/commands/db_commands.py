"""`deskapp db upgrade|status`."""

from __future__ import annotations

import argparse

from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION, known_revisions, revision_of, upgrade
from deskapp.platform.i18n import _, format_number
from deskapp.platform.settings import resolve_database
from deskapp.startup.seed import seed


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help=_("database schema: upgrade, status"))
    db_sub = db.add_subparsers(dest="db_command", metavar=_("ACTION"), required=True)
    up = db_sub.add_parser("upgrade", help=_("migrate to the newest schema (backs up SQLite first) and seed"))
    up.set_defaults(handler=run_upgrade)
    status = db_sub.add_parser("status", help=_("show where the database is and its schema revision"))
    status.set_defaults(handler=run_status)
    grant = db_sub.add_parser("grant-runtime", help=_("give a PostgreSQL role the desks' privileges (not the "
                                                      "owner's: it cannot alter the schema or the audit trail); "
                                                      "run as the owner"))
    grant.add_argument("role", metavar=_("ROLE"), help=_("an existing PostgreSQL login role for the desks"))
    grant.set_defaults(handler=run_grant_runtime)
    from deskapp.commands.backup_commands import register_db_check

    register_db_check(db_sub)  # `deskapp db check` lives with the backup commands


def run_upgrade(args: argparse.Namespace) -> int:
    db = Database(resolve_database(args.db))
    result = upgrade(db)
    with db.write() as session:
        report = seed(session)
    if result.before == result.after:
        print(_("Already at the newest schema ({after}).").format(after=result.after))
    else:
        print(_("Upgraded from {value} to {after}.").format(value=result.before or 'empty', after=result.after))
    if result.backup:
        print(_("Backup taken first: {backup}").format(backup=result.backup))
    if not report.skipped:
        print(_("Reference data: created {value}, refreshed {value2}.").format(
                value=sum(report.created.values()),
                value2=sum(report.refreshed.values())))
    return 0


STATUS_STATEMENT_TIMEOUT_MS = 15_000


def run_status(args: argparse.Namespace) -> int:
    location = resolve_database(args.db)
    # A status check must answer: a server that accepts the connection but never answers a query (or a
    # table locked by a migration) is cut off after STATUS_STATEMENT_TIMEOUT_MS instead of hanging.
    options = ({"connect_args": {"options": f"-c statement_timeout={STATUS_STATEMENT_TIMEOUT_MS}"}}
               if "://" in location and not location.startswith("sqlite") else {})
    db = Database(location, **options)
    current = revision_of(db)
    print(_("database: {value}").format(value=db.url.render_as_string(hide_password=True)))
    print(_("current:  {value}").format(value=current or '(empty: not migrated yet)'))
    print(_("head:     {HEAD_REVISION}").format(HEAD_REVISION=HEAD_REVISION))
    if current == HEAD_REVISION:
        from sqlalchemy import func, select

        from deskapp.db.models import Enquiry

        with db.read() as session:
            count = session.scalar(select(func.count()).select_from(Enquiry))
        print(_("status:   up to date, {count} enquiries").format(count=format_number(count or 0)))
    elif current is None:
        print(_("status:   run `deskapp db upgrade` (the app does this itself on start)"))
    elif current in known_revisions():
        print(_("status:   behind: run `deskapp db upgrade` (the app does this itself on start)"))
    else:
        print(_("status:   written by a newer deskapp: this version will not open it"))
        return 1
    return 0


def run_grant_runtime(args: argparse.Namespace) -> int:
    from deskapp.db.runtime_role import grant_runtime

    db = Database(resolve_database(args.db))
    try:
        for statement in grant_runtime(db, args.role):
            print(_("{statement};").format(statement=statement))
    finally:
        db.dispose()
    print(_("Done. Point the desks at the database as {role}; run upgrades as the owner, from one PC.").format(
            role=args.role))
    return 0
