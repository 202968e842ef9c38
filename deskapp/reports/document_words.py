"""The words of the XLSX export in the reader's language: its heading lines, report titles, column headers
and the coded words in report rows (priorities, statuses, weekdays, "All skills"), with dates and times by
the locale. The rows keep their English codes for the CSV and JSON that scripts read; only the sheet that
people read is translated. (The screens and the PDF use the Qt catalogues' copies of the same words:
deskapp/ui/skills/words.py.)

The column labels are marked here for extraction, one for each of deskapp/reports/columns.py's LABELS;
tests/test_report_document_words.py fails when the two lists differ, so a label changed there cannot reach
the sheet untranslated unnoticed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from deskapp.platform.i18n import N_, _, current_language, format_date, format_datetime
from deskapp.reports import columns
from deskapp.reports.common import WEEKDAYS, ReportFilter, ReportResult

TITLES: dict[str, str] = {
    "coverage": N_("Coverage by hour of week"), "desk-stats": N_("Desk statistics"),
    "heatmap": N_("Staff × skill heat map"), "mentors": N_("Mentor pairs"), "skill-gaps": N_("Skill gaps"),
    "training-impact": N_("Training impact"), "trends": N_("Trends month by month"),
    "metrics": N_("Metrics that matter"),
}

COLUMN_LABELS: tuple[str, ...] = (
    N_("Rank"), N_("Skill"), N_("Group"), N_("Required level"), N_("Demand"), N_("Share"), N_("Staff at level"),
    N_("Team size"), N_("Referral rate"), N_("Escalation rate"), N_("READ 1–2 demand"), N_("READ 1–2 referral rate"),
    N_("READ 1–2 escalation rate"), N_("Bus factor"), N_("Gap score"), N_("Reason"), N_("Suggested action"),
    N_("Mentor"), N_("Learners"), N_("Guide"), N_("Staff"), N_("Level"), N_("Uses"), N_("Referred"), N_("Flag"),
    N_("Weekday"), N_("Hour"), N_("Staff signed in"), N_("Proficient signed in"), N_("Mentor's uses"),
    N_("Learners (count)"), N_("Note"), N_("Kind"), N_("Trained on"), N_("Uses before"), N_("Referral rate before"),
    N_("Uses after"), N_("Referral rate after"), N_("Change"), N_("Section"), N_("Key"), N_("Label"), N_("Count"),
    N_("Desk"), N_("Status"), N_("Priority"), N_("Evidence"), N_("Passed on"), N_("Expected hand-overs"),
    N_("READ 1–2 passed on"), N_("Uses below level"), N_("Small sample"), N_("Month"), N_("Enquiries"),
    N_("READ 1–2 enquiries"), N_("Row"), N_("Repeat referrals"), N_("Ratings"), N_("Said good"), N_("Said OK"),
    N_("Said not good"), N_("Peer learning"), N_("Peer learning before"), N_("Learning requests"),
    N_("Learning requests before"), N_("Training"), N_("Training before"), N_("Ratings before"),
    N_("Said good before"), N_("Ratings after"), N_("Said good after"),
)

# Coded words in report rows, by column (any other text cell is data: a skill's or a person's name).
CODED: dict[str, dict[str, str]] = {
    "priority": {"act now": N_("act now"), "plan": N_("plan"), "no action needed": N_("no action needed"),
                 "not needed": N_("not needed"), "retired": N_("retired")},
    "section": {"total": N_("total"), "hour": N_("hour"), "weekday": N_("weekday"), "week": N_("week"),
                "month": N_("month"), "domain": N_("domain"), "category": N_("category"), "read": N_("READ level"),
                "channel": N_("channel"), "patron_type": N_("patron type"), "outcome": N_("outcome"),
                "learning": N_("learning")},
    "status": {"current": N_("current")},
    "skill": {"All skills": N_("All skills")},
    "desk": {"All desks": N_("All desks")},
    "label": {"All enquiries": N_("All enquiries"), **{day: day for day in WEEKDAYS}},
    "weekday": {day: day for day in WEEKDAYS},  # marked in deskapp/reports/common.py
    "row": {"desk": N_("desk"), "all": N_("all desks"), "repeat-referral": N_("repeat referral"),
            "satisfaction-category": N_("ratings by category"), "satisfaction-skill": N_("ratings by skill"),
            "satisfaction-read": N_("ratings by READ level")},
    "flag": {"used often below required level": N_("used often below required level"),
             "referred often": N_("referred often")},
}


def title(result: ReportResult) -> str:
    return _(TITLES.get(result.name, result.title))


def column_header(key: str) -> str:
    return _(columns.label(key))


def day(value: date) -> str:
    """ISO dates in English (as the app has always shown them), the locale's short date otherwise."""
    return value.isoformat() if current_language() == "en" else format_date(value, "dd.MM.yyyy")


def date_format() -> str:
    """The same as a spreadsheet number format."""
    return "yyyy-mm-dd" if current_language() == "en" else "dd.mm.yyyy"


def period(flt: ReportFilter) -> str:
    return _("{start} to {end}").format(start=day(flt.start), end=day(flt.end))


def desks(flt: ReportFilter) -> str:
    return ", ".join(flt.desk_names) if flt.desk_names else _("All desks")


def generated(moment: datetime) -> str:
    local = moment.astimezone()
    return day(local.date()) + " " + format_datetime(local, "HH:mm")


def heading_lines(result: ReportResult) -> list[tuple[str, str]]:
    return [(_("Report"), title(result)), (_("Period"), period(result.filter)), (_("Desks"), desks(result.filter)),
            (_("Generated"), generated(result.generated_at)), (_("Summary"), result.summary)]


def cell(key: str, value: Any) -> Any:
    """A row's value as the sheet shows it: coded words translated, yes/no for flags, numbers and dates as
    they are (the sheet formats them)."""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if not isinstance(value, str):
        return value
    if key == "status" and value.startswith("retired "):
        try:
            when = date.fromisoformat(value.removeprefix("retired "))
        except ValueError:
            return value
        return _("retired {date}").format(date=day(when))
    if key == "flag":
        return "; ".join(_(CODED["flag"].get(part, part)) for part in value.split("; "))
    coded = CODED.get(key, {}).get(value)
    return _(coded) if coded else value
