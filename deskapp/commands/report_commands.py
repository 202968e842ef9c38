"""`deskapp report NAME --from DATE --to DATE [--desk NAME] --format csv|json|xlsx|pdf [--out FILE]`:
the team leaders' reports for scheduled jobs. Acts as the local operator (Actor.cli())."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from deskapp.platform.i18n import _, ngettext
from deskapp.reports import REPORTS

FORMATS = ("csv", "json", "xlsx", "pdf")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser(
        "report", help=_("run a report (skill gaps, heat map, coverage, training impact, mentors, desk statistics)"),
        description=_("Run one report for a period and desk(s). CSV and JSON go to standard output unless --out is "
                      "given; XLSX and PDF need --out."))
    report.add_argument("name", choices=list(REPORTS), metavar=_("NAME"), help=", ".join(REPORTS))
    report.add_argument("--from", dest="start", required=True, metavar=_("YYYY-MM-DD"), help=_("first day (desk time)"))
    report.add_argument("--to", dest="end", required=True, metavar=_("YYYY-MM-DD"), help=_("last day, included"))
    report.add_argument("--desk", action="append", default=[], metavar=_("NAME"),
                        help=_("only this desk (repeat for several; default: every desk)"))
    report.add_argument("--format", choices=FORMATS, default="csv")
    report.add_argument("--out", metavar=_("FILE"), help=_("write here instead of standard output"))
    report.set_defaults(handler=run_report_command)


def run_report_command(args: argparse.Namespace) -> int:
    from deskapp.platform.actor import Actor
    from deskapp.reports import parse_date, run_report
    from deskapp.reports.exports import to_csv, to_json, write_xlsx
    from deskapp.startup.database import open_database

    if args.format in ("xlsx", "pdf") and not args.out:
        raise ValueError(_("--format {format} writes a file: give it with --out FILE.").format(format=args.format))
    start, end = parse_date(args.start, "--from date"), parse_date(args.end, "--to date")
    opened = open_database(args.db)
    result = run_report(opened.db, Actor.cli(), args.name, start, end, args.desk)
    if args.format == "xlsx":
        write_xlsx(result, args.out)
    elif args.format == "pdf":
        from deskapp.ui.report_pdf import write_pdf  # the one Qt module the CLI may load (pyproject.toml)

        write_pdf(result, args.out)
    else:
        text = to_csv(result) if args.format == "csv" else to_json(result) + "\n"
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8", newline="")
        else:
            sys.stdout.write(text)
            return 0
    written = ngettext("{n} row written to {out}.", "{n} rows written to {out}.", len(result.rows)).format(
        n=len(result.rows), out=args.out)
    print(_("{title}, {period_label}, {desks_label}: {written} {summary}").format(
            title=result.title,
            period_label=result.filter.period_label,
            desks_label=result.filter.desks_label,
            written=written,
            summary=result.summary),
          file=sys.stderr)
    return 0
