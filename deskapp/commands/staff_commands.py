"""`deskapp staff list|add|edit|deactivate|reactivate|reset-credential|set-role`.

The CLI acts as the local operator with admin rights (Actor.cli()); people are named by their initials.
PINs and passwords are asked for without echo unless given with --pin / --password (for scripts).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from deskapp.people.staff import (
    ROLE_LABELS,
    add_staff,
    deactivate_staff,
    edit_staff,
    find_staff,
    get_staff,
    list_staff,
    reactivate_staff,
    reset_credential,
    set_role,
)
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _
from deskapp.startup.database import open_database

ROLES = list(ROLE_LABELS)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = subparsers.add_parser("staff", help=_("the staff list: add, deactivate, reset PINs, set roles"))
    sub = staff.add_subparsers(dest="staff_command", metavar=_("ACTION"), required=True)

    listing = sub.add_parser("list", help=_("list staff (active only unless --all)"))
    listing.add_argument("--all", action="store_true", help=_("include deactivated people"))
    listing.set_defaults(handler=run_list)

    add = sub.add_parser("add", help=_("add a person"))
    add.add_argument("name", metavar=_("NAME"))
    add.add_argument("--initials", required=True, metavar=_("INITIALS"))
    add.add_argument("--role", choices=ROLES, default="staff")
    _secret_options(add)
    add.set_defaults(handler=run_add)

    edit = sub.add_parser("edit", help=_("change a person's name or initials"))
    edit.add_argument("initials", metavar=_("INITIALS"), help=_("their current initials"))
    edit.add_argument("--name", metavar=_("NAME"))
    edit.add_argument("--new-initials", metavar=_("INITIALS"))
    edit.set_defaults(handler=run_edit)

    for name, handler, text in (
            ("deactivate", run_deactivate, _("take a person off the sign-in list (their history stays theirs)")),
            ("reactivate", run_reactivate, _("put a deactivated person back (their history stays theirs)"))):
        action = sub.add_parser(name, help=text)
        action.add_argument("initials", metavar=_("INITIALS"))
        action.set_defaults(handler=handler)

    reset = sub.add_parser("reset-credential", help=_("give a person a new PIN or password (also ends a lock-out)"))
    reset.add_argument("initials", metavar=_("INITIALS"))
    _secret_options(reset)
    reset.set_defaults(handler=run_reset)

    role = sub.add_parser("set-role", help=_("make a person staff, leader or admin"))
    role.add_argument("initials", metavar=_("INITIALS"))
    role.add_argument("role", choices=ROLES, metavar=_("ROLE"), help=", ".join(ROLES))
    role.add_argument("--password", metavar=_("PASSWORD"),
                      help=_("a new password (needed when a PIN user becomes leader or admin)"))
    role.set_defaults(handler=run_set_role)


def _secret_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--pin", metavar=_("DIGITS"),
                       help=_("4-8 digits (staff only); asked for when neither option is given"))
    group.add_argument("--password", metavar=_("PASSWORD"),
                       help=_("at least 8 characters (required for leaders and admins)"))


def _ask_secret(args: argparse.Namespace, role: str) -> str:
    given: str | None = getattr(args, "pin", None) or getattr(args, "password", None)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValueError(_("Give the PIN with --pin or the password with --password."))
    prompt = (_("New PIN (4-8 digits) or password: ") if role == "staff"
              else _("New password (at least 8 characters): "))
    first = getpass.getpass(prompt)
    if getpass.getpass(_("Again: ")) != first:
        raise ValueError(_("The two entries differ; nothing was changed."))
    return first


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db).db
    with db.read() as session:
        people = list_staff(session, Actor.cli(), include_inactive=args.all)
    if not people:
        print(_("No staff yet. Add someone with: deskapp staff add \"NAME\" --initials XX --role leader"))
        return 0
    headings = (_("INITIALS"), _("NAME"), _("ROLE"), _("SIGNS IN WITH"), _("STATUS"))
    kinds = {"pin": _("PIN"), "password": _("password")}
    rows = [(p.initials, p.name, p.role_label, kinds.get(p.credential_kind or "", _("(not set)")),
             _("deactivated") if not p.active else (_("locked out") if p.is_locked() else _("active")))
            for p in people]
    widths = [max(len(str(row[i])) for row in [headings, *rows]) for i in range(4)]
    for row in [headings, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row[:4], widths, strict=True)) + "  " + row[4])
    return 0


def run_add(args: argparse.Namespace) -> int:
    secret = _ask_secret(args, args.role)
    with open_database(args.db).db.write() as session:
        staff_id = add_staff(session, Actor.cli(), args.name, args.initials, args.role, secret)
        person = get_staff(session, staff_id)
    print(_("Added {name} ({initials}) as {value}.").format(
            name=person.name,
            initials=person.initials,
            value=person.role_label.lower()))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.initials)
        changes = edit_staff(session, Actor.cli(), staff_id, name=args.name, initials=args.new_initials)
    if not changes:
        print(_("Nothing to change."))
    for field, (old, new) in changes.items():
        print(_("{field}: {old} -> {new}").format(field=field, old=old, new=new))
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.initials)
        deactivate_staff(session, Actor.cli(), staff_id)
        name = get_staff(session, staff_id).name
    print(_("{name} can no longer sign in; their enquiries and history stay theirs.").format(name=name))
    return 0


def run_reactivate(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.initials)
        reactivate_staff(session, Actor.cli(), staff_id)
        name = get_staff(session, staff_id).name
    print(_("{name} is back on the sign-in list.").format(name=name))
    return 0


def run_reset(args: argparse.Namespace) -> int:
    db = open_database(args.db).db
    with db.read() as session:
        person = get_staff(session, find_staff(session, args.initials))
    secret = _ask_secret(args, person.role)
    with db.write() as session:
        kind = reset_credential(session, Actor.cli(), person.id, secret)
    print(_("{name} has a new {value}; any lock-out is lifted.").format(
            name=person.name,
            value='PIN' if kind == 'pin' else 'password'))
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id = find_staff(session, args.initials)
        set_role(session, Actor.cli(), staff_id, args.role, args.password)
        person = get_staff(session, staff_id)
    print(_("{name} is now {value}.").format(name=person.name, value=person.role_label.lower()))
    return 0
