"""`deskapp desks list`: the desks, and whether each asks its patrons "How did we do?".
`deskapp desks patron-question DESK on|off`: turn that question on or off for one desk, as a team leader
does under Skills & reports ▸ Metrics (so IT can set up a new desk PC, or a scheduled task can, without the
window)."""

from __future__ import annotations

import argparse

from deskapp.platform.i18n import _
from deskapp.startup.database import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desks = subparsers.add_parser("desks", help=_("the desks, and whether each asks its patrons to rate the help"))
    sub = desks.add_subparsers(dest="desks_command", metavar=_("ACTION"), required=True)
    listing = sub.add_parser("list", help=_("print every desk and whether it asks its patrons"))
    listing.set_defaults(handler=run_list)
    question = sub.add_parser("patron-question", help=_("turn the patrons' \"How did we do?\" on or off for a desk"))
    question.add_argument("desk", metavar=_("DESK"), help=_("the desk's name, as `deskapp desks list` prints it"))
    question.add_argument("state", choices=("on", "off"), metavar="on|off")
    question.set_defaults(handler=run_patron_question)


def run_list(args: argparse.Namespace) -> int:
    from deskapp.desk.patron_rating import desks_asking
    from deskapp.platform.desks import list_desks

    opened = open_database(args.db)
    with opened.db.read() as session:
        desks = list_desks(session)
        asking = desks_asking(session)
    if not desks:
        print(_("No desks in this database yet."))
        return 0
    width = max(len(desk.name) for desk in desks)
    for desk in desks:
        state = _("asks its patrons") if desk.id in asking else _("does not ask its patrons")
        print(f"{desk.name.ljust(width)}  {state}")
    return 0


def run_patron_question(args: argparse.Namespace) -> int:
    from deskapp.db.models import Desk
    from deskapp.desk.patron_rating import set_rating_enabled
    from deskapp.platform.actor import Actor
    from deskapp.platform.desks import find_desk

    opened = open_database(args.db)
    with opened.db.write() as session:
        desk_id = find_desk(session, args.desk)
        if desk_id is None:
            raise ValueError(_("There is no desk called {desk!r}: `deskapp desks list` shows their names.")
                             .format(desk=args.desk))
        changed = set_rating_enabled(session, Actor.cli(), desk_id, args.state == "on")
        name = session.get(Desk, desk_id).name  # type: ignore[union-attr]  # find_desk just found it
    if args.state == "on":
        print(_("{desk} now asks its patrons after each save.").format(desk=name) if changed
              else _("{desk} already asks its patrons.").format(desk=name))
    else:
        print(_("{desk} no longer asks its patrons.").format(desk=name) if changed
              else _("{desk} does not ask its patrons.").format(desk=name))
    return 0
