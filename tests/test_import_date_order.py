"""Day first or month first is decided from the whole file, or told; never guessed row by row.

The files are written the way their tools write them: Gimlet's web download (header and date style from
tests/data/gimlet_web.csv) re-saved by Excel in a Danish locale (semicolons, Windows-1252, "dd-mm-yyyy hh:mm"),
and Libstats' Data Dump (its header, with the question_weekday column its report code writes).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.cli import main
from deskapp.importing import FORMATS, ImportFileError, import_file, load_mapping
from deskapp.importing.date_order import DAY_FIRST, MONTH_FIRST, OrderFinder
from deskapp.platform.actor import Actor
from tests.import_helpers import counts, enquiries

GIMLET_WEB_HEADER = "Initials;Location;Format;Asked by;Question type;Asked at;Tags;Question;Answer"
LIBSTATS_HEADER = ("question_id,patron_type,question_type,time_spent,question_format,library_name,location_name,"
                   "added_stamp,asked_at,question_time,question_half_hour,question_date,question_weekday,initials")
GIMLET_STYLES = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S")


def _danish_gimlet(tmp_path: Path, days: list[date], name: str = "gimlet-dk.csv") -> Path:
    """A Gimlet web download as a Danish Excel saves it: ';' between fields, cp1252, day-first dates."""
    rows = [GIMLET_WEB_HEADER]
    for number, day in enumerate(days):
        rows.append(f"AB;Hovedbiblioteket – Skranke;In Person;Student;Directional;"
                    f"{day:%d-%m-%Y} {9 + number % 8:02d}:15;directions;Hvor er toilettet?;Stueetagen")
    path = tmp_path / name
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def _asked_days(db) -> list[date]:
    return [row["asked_local_date"] for row in enquiries(db)]


def test_a_danish_excel_resave_of_a_gimlet_download_is_read_day_first_from_its_later_days(db, tmp_path):
    # Ten days of March 2021 written day first; 13-03 and later can only be day first, so 01-03 is 1 March.
    days = [date(2021, 3, d) for d in (1, 2, 5, 8, 11, 12, 13, 19, 24, 30)]
    path = _danish_gimlet(tmp_path, days)

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="Europe/Copenhagen")

    assert summary.mapping_name == "Gimlet web download"  # the semicolons no longer hide the header
    assert summary.imported == 10
    assert sorted(_asked_days(db)) == days  # 10 of 10 right, 01-03 included
    assert summary.date_order == DAY_FIRST
    lines = summary.lines()
    assert "Read as Windows-1252 text with fields separated by semicolons." in lines
    assert any(line.startswith("Dates read day first") and "line 8: '13-03-2021" in line for line in lines)
    assert {row["desk"] for row in enquiries(db)} == {"Hovedbiblioteket – Skranke"}


def test_a_file_whose_dates_all_read_both_ways_is_refused_and_nothing_is_written(db, tmp_path):
    path = _danish_gimlet(tmp_path, [date(2021, 3, d) for d in range(1, 11)])  # 01-03 ... 10-03
    before = counts(db)

    with pytest.raises(ImportFileError) as refused:
        import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="Europe/Copenhagen")

    message = str(refused.value)
    assert message.startswith("Nothing was imported from gimlet-dk.csv.")
    assert "day first or month first" in message and "line 2: '01-03-2021 09:15'" in message
    assert "--date-order dmy" in message and "--date-order mdy" in message
    assert counts(db) == before


def test_the_dry_run_of_an_undecided_file_lists_the_refusal_and_shows_no_dates_that_may_be_wrong(db, tmp_path):
    path = _danish_gimlet(tmp_path, [date(2021, 3, d) for d in range(1, 11)])

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], dry_run=True)

    assert not summary.ok and summary.problems[0].line == 0
    assert summary.preview == ()
    assert summary.date_order == ""
    assert summary.first_asked is None and not any(line.startswith("Enquiries asked") for line in summary.lines())


@pytest.mark.parametrize(("order", "expected"), [("dmy", date(2021, 3, 1)), ("mdy", date(2021, 1, 3))])
def test_date_order_says_how_to_read_a_file_that_cannot_tell(db, tmp_path, order, expected):
    path = _danish_gimlet(tmp_path, [date(2021, 3, 1)] * 10)

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC", date_order=order)

    assert _asked_days(db) == [expected] * 10
    assert summary.date_order == order
    assert f"as --date-order {order} says" in " ".join(summary.lines())


def test_a_file_with_both_orders_is_refused_naming_one_line_of_each(db, tmp_path):
    path = _danish_gimlet(tmp_path, [date(2021, 3, 13), date(2021, 3, 2)])
    text = path.read_bytes().decode("cp1252").replace("02-03-2021", "03-14-2021")  # a month-first row
    path.write_bytes(text.encode("cp1252"))

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], dry_run=True)

    message = str(summary.problems[0])
    assert "not all in one order" in message
    assert "line 2: '13-03-2021 09:15'" in message and "line 3: '03-14-2021 10:15'" in message

    told = import_file(db, Actor.cli(), path, FORMATS["gimlet"], dry_run=True, date_order="dmy")
    assert [str(p) for p in told.problems] == [
        "line 3: cannot read the date asked '03-14-2021 10:15' (expected a date and time like "
        "24/03/2021 02:42:00 PM, day first as for the whole file)."]


def test_a_libstats_dump_resaved_day_first_is_settled_by_its_weekday_column(db, tmp_path):
    # 5 March 2021 was a Friday; read month first, 05/03/2021 would be 3 May, a Monday.
    row = ("501,Fac/Staff,Directional,0-9 minutes,Walk-up,Main Library,Reference Desk,05/03/2021 14:16,"
           "05/03/2021 14:15,14:15,14:00,05/03/2021,Friday,AB")
    path = tmp_path / "libstats-uk.csv"
    path.write_text(LIBSTATS_HEADER + "\n" + row + "\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="Europe/London")

    assert _asked_days(db) == [date(2021, 3, 5)]
    assert enquiries(db)[0]["entered_at"] == datetime(2021, 3, 5, 14, 16, tzinfo=UTC)  # added_stamp, same order
    assert "by their row's weekday" in summary.date_order_note


def test_the_mapping_can_state_its_order_and_a_date_order_given_overrides_it(db, tmp_path):
    mapping = tmp_path / "tracker.toml"
    mapping.write_text('[columns]\ndate = "Date"\ninitials = "Staff"\n[options]\ndate_formats = ["%d/%m/%Y"]\n'
                       'date_order = "dmy"\n', encoding="utf-8")
    path = tmp_path / "tracker.csv"
    path.write_text("Date,Staff\n01/03/2021,AB\n", encoding="utf-8")

    stated = import_file(db, Actor.cli(), path, load_mapping(mapping), dry_run=True, timezone="UTC")
    told = import_file(db, Actor.cli(), path, load_mapping(mapping), dry_run=True, timezone="UTC",
                       date_order="mdy")

    assert stated.preview[0]["asked"].startswith("2021-03-01")
    assert "as the mapping's date_order says" in stated.date_order_note
    assert told.preview[0]["asked"].startswith("2021-01-03")


def test_a_mapping_with_an_unknown_date_order_is_refused_plainly(tmp_path):
    mapping = tmp_path / "bad.toml"
    mapping.write_text('[columns]\ndate = "Date"\ninitials = "Staff"\n[options]\ndate_order = "ymd"\n',
                       encoding="utf-8")

    with pytest.raises(ImportFileError, match="date_order = 'ymd'; use \"dmy\""):
        load_mapping(mapping)


def test_iso_dates_need_no_order_and_say_nothing_about_it(db):
    summary = import_file(db, Actor.cli(), Path(__file__).parent / "data" / "gimlet_api.csv", FORMATS["gimlet"],
                          dry_run=True)

    assert summary.ok and summary.date_order == "" and summary.date_order_note == ""


def test_cli_date_order_option_and_the_dry_run_says_which_order_was_used(db_path, db, tmp_path, capsys):
    path = _danish_gimlet(tmp_path, [date(2021, 3, 1)] * 3)

    refused = main(["--db", str(db_path), "import", "gimlet", str(path), "--dry-run"])
    refused_out = capsys.readouterr().out
    told = main(["--db", str(db_path), "import", "gimlet", str(path), "--dry-run", "--date-order", "dmy"])
    told_out = capsys.readouterr().out

    assert refused == 1 and "--date-order dmy" in refused_out
    assert told == 0 and "Dates read day first (24/03 is 24 March), as --date-order dmy says." in told_out
    assert counts(db)["enquiries"] == 0


# -- the inference itself, over any set of dates ---------------------------------------------------------

moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0))


def _observe(finder: OrderFinder, written: list[datetime], order: str, style: str,
             weekdays: bool = False) -> None:
    fmt = style if order == MONTH_FIRST else style.replace("%m/%d", "%d/%m")
    for line, moment in enumerate(written, start=2):
        finder.observe(line, moment.strftime(fmt), moment.strftime("%A") if weekdays else "")


@settings(max_examples=300, deadline=None)
@given(written=st.lists(moments, min_size=1, max_size=40), order=st.sampled_from([DAY_FIRST, MONTH_FIRST]),
       style=st.sampled_from(["%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M"]))
def test_the_order_found_is_never_the_wrong_one_and_is_found_whenever_a_day_is_above_12(written, order, style):
    finder = OrderFinder(GIMLET_STYLES)
    _observe(finder, written, order, style)

    decision = finder.decision()

    telling = any(m.day > 12 for m in written)
    both_ways = any(m.day <= 12 and m.day != m.month for m in written)
    if telling:
        assert decision.order == order and not decision.undecided
    else:
        assert decision.order is None
        assert decision.undecided == both_ways  # nothing tells: refused, unless every date reads one way


@settings(max_examples=200, deadline=None)
@given(written=st.lists(moments, min_size=1, max_size=20), order=st.sampled_from([DAY_FIRST, MONTH_FIRST]))
def test_with_true_weekdays_the_order_is_never_wrong(written, order):
    finder = OrderFinder(GIMLET_STYLES)
    _observe(finder, written, order, "%m/%d/%Y %H:%M", weekdays=True)

    decision = finder.decision()

    assert decision.order in (order, None)
    assert not decision.conflicting


@settings(max_examples=100, deadline=None)
@given(start=moments, order=st.sampled_from([DAY_FIRST, MONTH_FIRST]))
def test_a_month_of_daily_rows_is_always_decided(start, order):
    finder = OrderFinder(GIMLET_STYLES)
    _observe(finder, [start + timedelta(days=n) for n in range(31)], order, "%m/%d/%Y %H:%M")

    assert finder.decision().order == order
