"""A plain tally sheet: one row per count, as a library's monthly enquiry tallies are usually kept.

    month,desk,category,count
    2024-03,Main Desk,Directional,412

Columns (names compared without case): `count` and one period, `month` (2024-03) or `date` (2024-03-05)
or `from` and `to` (two dates, both included); optional `desk`, `category`, `channel`, `patron_type`, `hour`
(0-23), `label` (what was counted, in the sheet's words; default: the category cell) and `id` (the sheet's
own row id). Category, channel and patron type are matched to this database's lists by key or label, as an
enquiry import's values are; a value not known keeps its words in the label and is said in the summary.

A row is known by its `id`, or, without one, by its period, hour, desk and what it counts: importing the
sheet again adds nothing, and a changed count updates its tally.
"""

from __future__ import annotations

import calendar
import hashlib
from datetime import date

from deskapp.importing.errors import ImportFileError, Problem
from deskapp.importing.lookups import Lookups
from deskapp.importing.mapping import normalise
from deskapp.importing.reader import Table
from deskapp.importing.tallies import ParsedTallies, TallyDraft, TallyFormat
from deskapp.platform.i18n import N_, _, format_number, ngettext

CODED = (("category", "category"), ("channel", "channel"), ("patron_type", "patron_type"),
         ("patron type", "patron_type"))
# How the summary names a column whose value is not known (marked here, translated where it is said).
UNKNOWN_WHAT = {"category": N_("The category"), "channel": N_("The channel"), "patron_type": N_("The patron type"),
                "patron type": N_("The patron type")}


def _date_part(text: str) -> str:
    """A cell's date without a time of day: a spreadsheet's date cell is read as "2026-02-01T00:00:00"."""
    return text.strip().replace("T", " ").split(" ")[0]


def _month(text: str) -> tuple[date, date] | None:
    parts = _date_part(text).split("-")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return None
    year, month = int(parts[0]), int(parts[1])
    if not (1 <= month <= 12 and 1900 <= year <= 9999):
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(_date_part(text))
    except ValueError:
        return None


def _period(cells: dict[str, str]) -> tuple[date, date] | str:
    """The row's period, or the problem with it."""
    if "month" in cells:
        found = _month(cells["month"])
        return found or _("the month '{value}' is not a month like 2024-03.").format(value=cells["month"])
    if "date" in cells:
        day = _day(cells["date"])
        return (day, day) if day else _("the date '{value}' is not a date like 2024-03-05.").format(
            value=cells["date"])
    start, end = _day(cells["from"]), _day(cells["to"])
    if start is None or end is None:
        return _("'from' and 'to' must be dates like 2024-03-05 (they are '{start}' and '{end}').").format(
            start=cells["from"], end=cells["to"])
    if end < start:
        return _("the period ends ({end}) before it starts ({start}).").format(end=end, start=start)
    return start, end


def _key(instance: str, identity: str) -> str:
    """The tally's source identity, within the column's 200 characters (a long one ends in its hash)."""
    key = f"tally-sheet|{instance}|{identity}".casefold()
    return key if len(key) <= 200 else key[:136] + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _columns(table: Table) -> dict[str, int]:
    index = {normalise(name): i for i, name in enumerate(table.header)}
    has_period = "month" in index or "date" in index or ("from" in index and "to" in index)
    if "count" not in index or not has_period:
        raise ImportFileError(_("A tally sheet needs a 'count' column and a 'month' (or 'date', or 'from' and "
                                "'to') column. Its header is: {header}.").format(header=", ".join(table.header)))
    return index


def parse(table: Table, instance: str, lookups: Lookups, desk: str | None, fallback_desk: str) -> ParsedTallies:
    index = _columns(table)
    out = ParsedTallies(rows_read=len(table.rows))
    unknown: dict[tuple[str, str], int] = {}
    width = len(table.header)
    for row in table.rows:
        if len(row.cells) != width:
            continue  # the reader has named the row already
        cells = {name: row.cells[i].strip() for name, i in index.items()}
        if not any(cells.values()):
            continue  # a blank line at the foot of a sheet
        period = _period(cells)
        if isinstance(period, str):
            out.problems.append(Problem(row.line, period))
            continue
        count_text = cells["count"].replace(" ", "")
        if not count_text.isdigit():
            out.problems.append(Problem(row.line, _("the count '{value}' is not a whole number (0 or more).").format(
                value=cells["count"])))
            continue
        hour_text = cells.get("hour", "")
        if hour_text and not (hour_text.isdigit() and int(hour_text) <= 23):
            out.problems.append(Problem(row.line, _("the hour '{value}' is not an hour from 0 to 23.").format(
                value=hour_text)))
            continue
        label = cells.get("label") or cells.get("category") or ""
        coded: dict[str, int | None] = {"category": None, "channel": None, "patron_type": None}
        for column, field_name in CODED:
            text = cells.get(column, "")
            if not text:
                continue
            match = lookups.tables[field_name].by_text.get(normalise(text))
            if match is None:
                unknown[(column, text)] = unknown.get((column, text), 0) + 1
                if text != label:  # kept in the sheet's words, as the summary says
                    label = f"{label}; {column}: {text}" if label else f"{column}: {text}"
            else:
                coded[field_name] = match[1]
        place = desk or " ".join(cells.get("desk", "").split())[:120] or fallback_desk
        hour = int(hour_text) if hour_text else None
        if cells.get("id"):
            identity = cells["id"]
        else:
            what = (cells.get(c, "") for c, _f in CODED)
            identity = "|".join([period[0].isoformat(), period[1].isoformat(), str(hour), place, label, *what])
        out.drafts.append(TallyDraft(
            line=row.line, period_start=period[0], period_end=period[1], hour=hour, desk=place,
            count=int(count_text), label=label[:200], import_key=_key(instance, identity),
            category_id=coded["category"], channel_id=coded["channel"], patron_type_id=coded["patron_type"]))
    for (column, text), n in sorted(unknown.items()):
        out.notes.append(ngettext("{what} '{value}' is not known here: {n} tally keeps it in its label only.",
                                  "{what} '{value}' is not known here: {n} tallies keep it in their label only.",
                                  n).format(what=_(UNKNOWN_WHAT[column]), value=text, n=format_number(n)))
    return out


TALLY_SHEET = TallyFormat("tally-sheet", N_("tally sheet"), parse)
