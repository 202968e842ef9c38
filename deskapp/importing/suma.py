"""Suma's "Export Raw Data" CSV, read as tallies.

Suma (a people- and activity-counting tool for libraries) writes this file from its Raw report: a header
`Count Date, Session Start, Session End, Count ID, Session ID, Location`, then one column per activity of the
initiative, titled "Group: Activity" ("Type: Reading", "Time taken: <30 seconds"). There is no count column:
a count's number is written in the column of each activity it was given, so a count with two activities
shows its number twice. It is taken once. A count with no activity has its number nowhere in the file, so it
cannot be imported; such counts are left out and the summary says how many and where.

Each count becomes one tally on its own day and hour (the Count Date, Suma's local time, read as the desk's
local time). Its Count ID is its identity, scoped by the Suma instance (--source-instance): two Suma servers
number their counts independently. The location is Suma's "Parent-Child (id:N)" path; the desk is that path
without Suma's id, unless --desk names one.
"""

from __future__ import annotations

import re
from datetime import datetime

from deskapp.importing.errors import ImportFileError, Problem
from deskapp.importing.lookups import Lookups
from deskapp.importing.reader import Table
from deskapp.importing.tallies import ParsedTallies, TallyDraft, TallyFormat
from deskapp.platform.i18n import N_, _, format_number, ngettext

FIXED_COLUMNS = ("Count Date", "Session Start", "Session End", "Count ID", "Session ID", "Location")
LOCATION_ID = re.compile(r"\s*\(id:\s*\d+\)\s*$")
SHOWN_LINES = 10


def _time(text: str) -> datetime | None:
    """Suma's count time, as MySQL writes a TIMESTAMP ("2024-03-05 14:02:11"); a date alone is not enough.
    fromisoformat, not strptime: a large export has one per row, and strptime was half the time of a check."""
    text = text.strip()
    if len(text) < 16 or text[10] not in " T":
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def desk_of_location(location: str) -> str:
    """Suma's location path without its id: "West Wing-Quiet Reading Room (id:5)" -> "West Wing-Quiet
    Reading Room"."""
    return " ".join(LOCATION_ID.sub("", location).split())[:120]


def _lines(lines: list[int]) -> str:
    return ", ".join(str(n) for n in lines[:SHOWN_LINES]) + (", …" if len(lines) > SHOWN_LINES else "")


def _check_header(table: Table) -> dict[str, int]:
    index = {name.strip(): i for i, name in enumerate(table.header)}
    missing = [name for name in FIXED_COLUMNS if name not in index]
    if missing:
        first = table.header[0].strip() if table.header else ""
        if first.endswith(" Report") or first.startswith("Initiative:"):
            raise ImportFileError(_("This looks like Suma's 'Export Tabular Data' file, with report lines above "
                                    "each day. Use the Raw report's 'Export Raw Data' button instead: it writes "
                                    "one header and one row per count."))
        raise ImportFileError(_("This does not look like Suma's 'Export Raw Data' file: it has no column {names}. "
                                "Its header is: {header}.").format(
                names=", ".join(f"'{name}'" for name in missing), header=", ".join(table.header)))
    return index


def parse(table: Table, instance: str, lookups: Lookups, desk: str | None, fallback_desk: str) -> ParsedTallies:
    index = _check_header(table)
    fixed = set(index[name] for name in FIXED_COLUMNS)
    activities = [(i, name.strip()) for i, name in enumerate(table.header) if i not in fixed and name.strip()]
    out = ParsedTallies(rows_read=len(table.rows))
    no_activity: list[int] = []
    width = len(table.header)
    for row in table.rows:
        cells = row.cells
        if len(cells) != width:
            continue  # the reader has named the row already
        count_id = cells[index["Count ID"]].strip()
        if not count_id.isdigit():
            out.problems.append(Problem(row.line, _("the Count ID '{value}' is not a number.").format(
                value=count_id)))
            continue
        when = _time(cells[index["Count Date"]])
        if when is None:
            out.problems.append(Problem(row.line, _("the Count Date '{value}' is not a date and time like "
                                                    "2024-03-05 14:02:11.").format(value=cells[index["Count Date"]])))
            continue
        given = [(name, cells[i].strip()) for i, name in activities if cells[i].strip()]
        if not given:
            no_activity.append(row.line)
            continue
        numbers = {value for _name, value in given}
        if not all(value.isdigit() for value in numbers):
            bad = next(value for value in numbers if not value.isdigit())
            out.problems.append(Problem(row.line, _("count {count_id} has '{value}' where its number should be "
                                                    "(a whole number, 0 or more).").format(
                    count_id=count_id, value=bad)))
            continue
        if len({int(value) for value in numbers}) > 1:
            out.problems.append(Problem(row.line, _("count {count_id} has different numbers in its activities' "
                                                    "columns ({values}); Suma writes one number per count.").format(
                    count_id=count_id, values="; ".join(f"{name}: {value}" for name, value in given))))
            continue
        place = desk or desk_of_location(cells[index["Location"]]) or fallback_desk
        out.drafts.append(TallyDraft(
            line=row.line, period_start=when.date(), period_end=when.date(), hour=when.hour, desk=place,
            count=int(given[0][1]), label="; ".join(name for name, _value in given)[:200],
            import_key=f"suma|{instance.casefold()}|{int(count_id)}"))
    if no_activity:
        out.notes.append(ngettext(
            "{n} count has no activity, so the file holds no number for it (Suma writes a count's number only in "
            "its activities' columns): it is left out (line {lines}).",
            "{n} counts have no activity, so the file holds no number for them (Suma writes a count's number only "
            "in its activities' columns): they are left out (lines {lines}).", len(no_activity)).format(
                n=format_number(len(no_activity)), lines=_lines(no_activity)))
    return out


SUMA = TallyFormat("suma", N_("Suma raw export"), parse)
