"""What an import says when it cannot go ahead: every problem (no "... and 24 more"), the mapping's own date
style in the hint, the valid keys for a mistyped mapping target, and files without an initials column."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.cli import main
from deskapp.db.models import Staff
from deskapp.importing import FORMATS, ImportFileError, import_file, load_mapping
from deskapp.platform.actor import Actor
from tests.import_helpers import counts, enquiries

DATA = Path(__file__).parent / "data"
TRACKER_MAPPING = DATA / "desk_tracker_mapping.toml"
HEADER = "Date,Time,Staff,Service point,Topic,Effort,Mode,Minutes,Result,Referred to\n"
GOOD = "24/03/2021,10:42,AB,Ground floor,Technology,difficulty 3,Walk-in,7,Answered,"


def _tracker_with_bad_dates(tmp_path: Path, bad: int) -> Path:
    rows = [GOOD] + [f"{day}/13/2021,10:00,AB,Ground floor,Technology,,Walk-in,7,Answered," for day in range(bad)]
    path = tmp_path / "tracker.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_all_44_problems_are_listed_in_the_error_and_in_the_dry_run(db, tmp_path):
    path = _tracker_with_bad_dates(tmp_path, 44)

    with pytest.raises(ImportFileError) as refused:
        import_file(db, Actor.cli(), path, load_mapping(TRACKER_MAPPING), timezone="UTC")
    summary = import_file(db, Actor.cli(), path, load_mapping(TRACKER_MAPPING), timezone="UTC", dry_run=True)

    message = str(refused.value)
    assert message.startswith("Nothing was imported: 44 rows of tracker.csv cannot be read.")
    assert all(f"line {n}:" in message for n in range(3, 47)) and "more" not in message
    problem_lines = [line for line in summary.lines() if line.startswith("Problem: ")]
    assert len(problem_lines) == 44 and not any("more problems" in line for line in summary.lines())


def test_a_bad_date_s_hint_shows_the_mapping_s_own_style(db, tmp_path):
    path = _tracker_with_bad_dates(tmp_path, 1)

    summary = import_file(db, Actor.cli(), path, load_mapping(TRACKER_MAPPING), timezone="UTC", dry_run=True)

    assert str(summary.problems[0]) == ("line 3: cannot read the date asked '0/13/2021 10:00' (expected a date "
                                        "and time like 24/03/2021 14:42, day first as for the whole file).")


def test_cli_problems_out_writes_every_problem_to_a_file(db_path, db, tmp_path, capsys):
    path = _tracker_with_bad_dates(tmp_path, 30)
    listing = tmp_path / "problems.txt"

    code = main(["--db", str(db_path), "import", "csv", str(path), "--mapping", str(TRACKER_MAPPING),
                 "--problems-out", str(listing)])

    err = capsys.readouterr().err
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert code == 1
    assert lines[0] == "30 problems stop the import of tracker.csv; nothing was imported."
    assert lines[1:] == [f"line {n}: cannot read the date asked '{n - 3}/13/2021 10:00' (expected a date and time "
                         "like 24/03/2021 14:42, day first as for the whole file)." for n in range(3, 33)]
    assert f"All 30 problems are listed in {listing}." in err
    assert counts(db)["enquiries"] == 0


def test_cli_says_plainly_when_the_problem_list_cannot_be_written(db_path, tmp_path, capsys):
    path = _tracker_with_bad_dates(tmp_path, 2)
    blocked = tmp_path / "no-such-folder" / "problems.txt"

    code = main(["--db", str(db_path), "import", "csv", str(path), "--mapping", str(TRACKER_MAPPING), "--dry-run",
                 "--problems-out", str(blocked)])

    captured = capsys.readouterr()
    assert code == 1
    assert f"Could not write the problem list to {blocked}" in captured.err
    assert captured.out.count("Problem: line") == 2  # still all on screen


def test_a_mistyped_mapping_target_names_the_valid_keys_and_the_command_that_lists_them(db, tmp_path):
    wrong = TRACKER_MAPPING.read_text(encoding="utf-8").replace('"it-device"', '"it-teleporter"')
    (tmp_path / "wrong.toml").write_text(wrong, encoding="utf-8")

    with pytest.raises(ImportFileError) as refused:
        import_file(db, Actor.cli(), DATA / "desk_tracker.csv", load_mapping(tmp_path / "wrong.toml"))

    message = str(refused.value)
    assert "'it-teleporter', which is not a category key" in message
    assert "Known keys: lib-directional, " in message and "it-device" in message
    assert "`deskapp reference list categories` prints them with their labels" in message


def test_reference_list_prints_keys_and_labels(db_path, capsys):
    assert main(["--db", str(db_path), "reference", "list", "durations"]) == 0
    out = capsys.readouterr().out.splitlines()

    assert [line.split()[0] for line in out] == ["0-5", "5-10", "10-20", "20+"]
    assert out[0].endswith("0–5 min")


def test_reference_kinds_of_the_cli_are_the_domain_s():
    from deskapp.commands.reference_commands import KINDS
    from deskapp.importing.lookups import REFERENCE_KINDS

    assert set(KINDS) == set(REFERENCE_KINDS)


def test_a_mapping_without_initials_puts_every_row_on_one_unknown_staff(db, tmp_path):
    mapping = tmp_path / "anonymous.toml"
    mapping.write_text('[columns]\nasked_at = "When"\ncategory = "Topic"\n[options]\ndate_formats = ["iso"]\n',
                       encoding="utf-8")
    path = tmp_path / "extract.csv"
    path.write_text("When,Topic\n2021-03-24 10:00,Technology\n2021-03-25 11:00,Directional\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), path, load_mapping(mapping), timezone="UTC")

    assert summary.imported == 2 and summary.new_staff == ("?",)
    with db.read() as session:
        unknown = session.scalars(select(Staff).where(Staff.initials == "?")).one()
    assert (unknown.name, unknown.active) == ("Unknown staff (imported)", False)
    assert {row["initials"] for row in enquiries(db)} == {"?"}
    assert any("2 rows became Unknown staff (imported) (?)" in line for line in summary.lines())


def test_a_libstats_extract_without_an_initials_column_is_still_libstats(db, tmp_path):
    # A public extract: Libstats' own columns with the staff initials left out.
    header = ("question_id,patron_type,question_type,time_spent,question_format,library_name,location_name,"
              "added_stamp,asked_at,question_time,question_half_hour,question_date,question_weekday")
    row = ("7,Fac/Staff,Directional,0-9 minutes,Walk-up,Main Library,Reference Desk,3/15/2021 02:16:00 PM,"
           "3/15/2021 02:15:00 PM,02:15:00 PM,02:00 PM,3/15/2021,Monday")
    path = tmp_path / "extract.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC")

    assert summary.mapping_name == "Libstats Data Dump" and summary.imported == 1
    assert "initials (initials)" in summary.missing_columns
    assert enquiries(db)[0]["initials"] == "?"
