"""Counts come in as tallies, never as invented enquiries: Suma's "Export Raw Data" and plain tally sheets.

tests/data/suma_raw_export.csv and suma_raw_reference_desk.csv are written as Suma's own export code writes
them (analysis/reports, the "sumaCsvRawUnprocessed" directive: d3.csvFormat over the six fixed columns, then
one "Group: Activity" column per activity, the count's number in each of its activities' columns), with the
locations, groups and activities of Suma's own sample initiatives (service/config/schema_w_sample.sql).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.cli import main
from deskapp.db.models import AuditEvent, Category, Desk, Enquiry, ImportBatch, Tally
from deskapp.importing import TALLY_FORMATS, ImportFileError, import_tallies
from deskapp.platform.actor import Actor
from tests.fault_helpers import write_lock_held

DATA = Path(__file__).parent / "data"
SUMA_RAW = DATA / "suma_raw_export.csv"
SUMA_REFERENCE = DATA / "suma_raw_reference_desk.csv"
MONTHLY = DATA / "monthly_tallies.csv"


def _suma(db, path=SUMA_RAW, **options):
    return import_tallies(db, Actor.cli(), path, TALLY_FORMATS["suma"], **options)


def _tallies(db) -> list[tuple]:
    with db.read() as session:
        rows = session.execute(select(Tally.period_start, Tally.hour, Desk.name, Tally.count, Tally.label)
                               .join(Desk, Desk.id == Tally.desk_id).order_by(Tally.id))
        return [(day.isoformat(), hour, desk, count, label) for day, hour, desk, count, label in rows]


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = SUMA_RAW.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "suma_later.csv"
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_each_suma_count_becomes_one_tally_with_its_number_taken_once(any_db):
    summary = _suma(any_db)

    assert (summary.rows_read, summary.imported, summary.total_count) == (8, 7, 13)
    tallies = _tallies(any_db)
    # Count 104 has "4" under both of its activities: one tally of 4, not 8.
    assert ("2026-11-02", 11, "West Wing-Quiet Reading Room", 4, "Type: Reading; Medium: In-Person") in tallies
    assert tallies[0] == ("2026-11-02", 10, "Ground Floor", 1, "Type: Reading; Medium: In-Person")
    assert sum(t[3] for t in tallies) == 13
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enquiry)) == 0  # no invented enquiries
        assert set(session.scalars(select(Desk.name).where(Desk.active.is_(False)))) >= {
            "Ground Floor", "West Wing-Quiet Reading Room", "East Wing-Learning Commons"}


def test_a_suma_count_with_no_activity_is_left_out_and_the_summary_says_where(any_db):
    summary = _suma(any_db, dry_run=True)

    assert summary.new_rows == 7 and summary.ok
    assert ("1 count has no activity, so the file holds no number for it (Suma writes a count's number only in "
            "its activities' columns): it is left out (line 4).") in summary.lines()


def test_suma_locations_with_commas_and_every_activity_group_are_read(any_db):
    _suma(any_db, SUMA_REFERENCE)

    assert _tallies(any_db) == [
        ("2026-11-04", 9, "1st Floor-Reading room", 1, "Time taken: <30 seconds; Type: Directional"),
        ("2026-11-04", 9, "1st Floor-Reading room", 1,
         "Time taken: 5-20 minutes; Type: Reference; Librarian referral: In person"),
        ("2026-11-04", 10, "2nd Floor-Study Rooms, group", 1, "Time taken: 30 seconds - 5 minutes; Type: Tech Lending"),
    ]


def test_importing_the_same_suma_export_again_adds_nothing(any_db):
    _suma(any_db)
    again = _suma(any_db)

    assert (again.imported, again.updated, again.already_imported) == (0, 0, 7)
    assert "7 tallies were imported before and are skipped." in again.lines()
    assert len(_tallies(any_db)) == 7


def test_a_count_edited_in_suma_updates_its_tally_and_the_import_event_records_the_change(any_db, tmp_path):
    _suma(any_db)
    later = _edited(tmp_path, "104,31,West Wing-Quiet Reading Room (id:5),4,,,,4,",
                    "104,31,West Wing-Quiet Reading Room (id:5),6,,,,6,")

    summary = _suma(any_db, later)

    assert (summary.imported, summary.updated, summary.already_imported) == (0, 1, 6)
    tallies = _tallies(any_db)
    assert len(tallies) == 7 and sum(t[3] for t in tallies) == 15
    with any_db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "import_batch")
                                .order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.changes["kind"] == "tallies"
    assert [(u["key"], u["count"]) for u in event.changes["updated"]] == [("suma||104", [4, 6])]


def test_count_ids_are_kept_apart_per_suma_instance_and_from_tally_sheet_ids(any_db, tmp_path):
    _suma(any_db, source_instance="Main library")
    other = _suma(any_db, source_instance="Science library")  # its own count 101, 102, ...
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,date,desk,count\n101,2026-11-02,Ground Floor,9\n", encoding="utf-8")
    from_sheet = import_tallies(any_db, Actor.cli(), sheet, TALLY_FORMATS["tallies"])

    assert (other.imported, other.already_imported) == (7, 0)
    assert from_sheet.imported == 1
    assert len(_tallies(any_db)) == 15


def test_a_count_with_two_different_numbers_or_a_bad_date_stops_the_import_and_writes_nothing(any_db, tmp_path):
    later = _edited(tmp_path, "104,31,West Wing-Quiet Reading Room (id:5),4,,,,4,",
                    "104,31,West Wing-Quiet Reading Room (id:5),4,,,,5,")
    later.write_text(later.read_text(encoding="utf-8").replace("2026-11-03 14:02:11", "03/11/2026 14:02"),
                     encoding="utf-8")

    checked = _suma(any_db, later, dry_run=True)
    with pytest.raises(ImportFileError) as refused:
        _suma(any_db, later)

    assert [p.line for p in checked.problems] == [5, 6]
    assert "count 104 has different numbers" in str(checked.problems[0])
    assert "is not a date and time like 2024-03-05 14:02:11" in str(checked.problems[1])
    assert "Nothing was imported" in str(refused.value)
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Tally)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_suma_tabular_export_is_refused_with_the_button_to_use(any_db, tmp_path):
    tabular = tmp_path / "tabular.csv"
    tabular.write_text("Raw Report\nInitiative: Sample Reference Initiative\nDates: 2026-11-01 - 2026-11-30\n"
                       "No Counts Before: 00:00\nNo Counts After: 23:59\n2026-11-02\n"
                       + SUMA_RAW.read_text(encoding="utf-8"), encoding="utf-8")

    with pytest.raises(ImportFileError, match="Export Raw Data"):
        _suma(any_db, tabular)


def test_only_a_team_leader_imports_tallies(any_db):
    with pytest.raises(PermissionError):
        import_tallies(any_db, Actor.staff_member(1, "staff"), SUMA_RAW, TALLY_FORMATS["suma"])
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Tally)) == 0


def test_a_monthly_tally_sheet_covers_each_whole_month_and_matches_known_categories(any_db):
    summary = import_tallies(any_db, Actor.cli(), MONTHLY, TALLY_FORMATS["tallies"])

    assert (summary.imported, summary.total_count) == (6, 1661)
    assert "The category 'Directional' is not known here: 3 tallies keep it in their label only." in summary.lines()
    with any_db.read() as session:
        september = session.execute(select(Tally.period_start, Tally.period_end, Category.key, Tally.count)
                                    .outerjoin(Category, Category.id == Tally.category_id)
                                    .order_by(Tally.id)).all()[:2]
    assert [(s.isoformat(), e.isoformat(), key, n) for s, e, key, n in september] == [
        ("2026-09-01", "2026-09-30", None, 412), ("2026-09-01", "2026-09-30", "lib-printing", 198)]


def test_a_corrected_month_in_a_tally_sheet_updates_its_tally(any_db, tmp_path):
    import_tallies(any_db, Actor.cli(), MONTHLY, TALLY_FORMATS["tallies"])
    corrected = tmp_path / "monthly.csv"
    corrected.write_text(MONTHLY.read_text(encoding="utf-8").replace("Directional,388", "Directional,390"),
                         encoding="utf-8")

    summary = import_tallies(any_db, Actor.cli(), corrected, TALLY_FORMATS["tallies"])

    assert (summary.imported, summary.updated, summary.already_imported) == (0, 1, 5)
    with any_db.read() as session:
        assert session.scalar(select(func.sum(Tally.count))) == 1663


def test_the_import_command_checks_a_suma_export_and_then_imports_it(db_path, capsys):
    assert main(["--db", str(db_path), "import", "suma", str(SUMA_RAW), "--dry-run"]) == 0
    checked = capsys.readouterr().out
    assert "Would import 7 tallies from 8 rows of suma_raw_export.csv (Suma raw export)." in checked

    assert main(["--db", str(db_path), "import", "suma", str(SUMA_RAW), "--source-instance", "Main library"]) == 0
    assert "Imported 7 tallies" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", "suma", str(SUMA_RAW), "--source-instance", "main  library"]) == 0
    assert "7 tallies were imported before and are skipped." in capsys.readouterr().out


def test_a_tally_sheet_with_a_week_and_hours_is_read_and_its_bad_rows_are_each_named(any_db, tmp_path):
    sheet = tmp_path / "week.csv"
    sheet.write_text("from,to,hour,desk,channel,label,count\n"
                     "2026-11-02,2026-11-08,10,Help point,phone,Opening hours,17\n"
                     "2026-11-09,2026-11-15,,Help point,Carrier pigeon,Opening hours,3\n"
                     "2026-11-16,2026-11-10,,Help point,,Opening hours,4\n"
                     "2026-11-16,2026-11-22,25,Help point,,Opening hours,4\n"
                     "2026-11-16,2026-11-22,,Help point,,Opening hours,about 20\n", encoding="utf-8")

    checked = import_tallies(any_db, Actor.cli(), sheet, TALLY_FORMATS["tallies"], dry_run=True)

    assert [(p.line, p.message) for p in checked.problems] == [
        (4, "the period ends (2026-11-10) before it starts (2026-11-16)."),
        (5, "the hour '25' is not an hour from 0 to 23."),
        (6, "the count 'about 20' is not a whole number (0 or more).")]
    assert checked.new_rows == 2 and checked.preview[0]["period"] == "2026-11-02 – 2026-11-08 10:00"
    assert checked.preview[0]["channel"] != "" and checked.preview[1]["channel"] == ""
    assert checked.preview[1]["label"] == "Opening hours; channel: Carrier pigeon"
    assert "The channel 'Carrier pigeon' is not known here: 1 tally keeps it in its label only." in checked.lines()


def test_a_tally_sheet_saved_by_excel_is_read_with_its_month_cells_as_dates(any_db, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Month", "Desk", "Category", "Count"])
    sheet.append([datetime(2026, 2, 1), "Main Desk", "lib-directional", 300])  # Excel keeps "Feb 2026" as a date
    sheet.append(["2026-03", "Main Desk", "lib-directional", 280])
    path = tmp_path / "tallies.xlsx"
    book.save(path)

    summary = import_tallies(any_db, Actor.cli(), path, TALLY_FORMATS["tallies"])

    assert (summary.imported, summary.total_count, summary.problems) == (2, 580, ())
    assert (summary.first_day.isoformat(), summary.last_day.isoformat()) == ("2026-02-01", "2026-03-31")


def test_a_suma_import_while_another_program_holds_the_lock_says_busy_writes_nothing_and_works_after(
        quick_busy_db, db_path, capsys):
    with write_lock_held(db_path):
        assert main(["--db", str(db_path), "import", "suma", str(SUMA_RAW)]) == 1
        said = capsys.readouterr()
        assert "busy" in said.err and "Traceback" not in said.err
    assert _tallies(quick_busy_db) == []
    with quick_busy_db.read() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
    assert main(["--db", str(db_path), "import", "suma", str(SUMA_RAW)]) == 0
    assert "Imported 7 tallies" in capsys.readouterr().out
    assert len(_tallies(quick_busy_db)) == 7
