"""`deskapp import gimlet|libstats|deskapp|csv FILE`, the tally formats `deskapp import suma|tallies FILE`,
and `deskapp export enquiries`."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from typing import TYPE_CHECKING

from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _, format_number
from deskapp.startup.database import open_database

if TYPE_CHECKING:
    from deskapp.importing.errors import Problem

LONG_PROBLEM_LIST = 20  # more than a screenful: say where a file of them can go

# Whole sentences (translated where shown): a Danish "importér" before an English object read half and half.
FORMAT_HELP = {
    "gimlet": N_("import a Gimlet CSV (API export or web download, told apart by the header)"),
    "libstats": N_("import a Libstats Data Dump CSV"),
    "libanswers": N_("import a LibAnswers Reference Analytics 'Export Transactions' CSV or XLSX"),
    "deskapp": N_("import a file written by `deskapp export enquiries` (CSV or XLSX)"),
    "csv": N_("import any CSV or XLSX file, read through a mapping file (--mapping)"),
}
# Counts, not enquiries: each row becomes one tally (importing/tallies.py).
TALLY_HELP = {
    "suma": "a Suma 'Export Raw Data' CSV (counts, kept as tallies)",
    "tallies": "a tally sheet CSV or XLSX (month, desk, category, count), kept as tallies",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = subparsers.add_parser("import", help=_("import desk statistics from Gimlet, Libstats or any CSV"))
    imp_sub = imp.add_subparsers(dest="import_format", metavar=_("FORMAT"), required=True)
    for name, text in FORMAT_HELP.items():
        sub = imp_sub.add_parser(name, help=_(text))
        sub.add_argument("file", metavar=_("FILE"))
        if name == "csv":
            sub.add_argument("--mapping", required=True, metavar="MAPPING.toml",
                             help=_("a mapping file, or a built-in mapping name (gimlet-api, gimlet-web, libstats, "
                                    "libanswers, deskapp-export)"))
        sub.add_argument("--dry-run", action="store_true",
                         help=_("check the whole file and report what would be imported; change nothing"))
        sub.add_argument("--desk", metavar=_("NAME"), help=_("put every row on this desk (default: the file's "
                                                          "location)"))
        sub.add_argument("--timezone", metavar=_("ZONE"),
                         help=_("time zone of the file's times, e.g. Europe/London (default: this PC's)"))
        sub.add_argument("--date-order", choices=("dmy", "mdy"), default=None,
                         help=_("how to read dates such as 01/03/2021: dmy = day first (1 March), mdy = month "
                                "first (3 January); default: as the file shows, refused when it cannot tell"))
        sub.add_argument("--source-instance", metavar=_("NAME"),
                         help=_("which copy of the source tool the file comes from (e.g. the library's name), for "
                                "rows known by the source's own id; default: from the file (Libstats: the library, "
                                "Gimlet: account and site)"))
        sub.add_argument("--problems-out", metavar=_("FILE"),
                         help=_("also write every problem that stops the import to FILE, one a line"))
        notes = sub.add_mutually_exclusive_group()
        notes.add_argument("--include-notes", dest="include_notes", action="store_true", default=None,
                           help=_("import question/answer text into notes (it may identify patrons)"))
        notes.add_argument("--no-notes", dest="include_notes", action="store_false",
                           help=_("leave question/answer text out"))
        sub.set_defaults(handler=run_import)
    for name, text in TALLY_HELP.items():
        sub = imp_sub.add_parser(name, help=_("import {text}").format(text=text))
        sub.add_argument("file", metavar=_("FILE"))
        sub.add_argument("--dry-run", action="store_true",
                         help=_("check the whole file and report what would be imported; change nothing"))
        sub.add_argument("--desk", metavar=_("NAME"), help=_("put every tally on this desk (default: the file's "
                                                          "location or desk column)"))
        sub.add_argument("--source-instance", metavar=_("NAME"),
                         help=_("which copy of the source the file comes from (e.g. the Suma server or the "
                                "library), so that two sources' ids never meet; default: none"))
        sub.add_argument("--problems-out", metavar=_("FILE"),
                         help=_("also write every problem that stops the import to FILE, one a line"))
        sub.set_defaults(handler=run_tally_import)

    export = subparsers.add_parser("export", help=_("export enquiries to CSV or XLSX"))
    export_sub = export.add_subparsers(dest="export_what", metavar=_("WHAT"), required=True)
    enquiries = export_sub.add_parser("enquiries", help=_("every field of every enquiry (re-importable)"))
    enquiries.add_argument("--format", choices=("csv", "xlsx"), help=_("default: from the file name, else csv"))
    enquiries.add_argument("--from", dest="date_from", type=_date, metavar=_("YYYY-MM-DD"),
                           help=_("first day asked (desk-local), inclusive"))
    enquiries.add_argument("--to", dest="date_to", type=_date, metavar=_("YYYY-MM-DD"),
                           help=_("last day asked (desk-local), inclusive"))
    enquiries.add_argument("--out", required=True, metavar=_("FILE"))
    enquiries.set_defaults(handler=run_export)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date like 2024-03-01").format(text=text)) from None


def run_import(args: argparse.Namespace) -> int:
    from deskapp.importing import FORMATS, ImportFileError, import_file, load_mapping
    from deskapp.importing.run import FALLBACK_DESK
    from deskapp.platform.settings import load_settings

    mapping = load_mapping(args.mapping) if args.import_format == "csv" else FORMATS[args.import_format]
    opened = open_database(args.db)
    started = time.perf_counter()
    # Rows whose file names no location go on this PC's desk, when it has one.
    here = load_settings().desk_name or FALLBACK_DESK
    try:
        summary = import_file(opened.db, Actor.cli(), args.file, mapping, desk=args.desk, timezone=args.timezone,
                              dry_run=args.dry_run, include_notes=args.include_notes, fallback_desk=here,
                              date_order=args.date_order, source_instance=args.source_instance)
    except ImportFileError as error:
        _write_problems(args, list(error.problems))
        raise
    elapsed = time.perf_counter() - started
    for line in summary.lines():
        print(line)
    _write_problems(args, list(summary.problems))
    if not args.dry_run:
        print(_("Done in {elapsed} s (import batch {batch_id}).").format(
                elapsed=format_number(elapsed, decimals=1),
                batch_id=summary.batch_id))
    return 1 if summary.problems else 0


def run_tally_import(args: argparse.Namespace) -> int:
    from deskapp.importing import TALLY_FORMATS, ImportFileError, import_tallies
    from deskapp.importing.run import FALLBACK_DESK
    from deskapp.platform.settings import load_settings

    opened = open_database(args.db)
    here = load_settings().desk_name or FALLBACK_DESK  # for rows that name no desk
    try:
        summary = import_tallies(opened.db, Actor.cli(), args.file, TALLY_FORMATS[args.import_format],
                                 desk=args.desk, source_instance=args.source_instance, dry_run=args.dry_run,
                                 fallback_desk=here)
    except ImportFileError as error:
        _write_problems(args, list(error.problems))
        raise
    for line in summary.lines():
        print(line)
    _write_problems(args, list(summary.problems))
    if not args.dry_run:
        print(_("Done (import batch {batch_id}).").format(batch_id=summary.batch_id))
    return 1 if summary.problems else 0


def _write_problems(args: argparse.Namespace, problems: list[Problem]) -> None:
    """--problems-out: every problem in a file; without it a long list gets a pointer to the option."""
    from pathlib import Path

    from deskapp.importing.errors import problem_list

    if not problems:
        return
    if not args.problems_out:
        if len(problems) > LONG_PROBLEM_LIST:
            print(_("({n_problems} problems: --problems-out FILE writes them to a file.)").format(
                    n_problems=format_number(len(problems))), file=sys.stderr)
        return
    target = Path(args.problems_out)
    try:
        target.write_text(problem_list(Path(args.file).name, problems), encoding="utf-8")
    except OSError as error:
        print(_("Could not write the problem list to {target}: {value}. They are all listed above.").format(
                target=target,
                value=error.strerror or error), file=sys.stderr)
        return
    print(_("All {n_problems} problems are listed in {target}.").format(
            n_problems=format_number(len(problems)),
            target=target), file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from deskapp.desk.export import export_enquiries

    opened = open_database(args.db)
    result = export_enquiries(opened.db, Actor.cli(), args.out, args.format, date_from=args.date_from,
                              date_to=args.date_to)
    print(_("Exported {rows} enquiries to {path}.").format(rows=format_number(result.rows), path=result.path))
    if result.replaced_characters:
        print(_("{replaced_characters} control characters that XLSX cannot hold were replaced with �.").format(
                replaced_characters=result.replaced_characters),
              file=sys.stderr)
    return 0
