"""The team leaders' reports. Each module has NAME, TITLE, COLUMNS and run(session, actor, filter);
`run_report` is the one entry point the CLI and the UI call."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.reports import coverage, desk_stats, heatmap, mentors, metrics, skill_gaps, training_impact, trends
from deskapp.reports.common import ReportError, ReportFilter, ReportResult, desk_names, make_filter, parse_date


class Report(Protocol):
    """What a report module provides (mypy checks each module in the registry against it). The constants
    are read-only properties so that a module's own, narrower constant types (a tuple of so many str) fit."""

    @property
    def NAME(self) -> str: ...  # on the command line: `deskapp report NAME`

    @property
    def TITLE(self) -> str: ...

    @property
    def COLUMNS(self) -> tuple[str, ...]: ...

    def run(self, session: Session, actor: Actor, flt: ReportFilter) -> ReportResult: ...


_MODULES: tuple[Report, ...] = (skill_gaps, heatmap, coverage, training_impact, mentors, desk_stats, trends,
                                metrics)
REPORTS: dict[str, Report] = {module.NAME: module for module in _MODULES}

__all__ = ["REPORTS", "Report", "ReportError", "ReportFilter", "ReportResult", "desk_names", "list_desks", "parse_date",
           "report_titles", "run_report"]


def report_titles() -> dict[str, str]:
    return {name: module.TITLE for name, module in REPORTS.items()}


def run_report(db: Database, actor: Actor, name: str, start: date, end: date,
               desks: tuple[str, ...] | list[str] = ()) -> ReportResult:
    """Run one report for the period start..end (inclusive, desk-local dates) and the named desks (none: all)."""
    module = REPORTS.get(name)
    if module is None:
        raise ReportError(_("There is no report called {name!r}. Reports: {value}.").format(
                name=name,
                value=', '.join(REPORTS)))
    actor.require("leader", N_("see the team's reports"))
    with db.read() as session:
        flt = make_filter(session, start, end, tuple(desks))
        return module.run(session, actor, flt)


def list_desks(db: Database) -> list[str]:
    """Names of the active desks, for the desk picker."""
    with db.read() as session:
        return desk_names(session)
