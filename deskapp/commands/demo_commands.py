"""`deskapp demo-data`: synthetic history for trying the app and for benchmarks."""

from __future__ import annotations

import argparse
import time

from deskapp.platform.i18n import _, format_number
from deskapp.startup.database import open_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo-data", help=_("add realistic synthetic enquiries, staff and shifts"))
    demo.add_argument("--enquiries", type=int, required=True, metavar=_("N"))
    demo.add_argument("--staff", type=int, default=25, metavar=_("N"))
    demo.add_argument("--days", type=int, default=365, metavar=_("N"), help=_("spread over the last N days"))
    demo.add_argument("--seed", type=int, default=1, metavar=_("N"), help=_("random seed (same seed, same data)"))
    demo.set_defaults(handler=run_demo_data)


def run_demo_data(args: argparse.Namespace) -> int:
    from deskapp.startup.demo_data import DEMO_LEADER_PASSWORD, DEMO_PIN, generate

    opened = open_database(args.db)
    started = time.perf_counter()
    summary = generate(opened.db, enquiries=args.enquiries, staff=args.staff, days=args.days, seed=args.seed)
    elapsed = time.perf_counter() - started
    print(_("Added {enquiries} enquiries ({enquiry_skills} skill links), {desk_sessions} desk sessions, "
            "{staff} staff at {desks} desks, {first_day} to {last_day}, in {elapsed} s.").format(
            enquiries=format_number(summary.enquiries),
            enquiry_skills=format_number(summary.enquiry_skills),
            desk_sessions=format_number(summary.desk_sessions),
            staff=summary.staff,
            desks=summary.desks,
            first_day=summary.first_day,
            last_day=summary.last_day,
            elapsed=format_number(elapsed, decimals=1)))
    print(_("Demo staff sign in with PIN {DEMO_PIN}; demo team leaders with the password {DEMO_LEADER_PASSWORD} "
            "(only people who had no PIN or password already).").format(
            DEMO_PIN=DEMO_PIN,
            DEMO_LEADER_PASSWORD=DEMO_LEADER_PASSWORD))
    return 0
