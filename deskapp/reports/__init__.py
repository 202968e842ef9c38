"""The team leaders' reports. Each module has NAME, TITLE, COLUMNS and run(session, actor, filter);
`run_report` is the one entry point the CLI and the UI call."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from deskapp.db import Database
from deskapp.platform.actor import Actor
from deskapp.reports import coverage, desk_stats, heatmap, mentors, skill_gaps, training_impact, trends
from deskapp.reports.common import ReportError, ReportFilter, ReportResult, desk_names, make_filter, parse_date

REPORTS: dict[str, ModuleType] = {module.NAME: module for module in
                                  (skill_gaps, heatmap, coverage, training_impact, mentors, desk_stats,
                                   trends)}

__all__ = ["REPORTS", "ReportError", "ReportFilter", "ReportResult", "desk_names", "list_desks", "parse_date",
           "report_titles", "run_report"]


def report_titles() -> dict[str, str]:
    return {name: module.TITLE for name, module in REPORTS.items()}


def run_report(db: Database, actor: Actor, name: str, start: date, end: date,
               desks: tuple[str, ...] | list[str] = ()) -> ReportResult:
    """Run one report for the period start..end (inclusive, desk-local dates) and the named desks (none: all)."""
    module = REPORTS.get(name)
    if module is None:
        raise ReportError(f"There is no report called {name!r}. Reports: {', '.join(REPORTS)}.")
    actor.require("leader", "see the team's reports")
    with db.read() as session:
        flt = make_filter(session, start, end, tuple(desks))
        return module.run(session, actor, flt)


def list_desks(db: Database) -> list[str]:
    """Names of the active desks, for the desk picker."""
    with db.read() as session:
        return desk_names(session)
