"""`deskapp`: with no command, the desk app's window; with a command, the same domain functions headless.

Every command takes --db PATH_OR_URL (default: DESKAPP_DB, then the user's data folder).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from deskapp import __version__
from deskapp.commands import COMMAND_MODULES
from deskapp.console import attach_parent_console
from deskapp.settings import set_command_line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskapp",
        description="Desk log, guides, checklists and skill-gap reports for a library + IT service desk. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or database URL (default: $DESKAPP_DB, else deskapp.toml beside the "
                        "program, else the user's config, else the user's data folder)")
    parser.add_argument("--config", metavar="FILE",
                        help="read the admin settings from FILE instead of deskapp.toml beside the program")
    parser.add_argument("--portable", action="store_true",
                        help="keep the database, backups and user settings in data/ beside the program")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database, print what was checked, "
                        "exit 0 if it all works")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    set_command_line(config=args.config, portable=args.portable)
    if args.self_test or args.command is not None:
        attach_parent_console()
    if args.self_test:
        from deskapp.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from deskapp.ui.app import run_gui  # the only road from the CLI to Qt

        return run_gui(args, extra)
    if extra:
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from deskapp.commands.errors import describe

        message = describe(error)
        if message is None:
            raise
        print(f"deskapp: {message}", file=sys.stderr)
        return 1
