"""Day first or month first: decided once for the whole file, from the file itself, never guessed.

"01/03/2021" is 1 March in Denmark and 3 January in the United States, and both readings are valid dates,
so reading a file row by row in the first style that parses swaps day and month silently whenever the day
is 12 or less. Instead every date of the file is looked at before any row is converted:

- a date whose first number is above 12 ("13/03/2021") can only be day first, and one whose second number
  is above 12 ("03/13/2021") only month first;
- a date that reads both ways is settled by the row's weekday, when the file has a weekday column (Libstats'
  and Gimlet's exports do) and only one reading falls on that weekday;
- if the file shows one order, every row is read in it; if it shows both, or nothing tells, the import is
  refused with the example rows and asks for --date-order dmy|mdy (or the mapping's date_order option).

A mapping's date styles are tried in the chosen order whichever order they are written in, so a Gimlet
download re-saved by a Danish Excel (day first) is read with the Gimlet mapping's month-first styles turned
round. Styles whose year comes first ("%Y-%m-%d", ISO 8601) carry no such doubt and are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.importing.dates import Parser, parser_for

DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"
ORDERS = (DAY_FIRST, MONTH_FIRST)
ORDER_WORDS = {DAY_FIRST: "day first", MONTH_FIRST: "month first"}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A sample moment for "expected a date like ..." hints: day 24 and hour 14 show which field is which.
SAMPLE = datetime(2021, 3, 24, 14, 42, 0)


def format_order(fmt: str) -> str | None:
    """DAY_FIRST or MONTH_FIRST for a style whose day and month both come before the year, else None."""
    day, month = fmt.find("%d"), fmt.find("%m")
    if day < 0 or month < 0:
        return None
    years = [p for p in (fmt.find("%Y"), fmt.find("%y")) if p >= 0]
    if years and min(years) < max(day, month):
        return None  # year first ("%Y-%m-%d"): nobody writes year-day-month
    return DAY_FIRST if day < month else MONTH_FIRST


def turned(fmt: str) -> str:
    """The same style with day and month the other way round."""
    return fmt.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m")


def formats_in_order(formats: tuple[str, ...], order: str | None) -> tuple[str, ...]:
    """The mapping's styles, each one that has a day/month order put in `order` (None: as written)."""
    if order is None:
        return formats
    out: list[str] = []
    for fmt in formats:
        chosen = fmt if format_order(fmt) in (None, order) else turned(fmt)
        if chosen not in out:
            out.append(chosen)
    return tuple(out)


def example(fmt: str) -> str:
    """What a date in this style looks like (for messages): 24/03/2021 02:42:00 PM, or ISO 8601."""
    if fmt == "iso":
        return SAMPLE.isoformat(" ")
    try:
        return SAMPLE.strftime(fmt)
    except ValueError:
        return fmt


def weekday_index(text: str) -> int | None:
    """0 = Monday for "Friday", "fri", "FRI."; None for anything else (another language, empty)."""
    word = text.strip().casefold()[:3]
    return _WEEKDAYS.index(word) if len(word) == 3 and word in _WEEKDAYS else None


@dataclass(frozen=True)
class Sighting:
    line: int
    text: str


@dataclass(frozen=True)
class OrderDecision:
    """What the file says about its day/month order, and the order chosen (None: none needed or none found)."""

    order: str | None
    source: str  # "given" (--date-order), "mapping" (its date_order option), "file", or "" (nothing to decide)
    day_first: Sighting | None = None  # first date that can only be day first
    month_first: Sighting | None = None
    day_first_count: int = 0
    month_first_count: int = 0
    either_way: Sighting | None = None  # first date that reads both ways (and no weekday settles it)
    either_way_count: int = 0
    by_weekday: int = 0  # of those counts, dates that read both ways, settled by the row's weekday

    @property
    def undecided(self) -> bool:
        """The file has dates that read both ways and nothing said or showed which way: refuse."""
        return self.order is None and (self.either_way_count > 0 or self.conflicting)

    @property
    def conflicting(self) -> bool:
        return self.day_first_count > 0 and self.month_first_count > 0

    def problem(self) -> str:
        """The plain-words refusal for an undecided file."""
        ask = ("Say which with --date-order dmy (day first) or --date-order mdy (month first); in the window, "
               "with Day or month first.")
        if self.conflicting and self.day_first and self.month_first:
            return (f"the dates are not all in one order: {self.day_first_count:,} can only be day first "
                    f"(line {self.day_first.line}: '{self.day_first.text}') and {self.month_first_count:,} only "
                    f"month first (line {self.month_first.line}: '{self.month_first.text}'). {ask} The rows "
                    "that do not fit it are then listed.")
        sample = self.either_way
        where = f" (line {sample.line}: '{sample.text}')" if sample else ""
        count = ("the one date that could be either has" if self.either_way_count == 1
                 else f"all {self.either_way_count:,} dates that could be either have")
        return (f"nothing in the file tells whether its dates are day first or month first: {count} a day "
                f"of 12 or less{where}. {ask}")

    def sentence(self) -> str:
        """How the dates were read, for the summary ('' when the file has no day/month dates)."""
        if self.order is None:
            return ""
        words = ORDER_WORDS[self.order]
        shown = "24/03" if self.order == DAY_FIRST else "03/24"
        if self.source == "given":
            return f"Dates read {words} ({shown} is 24 March), as --date-order {self.order} says."
        if self.source == "mapping":
            return f"Dates read {words} ({shown} is 24 March), as the mapping's date_order says."
        proof = self.day_first if self.order == DAY_FIRST else self.month_first
        count = self.day_first_count if self.order == DAY_FIRST else self.month_first_count
        how = " (by their row's weekday, where both readings are dates)" if self.by_weekday else ""
        first = f" (line {proof.line}: '{proof.text}')" if proof else ""
        return (f"Dates read {words} ({shown} is 24 March), as the file shows: {count:,} dates can only be "
                f"read {words}{how}{first}.")


class OrderFinder:
    """Looks at every date of a file (observe), then decides (decision)."""

    def __init__(self, formats: tuple[str, ...]) -> None:
        self.needed = any(format_order(f) for f in formats)
        self.plain = [parser_for(f) for f in formats if format_order(f) is None]
        self.readings: dict[str, list[Parser]] = {
            order: [parser_for(f) for f in formats_in_order(formats, order) if format_order(f) is not None]
            for order in ORDERS}
        self.sightings: dict[str, Sighting | None] = dict.fromkeys(ORDERS)
        self.counts = dict.fromkeys(ORDERS, 0)
        self.either_way: Sighting | None = None
        self.either_way_count = 0
        self.by_weekday = dict.fromkeys(ORDERS, 0)

    @staticmethod
    def _read(parsers: list[Parser], text: str) -> datetime | None:
        for position, parse in enumerate(parsers):
            try:
                moment = parse(text)
            except ValueError:
                continue
            if position:  # a file keeps to one style: try the one that worked first next time
                parsers.insert(0, parsers.pop(position))
            return moment
        return None

    def observe(self, line: int, text: str, weekday: str = "") -> None:
        # Year first ("2021-03-24 ...", ISO) never tells day from month: skip it unparsed (the row check
        # reads it anyway); this keeps the pass cheap for Gimlet's own exports.
        if not self.needed or not text or text[:4].isdigit() or self._read(self.plain, text) is not None:
            return
        readings = {order: self._read(parsers, text) for order, parsers in self.readings.items()}
        possible = [order for order, moment in readings.items() if moment is not None]
        if len(possible) == 1:
            order = possible[0]
            self.counts[order] += 1
            self.sightings[order] = self.sightings[order] or Sighting(line, text)
        elif len(possible) == 2 and readings[DAY_FIRST] != readings[MONTH_FIRST]:
            day = weekday_index(weekday)
            fits = [order for order in possible
                    if day is not None and (moment := readings[order]) is not None and moment.weekday() == day]
            if len(fits) == 1:
                self.by_weekday[fits[0]] += 1
                self.sightings[fits[0]] = self.sightings[fits[0]] or Sighting(line, text)
            else:
                self.either_way_count += 1
                self.either_way = self.either_way or Sighting(line, text)

    def decision(self, given: str | None = None, source: str = "given") -> OrderDecision:
        shown = {order: self.counts[order] + self.by_weekday[order] for order in ORDERS}
        orders = [order for order in ORDERS if shown[order]]
        if given is not None:
            order, source = given, source
        elif len(orders) == 1:
            order, source = orders[0], "file"
        else:
            order, source = None, ""
        return OrderDecision(order, source, day_first=self.sightings[DAY_FIRST],
                             month_first=self.sightings[MONTH_FIRST], day_first_count=shown[DAY_FIRST],
                             month_first_count=shown[MONTH_FIRST], either_way=self.either_way,
                             either_way_count=self.either_way_count, by_weekday=sum(self.by_weekday.values()))
