"""Repair rows of unquoted exports: Libstats writes each row with implode(","), so a comma inside a value
("Help Desk, Level 2", initials "ELW, JD") gives the row more fields than the header.

Such a row is repaired only when its fields can be put back together one way alone, every field fitting
what the rest of the file shows for its column:
- a column whose values all have a few digit-bearing shapes (ids, dates, times) keeps to those shapes;
- a weekday column holds a weekday; a coded field (category, channel, duration...) a value the mapping or
  the app knows, or one the column already has;
- a column of repeated values (a location, initials) keeps to the values it has elsewhere, except the one
  field put back together, which is new by nature (no well-formed row can hold it);
- only one value per row is put back together: with two, a row holding one new value of its own could be
  read wrongly in a way that still fits (the property test found such a row);
- free text takes anything.
Where two readings fit, the row is refused with both; where none does, it keeps the usual "the row has 15
fields" problem. Every repair is reported, with the line, the column and the value as read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from deskapp.importing.date_order import weekday_index
from deskapp.importing.errors import Problem
from deskapp.importing.reader import Row, Table

MAX_EXTRA_FIELDS = 3  # beyond this the readings multiply and a row is better fixed by hand
MAX_READINGS_SHOWN = 3
CODED_ROLES = ("category", "read_level", "duration", "channel", "patron_type", "outcome", "referral_target")
_RUNS = re.compile(r"\d+|[^\W\d_]+")


def shape(value: str) -> str:
    """'3/05/2021 02:15:00 PM' -> '9/9/9 9:9:9 a': what a value looks like, not what it says."""
    return _RUNS.sub(lambda m: "9" if m.group().isdigit() else "a", value.strip())


@dataclass(frozen=True)
class Repair:
    line: int
    column: str
    value: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column} read as '{self.value}' (a value with an unquoted delimiter)"


@dataclass
class _Column:
    name: str
    values: set[str]
    shapes: set[str]
    has_empty: bool
    shaped: bool  # ids, dates, times: every value a digit-bearing shape among a few
    repeated: bool  # values recur (a location, initials, a patron type): a new one is suspect
    weekday: bool
    known: Callable[[str, bool], bool] | None  # coded field: is this value known (exactly, for a joined one)?

    def fits(self, value: str, joined: bool) -> bool:
        text = value.strip()
        if not text:
            return self.has_empty and not joined
        # A coded field or a weekday is judged by its meaning, not its shape ("10+ minutes" beside "0-9 minutes").
        if self.weekday:
            return weekday_index(text) is not None
        if self.known is not None:
            return self.known(text, joined) or (not joined and text in self.values)
        if self.shaped and shape(text) not in self.shapes:
            return False
        if self.repeated and not joined:
            return text in self.values
        return True


def _known_for(role: str, known: Callable[[str, str, bool], bool]) -> Callable[[str, bool], bool]:
    """The coded-value check for one column's role (a lambda with a default argument defeats mypy)."""
    return lambda text, exactly: known(role, text, exactly)


def _profile(table: Table, roles_of: dict[int, list[str]],
             known: Callable[[str, str, bool], bool]) -> list[_Column]:
    width = len(table.header)
    good = [row.cells for row in table.rows if len(row.cells) == width]
    columns = []
    for index, name in enumerate(table.header):
        cells = [cells[index].strip() for cells in good]
        filled = [c for c in cells if c]
        values = set(filled)
        shapes = {shape(c) for c in filled}
        roles = roles_of.get(index, [])
        coded = next((r for r in roles if r in CODED_ROLES), None)
        columns.append(_Column(
            name=name, values=values, shapes=shapes, has_empty=len(filled) < len(cells) or not good,
            shaped=bool(filled) and len(shapes) <= 3 and all(any(ch.isdigit() for ch in s) for s in shapes),
            repeated=len(filled) >= 4 and len(values) * 2 <= len(filled),
            weekday="weekday" in roles,
            known=_known_for(coded, known) if coded else None))
    return columns


def _readings(cells: tuple[str, ...], columns: list[_Column],
              delimiter: str) -> Iterator[tuple[tuple[str, ...], tuple[int, ...]]]:
    """Every way of joining neighbouring fields so each column gets one that fits: (cells, joined columns)."""
    extra = len(cells) - len(columns)

    def walk(column: int, start: int, spare: int, taken: list[str],
             joined: tuple[int, ...]) -> Iterator[tuple[tuple[str, ...], tuple[int, ...]]]:
        if column == len(columns):
            if start == len(cells):
                yield tuple(taken), joined
            return
        for more in range(spare + 1):
            if start + more >= len(cells) or (more and joined):
                break  # one value put back together per row: a second join would be a second guess
            value = delimiter.join(cells[start:start + more + 1])
            if columns[column].fits(value, bool(more)):
                yield from walk(column + 1, start + more + 1, spare - more, [*taken, value],
                                (*joined, column) if more else joined)

    yield from walk(0, 0, extra, [], ())


def repair_rows(table: Table, roles_of: dict[int, list[str]],
                known: Callable[[str, str, bool], bool]) -> tuple[Table, list[Repair], list[Problem]]:
    """The table with rows repaired where one reading alone fits; refused rows are taken out (their problem
    names the readings). `roles_of` maps a column to the mapping roles it feeds; `known(role, value, exactly)`
    says whether a coded value means something (exactly: by the value map, a key or a label only)."""
    width = len(table.header)
    long_rows = [row for row in table.rows if len(row.cells) > width]
    if not table.delimiter or not long_rows:
        return table, [], []
    columns = _profile(table, roles_of, known)
    rows: list[Row] = []
    repairs: list[Repair] = []
    problems: list[Problem] = []
    for row in table.rows:
        extra = len(row.cells) - width
        if extra <= 0 or extra > MAX_EXTRA_FIELDS:
            rows.append(row)
            continue
        found = []
        for reading in _readings(row.cells, columns, table.delimiter):
            found.append(reading)
            if len(found) > MAX_READINGS_SHOWN:
                break
        if len(found) == 1:
            cells, joined = found[0]
            rows.append(Row(row.line, cells))
            repairs.extend(Repair(row.line, table.header[j], cells[j].strip()) for j in joined)
        elif found:
            shown = " or ".join(", ".join(f"{table.header[j]} = '{cells[j].strip()}'" for j in joined)
                                for cells, joined in found[:MAX_READINGS_SHOWN])
            problems.append(Problem(row.line, (
                f"the row has {len(row.cells)} fields but the header has {width}, and it can be read more than "
                f"one way: {shown}. Put that value in double quotes in the file, or remove the extra "
                f"'{table.delimiter}'.")))
        else:
            rows.append(row)  # no reading fits: the row check names it as before
    repaired = Table(table.header, rows, table.problems, table.delimiter, table.encoding)
    return repaired, repairs, problems
