"""Importing a Libstats Data Dump: month/day/year dates, desks from library + location, time bands."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from deskapp.importing import FORMATS, import_file
from deskapp.platform.actor import Actor
from tests.import_helpers import counts, enquiries, rollup_total

LIBSTATS = Path(__file__).parent / "data" / "libstats_dump.csv"
NEW_YORK = "America/New_York"


def test_libstats_dates_are_month_first_and_local_to_the_given_zone(db):
    import_file(db, Actor.cli(), LIBSTATS, FORMATS["libstats"], timezone=NEW_YORK)

    first = enquiries(db)[0]
    # 3/05/2021 02:15:00 PM is 5 March (not 3 May); New York is UTC-5 in early March.
    assert first["asked_at"] == datetime(2021, 3, 5, 19, 15, tzinfo=UTC)
    assert first["asked_local_date"] == date(2021, 3, 5)
    assert first["asked_hour_of_week"] == 4 * 24 + 14  # Friday 14:00
    assert first["entered_at"] == datetime(2021, 3, 5, 19, 16, tzinfo=UTC)  # added_stamp


def test_libstats_coded_fields_and_desks_from_library_and_location(db):
    summary = import_file(db, Actor.cli(), LIBSTATS, FORMATS["libstats"], timezone=NEW_YORK)

    rows = enquiries(db)
    assert [r["channel"] for r in rows] == ["in-person", "phone", "chat", "email"]
    assert [r["patron_type"] for r in rows] == ["undergraduate", "postgraduate", "academic-staff", "visitor"]
    assert [r["duration"] for r in rows] == ["0-5", "10-20", "5-10", "0-5"]
    assert [r["category"] for r in rows] == ["lib-directional", "lib-reference", "it-device", "lib-general"]
    assert summary.new_desks == ("Main Library – Reference Desk", "Science Library – Help Point")
    assert not summary.unmapped


def test_the_desk_option_puts_every_row_on_one_desk(db):
    summary = import_file(db, Actor.cli(), LIBSTATS, FORMATS["libstats"], desk="Science Library – Help Point",
                          timezone=NEW_YORK)

    assert {r["desk"] for r in enquiries(db)} == {"Science Library – Help Point"}
    assert summary.new_desks == ("Science Library – Help Point",)


def test_initials_match_existing_staff_whatever_their_case(db):
    import_file(db, Actor.cli(), LIBSTATS, FORMATS["libstats"], timezone=NEW_YORK)

    staff = sorted({r["initials"] for r in enquiries(db)})
    assert staff == ["AB", "CD", "gh"]
    assert counts(db)["staff"] == 3


@pytest.mark.postgres
def test_libstats_import_on_postgresql_is_atomic_and_not_duplicated(pg_db):
    first = import_file(pg_db, Actor.cli(), LIBSTATS, FORMATS["libstats"], timezone=NEW_YORK)
    again = import_file(pg_db, Actor.cli(), LIBSTATS, FORMATS["libstats"], timezone=NEW_YORK)

    assert (first.imported, again.imported, again.already_imported) == (4, 0, 4)
    rows = enquiries(pg_db)
    assert len(rows) == 4
    assert rows[0]["asked_at"] == datetime(2021, 3, 5, 19, 15, tzinfo=UTC)
    assert rollup_total(pg_db) == 4


STOCK_HEADER = ("question_id,patron_type,question_type,time_spent,question_format,library_name,location_name,"
                "added_stamp,asked_at,question_time,question_half_hour,question_date,question_weekday,initials")


def _stock_row(question_id: int, patron_type: str, time_spent: str) -> str:
    # The cells Libstats' DataCSVReport.php writes, joined with implode(",") and no quoting.
    return (f"{question_id},{patron_type},Reference,{time_spent},Walk-up,Main Library,Reference Desk,"
            "3/05/2021 02:16:00 PM,3/05/2021 02:15:00 PM,02:15:00 PM,02:00 PM,3/05/2021,Friday,AB")


def test_libstats_stock_values_keep_their_patron_type_and_range_midpoint_band(db, tmp_path):
    # Given a dump from a stock Libstats install: "Fac/Staff" patrons and its own duration ranges
    dump = tmp_path / "stock.csv"
    dump.write_text("\n".join([STOCK_HEADER, _stock_row(1, "Fac/Staff", "0-9 minutes"),
                               _stock_row(2, "Fac/Staff", "8-14 minutes"),
                               _stock_row(3, "Undergrad", "20-30 minutes"),
                               _stock_row(4, "Undergrad", "10+ minutes")]) + "\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), dump, FORMATS["libstats"], timezone=NEW_YORK)

    rows = enquiries(db)
    # Then no patron type is lost, and a range lands in the band holding its midpoint
    # (0-9 is 4.5: 0-5; 8-14 is 11: 10-20)
    assert [r["patron_type"] for r in rows] == ["academic-staff", "academic-staff", "undergraduate", "undergraduate"]
    assert [r["duration"] for r in rows] == ["0-5", "10-20", "20+", "10-20"]
    assert not summary.unmapped


def test_the_dry_run_shows_which_band_each_duration_range_took(db, tmp_path):
    from tests.libstats_files import ordinary_rows, write_dump

    rows = ordinary_rows(6)
    for cells, spent in zip(rows, ["0-9 minutes", "8-14 minutes", "10+ minutes", "0-9 minutes", "20-30 minutes",
                                   "0-9 minutes"], strict=True):
        cells[3] = spent
    summary = import_file(db, Actor.cli(), write_dump(tmp_path / "dump.csv", rows), FORMATS["libstats"],
                          timezone=NEW_YORK, dry_run=True)

    assert summary.banded == (
        "Duration '0-9 minutes' read as 0–5 min (by its midpoint, 4.5 minutes): 3 rows, first on line 2.",
        "Duration '8-14 minutes' read as 10–20 min (by its midpoint, 11 minutes): 1 row, first on line 3.",
        "Duration '10+ minutes' read as 10–20 min (by 10 minutes): 1 row, first on line 4.",
        "Duration '20-30 minutes' read as 20+ min (by its midpoint, 25 minutes): 1 row, first on line 6.")
    assert all(line in summary.lines() for line in summary.banded)
