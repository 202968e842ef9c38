"""`deskapp reference list KIND`: the keys a mapping file may map values to, with their labels."""

from __future__ import annotations

import argparse

from deskapp.platform.i18n import _
from deskapp.startup.database import open_database

KINDS = ("categories", "skills", "channels", "patron-types", "outcomes", "referral-targets", "durations",
         "read-levels", "desks", "guides")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reference = subparsers.add_parser("reference", help=_("the coded values (keys and labels) mappings refer to"))
    sub = reference.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help=_("print the keys and labels of one kind of coded value"))
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    from deskapp.importing.lookups import reference_values

    opened = open_database(args.db)
    with opened.db.read() as session:
        rows = reference_values(session, args.kind)
    if not rows:
        print(_("No {kind} in this database.").format(kind=args.kind))
        return 0
    width = max(len(key) for key, _ in rows)
    for key, label in rows:
        print(_("{value}  {label}").format(value=key.ljust(width), label=label))
    return 0
