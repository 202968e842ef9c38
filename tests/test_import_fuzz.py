"""Importers never crash and never half-import: arbitrary bytes and malformed CSV either import whole or
fail with ImportFileError (a plain sentence), leaving the database exactly as it was."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskapp.db import Database
from deskapp.importing import FORMATS, ImportFileError, ImportSummary, import_file
from deskapp.platform.actor import Actor
from tests.import_helpers import counts

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
GIMLET_HEADER = ("question_number,initials,email,location,duration,format,asked_by,question_type,difficulty,"
                 "asked_at,question_date,question_time,question_half_hour,question_weekday,added_at,tags,site,"
                 "account,question,answer")
LIBSTATS_HEADER = ("question_id,patron_type,question_type,time_spent,question_format,library_name,location_name,"
                   "added_stamp,asked_at,question_time,question_half_hour,question_date,question_weekday,initials")
HEADERS = {"gimlet": GIMLET_HEADER, "libstats": LIBSTATS_HEADER}


@pytest.fixture(scope="module")
def fuzz_db(template_sqlite: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for every example: each must leave it consistent for the next."""
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    shutil.copyfile(template_sqlite, path)
    database = Database(path)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-files")


def _attempt(db: Database, path: Path, fmt: str) -> None:
    """Import; whatever happens, the database holds all of the file's new rows or none of them."""
    before = counts(db)
    try:
        result = import_file(db, Actor.cli(), path, FORMATS[fmt], timezone="UTC")
    except ImportFileError as error:
        assert str(error).strip()  # a message for people, never empty
        assert counts(db) == before
        return
    assert isinstance(result, ImportSummary)
    after = counts(db)
    assert result.imported == result.new_rows
    assert after["enquiries"] == before["enquiries"] + result.imported
    assert after["import_batches"] == before["import_batches"] + 1


@SETTINGS
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(sorted(FORMATS)))
def test_arbitrary_bytes_never_crash_the_importer(fuzz_db, fuzz_dir, data, fmt):
    path = fuzz_dir / "anything.csv"
    path.write_bytes(data)
    _attempt(fuzz_db, path, fmt)


@SETTINGS
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(sorted(HEADERS)))
def test_a_real_header_followed_by_arbitrary_bytes_never_crashes(fuzz_db, fuzz_dir, data, fmt):
    path = fuzz_dir / "header_then_noise.csv"
    path.write_bytes(HEADERS[fmt].encode() + b"\r\n" + data)
    _attempt(fuzz_db, path, fmt)


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_named_xlsx_are_refused_plainly(fuzz_db, fuzz_dir, data):
    path = fuzz_dir / "anything.xlsx"
    path.write_bytes(data)
    _attempt(fuzz_db, path, "deskapp")


# Cells a broken export might hold: good and bad dates, quotes, separators, line breaks, odd text.
CELLS = st.one_of(
    st.sampled_from(["2021-03-24 10:42:00 AM", "3/05/2021 02:15:00 PM", "2021-02-30 10:00:00 AM", "", "AB",
                     "Technology", "difficulty 3", "In Person", "Student", "0-5 minutes", "Main Desk", "\"",
                     "a,b", "\"quoted, with comma\"", "x\ny", "\r", "=1+1", "'=x", "31/12/2021 25:00"]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@st.composite
def malformed_csv(draw, header: str) -> str:
    columns = header.split(",")
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    rows = [",".join(columns)]
    for _ in range(draw(st.integers(0, 12))):
        width = draw(st.one_of(st.just(len(columns)), st.integers(0, len(columns) + 3)))
        rows.append(",".join(draw(st.lists(CELLS, min_size=width, max_size=width))))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return ending.join(rows) + draw(st.sampled_from(["", ending]))


DATES = st.sampled_from(["2021-03-24 10:42:00 AM", "3/05/2021 02:15:00 PM", "2021-03-24 10:42", "not a date", ""])


@st.composite
def plausible_csv(draw, header: str) -> str:
    """Properly quoted rows of the right width, mostly with readable dates: some import, some do not."""
    columns = header.split(",")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for _ in range(draw(st.integers(1, 10))):
        row = draw(st.lists(CELLS, min_size=len(columns), max_size=len(columns)))
        row[columns.index("asked_at")] = draw(DATES)
        writer.writerow(row)
    return out.getvalue()


@SETTINGS
@given(data=st.data(), fmt=st.sampled_from(sorted(HEADERS)), encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
       plausible=st.booleans())
def test_malformed_csv_imports_whole_or_not_at_all(fuzz_db, fuzz_dir, data, fmt, encoding, plausible):
    text = data.draw(plausible_csv(HEADERS[fmt]) if plausible else malformed_csv(HEADERS[fmt]))
    path = fuzz_dir / "malformed.csv"
    path.write_bytes(text.encode(encoding))
    _attempt(fuzz_db, path, fmt)


@SETTINGS
@given(data=st.data(), fmt=st.sampled_from(sorted(HEADERS)))
def test_dry_run_on_malformed_csv_never_writes(fuzz_db, fuzz_dir, data, fmt):
    path = fuzz_dir / "dry.csv"
    path.write_text(data.draw(malformed_csv(HEADERS[fmt])), encoding="utf-8")
    before = counts(fuzz_db)
    try:
        summary = import_file(fuzz_db, Actor.cli(), path, FORMATS[fmt], timezone="UTC", dry_run=True)
    except ImportFileError:
        pass
    else:
        assert summary.imported == 0
        assert summary.new_rows + summary.already_imported + len(summary.problems) >= 0
    assert counts(fuzz_db) == before
