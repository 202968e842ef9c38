"""The generic importer: a saved column + value mapping, atomic failure, dry run, no duplicates, time zones."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.importing import ImportFileError, import_file, load_mapping
from deskapp.importing.mapping import parse_mapping
from deskapp.platform.actor import Actor
from tests.import_helpers import counts, enquiries, rollup_total

DATA = Path(__file__).parent / "data"
TRACKER = DATA / "desk_tracker.csv"
TRACKER_MAPPING = DATA / "desk_tracker_mapping.toml"
HEADER = "Date,Time,Staff,Service point,Topic,Effort,Mode,Minutes,Result,Referred to\n"


def _tracker(tmp_path: Path, *rows: str, name: str = "tracker.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def _import(db, path, **options):
    options.setdefault("timezone", "Europe/London")
    return import_file(db, Actor.cli(), path, load_mapping(TRACKER_MAPPING), **options)


def test_a_saved_mapping_turns_columns_and_values_into_enquiry_fields(db):
    summary = _import(db, TRACKER)

    assert summary.imported == 4
    rows = enquiries(db)
    assert rows[0]["asked_at"] == datetime(2021, 3, 24, 10, 42, tzinfo=UTC)  # London is on GMT until 28 March
    assert rows[0]["desk"] == "Main Library – Ground floor desk"
    assert (rows[0]["category"], rows[0]["read_level"], rows[0]["channel"]) == ("it-device", 3, "in-person")
    assert rows[0]["duration"] == "5-10"  # 7 minutes
    assert rows[3]["outcome"] == "referred-specialist"
    assert rows[3]["desk"] == "Main Library – Level 2 help point"


def test_unmapped_values_are_visible_and_their_rows_are_kept(db):
    summary = _import(db, TRACKER)

    became = {(u.field, u.value): (u.became, u.count) for u in summary.unmapped}
    assert became[("category", "Telescope repair")] == ("Imported / unmapped", 1)
    assert became[("read_level", "difficulty 9")] == ("empty", 1)
    assert became[("channel", "Fax")] == ("In person", 1)
    assert became[("referral_target", "Library robots")] == ("empty", 1)
    odd = enquiries(db)[2]
    assert (odd["category"], odd["read_level"], odd["channel"]) == ("imported-unmapped", None, "in-person")
    assert len(enquiries(db)) == 4


def test_a_row_with_an_unreadable_date_imports_nothing_and_the_message_names_the_line(db, tmp_path):
    path = _tracker(tmp_path, "24/03/2021,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,",
                    "24/03/2021,11:05,NEW,Ground floor,Wayfinding,difficulty 1,Walk-in,1,Answered,",
                    "31/02/2021,25:99,AB,Ground floor,Wayfinding,difficulty 1,Walk-in,1,Answered,")
    before = counts(db)

    with pytest.raises(ImportFileError) as caught:
        _import(db, path)

    message = str(caught.value)
    assert "Nothing was imported" in message
    assert "line 4" in message and "31/02/2021 25:99" in message
    assert counts(db) == before  # no enquiries, no staff for NEW, no desk, no batch, no audit event


def test_a_row_with_an_extra_field_names_its_line(db, tmp_path):
    path = _tracker(tmp_path, "24/03/2021,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,",
                    "24/03/2021,11:05,AB,Ground floor,Wayfinding, not quoted,difficulty 1,Walk-in,1,Answered,")

    with pytest.raises(ImportFileError, match=r"line 3: the row has 11 fields but the header has 10"):
        _import(db, path)
    assert counts(db)["enquiries"] == 0


def test_a_multi_line_quoted_value_is_one_row_and_lines_after_it_are_counted_right(db, tmp_path):
    path = _tracker(tmp_path, '24/03/2021,10:42,AB,Ground floor,"Tech\nnology",difficulty 3,Walk-in,7,Answered,',
                    "not a date,11:05,AB,Ground floor,Wayfinding,difficulty 1,Walk-in,1,Answered,")

    with pytest.raises(ImportFileError, match="line 4: cannot read the date asked 'not a date 11:05'"):
        _import(db, path)


def test_dry_run_reports_every_problem_and_changes_nothing(db, tmp_path):
    path = _tracker(tmp_path, "24/03/2021,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,",
                    "bad,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,",
                    ",,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,")
    before = counts(db)

    summary = _import(db, path, dry_run=True)

    assert [p.line for p in summary.problems] == [3, 4]
    assert "the date asked is empty" in summary.problems[1].message
    assert summary.new_rows == 1 and summary.imported == 0
    assert summary.new_staff == ("AB",)
    assert summary.preview[0]["category"] == "Device troubleshooting"
    assert any("Nothing can be imported" in line for line in summary.lines())
    assert counts(db) == before


def test_reimporting_the_same_file_adds_nothing(db, tmp_path):
    _import(db, TRACKER)
    copy = tmp_path / "renamed copy.csv"
    shutil.copyfile(TRACKER, copy)

    again = _import(db, copy)

    assert (again.imported, again.already_imported) == (0, 4)
    assert len(enquiries(db)) == 4
    assert rollup_total(db) == 4


def test_identical_rows_in_one_file_are_two_enquiries_and_stay_two_on_reimport(db, tmp_path):
    row = "24/03/2021,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,"
    path = _tracker(tmp_path, row, row)

    assert _import(db, path).imported == 2
    assert _import(db, path).imported == 0
    path_with_third = _tracker(tmp_path, row, row, row, name="three.csv")
    assert _import(db, path_with_third).imported == 1
    assert len(enquiries(db)) == 3


def test_the_timezone_option_decides_what_utc_moment_a_local_time_is(db, tmp_path):
    path = _tracker(tmp_path, "01/07/2021,10:00,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,")

    _import(db, path, timezone="Europe/London")  # British Summer Time: UTC+1
    london = enquiries(db)[0]
    assert london["asked_at"] == datetime(2021, 7, 1, 9, 0, tzinfo=UTC)
    assert london["asked_hour_of_week"] == 3 * 24 + 10  # Thursday 10:00 at the desk


def test_without_a_timezone_the_pc_s_own_zone_is_used(db, tmp_path, monkeypatch):
    path = _tracker(tmp_path, "01/07/2021,10:00,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        import_file(db, Actor.cli(), path, load_mapping(TRACKER_MAPPING))
    finally:
        monkeypatch.undo()
        time.tzset()

    assert enquiries(db)[0]["asked_at"] == datetime(2021, 7, 1, 1, 0, tzinfo=UTC)


def test_mapping_mistakes_are_plain_sentences(db, tmp_path):
    wrong_target = TRACKER_MAPPING.read_text(encoding="utf-8").replace('"it-device"', '"it-teleporter"')
    (tmp_path / "wrong.toml").write_text(wrong_target, encoding="utf-8")
    with pytest.raises(ImportFileError, match="'it-teleporter', which is not a category key"):
        import_file(db, Actor.cli(), TRACKER, load_mapping(tmp_path / "wrong.toml"))

    with pytest.raises(ImportFileError, match="unknown field 'colour'"):
        parse_mapping({"columns": {"asked_at": "a", "initials": "b", "colour": "c"}})
    with pytest.raises(ImportFileError, match="which column holds when the enquiry was asked"):
        parse_mapping({"columns": {"initials": "b"}})
    with pytest.raises(ImportFileError, match="not valid TOML"):
        (tmp_path / "broken.toml").write_text("[columns\n", encoding="utf-8")
        load_mapping(tmp_path / "broken.toml")
    with pytest.raises(ImportFileError, match="Unknown time zone 'Mars/Olympus'"):
        _import(db, TRACKER, timezone="Mars/Olympus")


def test_a_file_without_the_mapped_date_column_says_which_column_is_missing(db, tmp_path):
    path = tmp_path / "no_date.csv"
    path.write_text("Staff,Topic\nAB,Technology\n", encoding="utf-8")

    with pytest.raises(ImportFileError, match="has no column 'Date'"):
        _import(db, path)


def test_cli_import_csv_with_a_mapping_and_a_failing_file(db_path, db, tmp_path, capsys):
    assert main(["--db", str(db_path), "import", "csv", str(TRACKER), "--mapping", str(TRACKER_MAPPING),
                 "--timezone", "Europe/London"]) == 0
    assert "Imported 4 of 4 rows" in capsys.readouterr().out

    bad = _tracker(tmp_path, "yesterday,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,")
    code = main(["--db", str(db_path), "import", "csv", str(bad), "--mapping", str(TRACKER_MAPPING)])

    assert code == 1
    assert "line 2: cannot read the date asked 'yesterday 10:42'" in capsys.readouterr().err
    assert len(enquiries(db)) == 4


def test_cli_import_csv_accepts_a_built_in_mapping_name(db_path, capsys):
    code = main(["--db", str(db_path), "import", "csv", str(DATA / "libstats_dump.csv"), "--mapping", "libstats",
                 "--dry-run"])

    assert code == 0
    assert "Would import 4 of 4 rows" in capsys.readouterr().out


def test_the_same_rows_with_columns_in_another_order_are_recognised(db, tmp_path):
    _import(db, TRACKER)
    lines = [line.split(",") for line in TRACKER.read_text(encoding="utf-8").splitlines()]
    swapped = tmp_path / "swapped.csv"
    swapped.write_text("".join(",".join([cells[2], *cells[:2], *cells[3:]]) + "\n" for cells in lines),
                       encoding="utf-8")

    again = _import(db, swapped)

    assert (again.imported, again.already_imported) == (0, 4)
