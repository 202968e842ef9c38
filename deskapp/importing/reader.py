"""Read a CSV or XLSX file as a header and rows of text cells, each with the line it starts on.

A CSV's encoding and delimiter are found from the file, not assumed: Excel saves "CSV" in the locale's
code page with the locale's list separator (a semicolon in Denmark, Germany, France...), "CSV UTF-8" with
a byte-order mark, and "Unicode text" as UTF-16 with tabs. The summary says what was found.

Anything the file does wrong (not text, broken quoting, a row longer or shorter than the header)
becomes an ImportFileError or a Problem naming the line; no other exception escapes.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from deskapp.importing.errors import ImportFileError, Problem
from deskapp.platform.i18n import _

XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t", "|")  # in order of preference when a header has as many of two
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}


@dataclass(frozen=True)
class Row:
    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: list[Row]
    problems: list[Problem]
    delimiter: str = ","
    encoding: str = "UTF-8"


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-16 or UTF-8 by their byte-order mark, else UTF-8, else
    Windows-1252 (what Excel's plain "CSV" is in western European and American locales)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(_("{file_name} starts like UTF-16 text but is not: save it as CSV UTF-8 and try "
                                    "again.").format(file_name=file_name)) from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise ImportFileError(
                _("{file_name} is not a text file that can be read (line {line} holds bytes that are neither UTF-8 "
                  "nor Windows-1252). Save it as CSV UTF-8 and try again.").format(file_name=file_name, line=line)
            ) from None


def _first_line(text: str) -> str:
    """The first non-blank line, up to the first line break outside double quotes."""
    start = len(text) - len(text.lstrip("\r\n"))
    quoted = False
    for position in range(start, len(text)):
        char = text[position]
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[start:position]
    return text[start:]


def sniff_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter the header row uses most (outside quotes), and whether the file opens with Excel's
    own `sep=;` line naming it."""
    first = _first_line(text)
    if first.startswith("sep=") and len(first) == 5:
        return first[4], True
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return (best if counts[best] else ","), False


def read_csv_text(text: str, file_name: str, encoding: str = "UTF-8") -> Table:
    delimiter, sep_line = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    problems: list[Problem] = []
    previous_end = 0
    if sep_line:
        next(reader)  # Excel's "sep=;" line is not the header; the lines after it keep their numbers
        previous_end = reader.line_num
    while True:
        start = previous_end + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            # The csv module cannot resynchronise after broken quoting: the rest of the file is unreadable.
            problems.append(Problem(start, f"the CSV quoting is broken ({error})."))
            break
        previous_end = reader.line_num
        if not record or all(not cell.strip() for cell in record):
            continue  # blank lines carry nothing
        if header is None:
            header = tuple(cell.strip() for cell in record)
            continue
        rows.append(Row(start, tuple(record)))
    if header is None:
        raise ImportFileError(_("{file_name} is empty: it has no header row.").format(file_name=file_name))
    return Table(header, rows, problems, delimiter, encoding)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date | time):  # datetime too
        return value.isoformat()  # a real date cell; the mapping's "iso" date style reads it
    return str(value)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise ImportFileError(_("{name} is not a readable XLSX workbook ({error}).").format(
                name=path.name,
                error=error)) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(_("{name} has no worksheet.").format(name=path.name))
        header: tuple[str, ...] | None = None
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(v) for v in values)
            while cells and cells[-1] == "":
                cells = cells[:-1]  # spreadsheets pad rows with empty cells
            if not cells:
                continue
            if header is None:
                header = tuple(c.strip() for c in cells)
                continue
            rows.append(Row(number, cells))
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise ImportFileError(_("{name} is a damaged XLSX workbook ({error}).").format(
                name=path.name,
                error=error)) from None
    finally:
        workbook.close()
    if header is None:
        raise ImportFileError(_("{name} is empty: it has no header row.").format(name=path.name))
    # Short rows are normal in a workbook (trailing empty cells are not stored): pad them.
    width = len(header)
    padded = [Row(r.line, r.cells + ("",) * (width - len(r.cells))) if len(r.cells) < width else r for r in rows]
    return Table(header, padded, [], delimiter="", encoding="")  # cells, not text: nothing to sniff


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise ImportFileError(_("No file {path}.").format(path=path))
    if path.suffix.lower() in XLSX_SUFFIXES:
        return read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(_("Cannot read {name}: {value}.").format(
                name=path.name,
                value=error.strerror or error)) from None
    text, encoding = decode(data, path.name)
    return read_csv_text(text, path.name, encoding)


