"""The CSV reader finds the file's encoding and delimiter, as the spreadsheet that saved it chose them."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskapp.importing.reader import read_table

HEADER = ["Initials", "Location", "Asked at"]
ROW = ["ØK", "Læsesal, 1. sal", "2021-03-24 10:42:00 AM"]


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "file.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("delimiter", "encoding", "bom", "found"), [
    (",", "utf-8", b"", "UTF-8"),
    (";", "cp1252", b"", "Windows-1252"),  # Excel "CSV" in a Danish or German locale
    (";", "utf-8", b"\xef\xbb\xbf", "UTF-8"),  # Excel "CSV UTF-8"
    ("\t", "utf-16-le", b"\xff\xfe", "UTF-16"),  # Excel "Unicode text"
    ("|", "utf-8", b"", "UTF-8"),
])
def test_encoding_and_delimiter_are_found_from_the_file(tmp_path, delimiter, encoding, bom, found):
    # The location holds a comma, quoted: the delimiter count looks outside quotes only.
    text = "\r\n".join(delimiter.join(f'"{c}"' if "," in c else c for c in cells) for cells in (HEADER, ROW))
    table = read_table(_write(tmp_path, bom + text.encode(encoding)))

    assert (table.delimiter, table.encoding) == (delimiter, found)
    assert list(table.header) == HEADER
    assert [list(r.cells) for r in table.rows] == [ROW]


def test_excel_s_sep_line_names_the_delimiter_and_is_not_the_header(tmp_path):
    table = read_table(_write(tmp_path, b"sep=;\r\nInitials;Asked at\r\nAB;01-03-2021 10:00\r\n"))

    assert table.delimiter == ";"
    assert list(table.header) == ["Initials", "Asked at"]
    assert [(r.line, r.cells) for r in table.rows] == [(3, ("AB", "01-03-2021 10:00"))]  # line numbers kept


def test_a_one_column_file_is_read_with_commas(tmp_path):
    table = read_table(_write(tmp_path, b"Asked at\n2021-03-24\n"))

    assert table.delimiter == "," and table.header == ("Asked at",)
