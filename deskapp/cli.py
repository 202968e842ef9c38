"""`deskapp`: with no command, the desk app's window; with a command, the same domain functions headless.

Every command takes --db PATH_OR_URL (default: DESKAPP_DB, then the user's data folder).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from deskapp import __version__
from deskapp.platform import argparse_words
from deskapp.platform.console import attach_parent_console
from deskapp.platform.i18n import _
from deskapp.platform.settings import set_command_line


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    argparse_words.install()  # "usage:", "options", its refusals: in the reader's language too
    parser = argparse.ArgumentParser(
        prog="deskapp",
        add_help=with_commands,
        description=_("Desk log, guides, checklists and skill-gap reports for a library + IT service desk. Run "
                      "without a command to open the app."),
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("--db", metavar=_("PATH_OR_URL"),
                        help=_("SQLite file or database URL (default: $DESKAPP_DB, else deskapp.toml beside the "
                               "program, else the user's config, else the user's data folder)"))
    parser.add_argument("--config", metavar=_("FILE"),
                        help=_("read the admin settings from FILE instead of deskapp.toml beside the program"))
    parser.add_argument("--portable", action="store_true",
                        help=_("keep the database, backups and user settings in data/ beside the program"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check this installation on a temporary database, print what was checked, exit 0 if "
                               "it all works"))
    if not with_commands:
        return parser
    from deskapp.commands import COMMAND_MODULES

    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _wants_a_command(argv: list[str]) -> bool:
    """Whether anything beyond the global options was given (a command, or --help)."""
    _, rest = build_parser(with_commands=False).parse_known_args(argv)
    return any(not arg.startswith("-") or arg in ("-h", "--help") for arg in rest)


def _warn_about_unknown_settings() -> None:
    from deskapp.platform.settings import load_settings

    for warning in load_settings().warnings:
        print(_("deskapp: warning: {warning}").format(warning=warning), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Opening the window needs none of the command modules (reports, importers, backup ...): skipping their
    # imports takes a fifth off the time to the sign-in screen.
    parser = build_parser(with_commands=_wants_a_command(arguments))
    args, extra = parser.parse_known_args(arguments)
    args.command = getattr(args, "command", None)
    set_command_line(config=args.config, portable=args.portable)
    if args.self_test or args.command is not None:
        attach_parent_console()
    if args.self_test:
        from deskapp.startup.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from deskapp.ui.app import run_gui  # the only road from the CLI to Qt

        return run_gui(args, extra)
    if extra:
        parser.error(_("unrecognised arguments: {value}").format(value=' '.join(extra)))
    try:
        _warn_about_unknown_settings()
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a reader that went away (`| head`) shows here, not as a traceback at exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader has what it wanted: stop quietly like other command-line tools, and keep Python's own
        # flush at exit from writing to the closed pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:
        from deskapp.commands.errors import describe

        message = describe(error)
        if message is None:
            raise
        print(_("deskapp: {message}").format(message=message), file=sys.stderr)
        return 1
