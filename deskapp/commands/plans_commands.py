"""`deskapp plans list|suggest|add|close`: development plans without the window, through the same domain
functions as the Development plans tab (so the same checks: mentor capacity, targets, dates; and the same
audit trail). People are named by their initials, skills by name, key or id."""

from __future__ import annotations

import argparse
from datetime import date

from deskapp.people.plans import add_plan_item, close_plan_item, list_plans
from deskapp.people.skills import find_skill
from deskapp.people.staff import find_staff
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _
from deskapp.reports.plan_progress import describe, progress, suggestions
from deskapp.startup.database import open_database


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text!r} is not a date written as YYYY-MM-DD").format(
                text=text)) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plans = subparsers.add_parser("plans", help=_("development plans: what each person works on next"))
    sub = plans.add_subparsers(dest="plans_command", metavar=_("ACTION"), required=True)

    listing = sub.add_parser("list", help=_("open plan items with their progress (everyone's, or one person's)"))
    listing.add_argument("--person", metavar=_("INITIALS"))
    listing.add_argument("--all", action="store_true", help=_("include done and dropped items"))
    listing.set_defaults(handler=run_list)

    suggest = sub.add_parser("suggest", help=_("the few skills to put on a person's plan next, with a mentor"))
    suggest.add_argument("person", metavar=_("INITIALS"))
    suggest.set_defaults(handler=run_suggest)

    add = sub.add_parser("add", help=_("put a skill on a person's plan"))
    add.add_argument("person", metavar=_("INITIALS"))
    add.add_argument("skill", metavar=_("SKILL"), help=_("the skill's name, key or id"))
    add.add_argument("--target", type=int, required=True, metavar="1-4", help=_("the level to reach"))
    add.add_argument("--due", type=_day, required=True, metavar=_("YYYY-MM-DD"), help=_("the day to reach it by"))
    add.add_argument("--mentor", metavar=_("INITIALS"))
    add.add_argument("--note", metavar=_("NOTE"), default="")
    add.set_defaults(handler=run_add)

    close = sub.add_parser("close", help=_("mark a plan item done or dropped"))
    close.add_argument("item", type=int, metavar=_("ID"))
    close.add_argument("status", choices=("done", "dropped"))
    close.set_defaults(handler=run_close)


def run_list(args: argparse.Namespace) -> int:
    today = date.today()
    with open_database(args.db).db.read() as session:
        staff_id = find_staff(session, args.person) if args.person else None
        items = list_plans(session, Actor.cli(), staff_id, include_closed=args.all)
        lines = [(item, describe(progress(session, Actor.cli(), item.id, today=today))) for item in items]
    if not lines:
        print(_("No plan items. Add one with: deskapp plans add INITIALS \"SKILL\" --target 3 --due YYYY-MM-DD"))
        return 0
    for item, how in lines:
        mentor = f", mentor {item.mentor}" if item.mentor else ""
        late = " (overdue)" if item.overdue(today) else ""
        state = "" if item.status == "open" else f" [{item.status}]"
        print(_("{id:>4}  {staff}: {skill} — level {level} → {target_level} by {value}{late}{mentor}{state}").format(
                id=item.id,
                staff=item.staff,
                skill=item.skill,
                level=item.level,
                target_level=item.target_level,
                value=item.due_on.isoformat(),
                late=late,
                mentor=mentor,
                state=state))
        print(_("      {how}").format(how=how))
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    with open_database(args.db).db.read() as session:
        staff_id = find_staff(session, args.person)
        found = suggestions(session, Actor.cli(), staff_id)
    if not found:
        print(_("Nothing to suggest: they used no skill below its required level in the last 90 days."))
        return 0
    for s in found:
        mentor = f" Mentor: {s.mentor}." if s.mentor else ""
        print(_("{skill}: {reason}{mentor}").format(skill=s.skill, reason=s.reason, mentor=mentor))
    return 0


def run_add(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        staff_id, skill_id = find_staff(session, args.person), find_skill(session, args.skill)
        mentor_id = find_staff(session, args.mentor) if args.mentor else None
        item_id = add_plan_item(session, Actor.cli(), staff_id=staff_id, skill_id=skill_id, target_level=args.target,
                                due_on=args.due, mentor_id=mentor_id, note=args.note)
        [item] = [i for i in list_plans(session, Actor.cli(), staff_id) if i.id == item_id]
    mentor = f" with {item.mentor}" if item.mentor else ""
    print(_("Added to {staff}'s plan (item {id}): {skill}, level {target_level} by {value}{mentor}.").format(
            staff=item.staff,
            id=item.id,
            skill=item.skill,
            target_level=item.target_level,
            value=item.due_on.isoformat(),
            mentor=mentor))
    return 0


def run_close(args: argparse.Namespace) -> int:
    with open_database(args.db).db.write() as session:
        close_plan_item(session, Actor.cli(), args.item, args.status)
    print(_("Plan item {item} is {status}.").format(item=args.item, status=args.status))
    return 0
