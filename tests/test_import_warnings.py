"""What an import does on its own is said: rows put on a fallback desk (merged XLSX cells), ignored tags."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from deskapp.importing import FORMATS, import_file
from deskapp.platform.actor import Actor
from tests.import_helpers import enquiries, skills_of_first

WEB_HEADER = ["Initials", "Location", "Format", "Asked by", "Question type", "Asked at", "Tags", "Question", "Answer"]


def test_rows_left_without_a_desk_by_merged_cells_are_named_with_where_they_went(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(WEB_HEADER)
    for hour in (9, 10, 11):
        sheet.append(["AB", "Science Desk", "In Person", "Student", "Directional",
                      f"2021-03-24 {hour:02d}:00:00 AM", "", "", ""])
    sheet.merge_cells("B2:B4")  # Excel keeps the value in B2 only
    path = tmp_path / "gimlet.xlsx"
    book.save(path)

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC",
                          fallback_desk="Main Library – Ground floor desk")

    assert summary.desk_fallback == (
        "2 rows have no desk in the file, so they go on Main Library – Ground floor desk (in a workbook, merged "
        "cells leave every row but the first of a block empty): line 3, 4. Use --desk, or fill the column, to "
        "put them elsewhere.")
    assert summary.desk_fallback in summary.lines()
    assert [r["desk"] for r in enquiries(db)] == ["Science Desk"] + ["Main Library – Ground floor desk"] * 2


def test_a_file_whose_rows_all_name_a_desk_says_nothing_about_it(db):
    summary = import_file(db, Actor.cli(), Path(__file__).parent / "data" / "gimlet_web.csv", FORMATS["gimlet"],
                          dry_run=True)

    assert summary.desk_fallback == ""


def test_a_tag_ignored_on_purpose_does_not_bring_in_the_category_s_skills(db, tmp_path):
    path = tmp_path / "gimlet.csv"
    rows = [",".join(WEB_HEADER),
            "AB,Main Desk,In Person,Student,Printing,2021-03-24 10:42:00 AM,printing,,"]  # "printing" = ""
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC")

    assert skills_of_first(db) == []


def test_a_row_without_tags_still_gets_the_category_s_skills(db, tmp_path):
    path = tmp_path / "gimlet.csv"
    rows = [",".join(WEB_HEADER), "AB,Main Desk,In Person,Student,Directional,2021-03-24 10:42:00 AM,,,"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC")

    assert skills_of_first(db) != []


def test_times_in_a_daylight_saving_gap_or_overlap_are_reported_with_the_rule_applied(db, tmp_path):
    from datetime import UTC, datetime

    from deskapp.importing import load_mapping

    path = tmp_path / "tracker.csv"
    path.write_text("Date,Time,Staff\n"
                    "27/03/2021,10:00,AB\n"
                    "28/03/2021,01:30,AB\n"  # London: 01:00-02:00 does not exist that night
                    "31/10/2021,01:30,AB\n"  # and 01:00-02:00 happens twice
                    "31/10/2021,01:45,AB\n", encoding="utf-8")
    mapping = Path(__file__).parent / "data" / "desk_tracker_mapping.toml"

    summary = import_file(db, Actor.cli(), path, load_mapping(mapping), timezone="Europe/London")

    assert summary.dst_notes == (
        "1 time falls in the hour skipped when the clocks went forward (first: line 3, '28/03/2021 01:30'): read "
        "as if the clocks had not yet changed, so that one is 02:30 BST.",
        "2 times fall in the hour that happens twice when the clocks went back (first: line 4, '31/10/2021 "
        "01:30'): read as the first of the two, 01:30 BST.")
    assert all(note in summary.lines() for note in summary.dst_notes)
    asked = [row["asked_at"] for row in enquiries(db)]
    assert asked[1:] == [datetime(2021, 3, 28, 1, 30, tzinfo=UTC), datetime(2021, 10, 31, 0, 30, tzinfo=UTC),
                         datetime(2021, 10, 31, 0, 45, tzinfo=UTC)]


def test_a_referral_tag_sets_the_outcome_and_is_no_skill(db, tmp_path):
    path = tmp_path / "gimlet.csv"
    rows = [",".join(WEB_HEADER),
            "AB,Main Desk,In Person,Student,Reference,2021-03-24 10:42:00 AM,referral,,",
            "AB,Main Desk,In Person,Student,Reference,2021-03-24 11:42:00 AM,,,"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC")

    assert [r["outcome"] for r in enquiries(db)] == ["referred-specialist", "resolved"]
    assert skills_of_first(db) == []
    assert not any(u.field == "skills" for u in summary.unmapped)


def test_a_tag_mapped_to_an_unknown_outcome_is_refused_with_the_valid_keys(db, tmp_path):
    import pytest

    from deskapp.importing import ImportFileError, load_mapping

    mapping = tmp_path / "m.toml"
    mapping.write_text('[columns]\nasked_at = "Asked at"\nskills = "Tags"\n[values.skills]\n'
                       '"referral" = "outcome:passed-on"\n', encoding="utf-8")
    path = tmp_path / "f.csv"
    path.write_text("Asked at,Tags\n2021-03-24T10:00,referral\n", encoding="utf-8")

    with pytest.raises(ImportFileError, match=r"'passed-on' is not an outcome key.*Known keys: resolved"):
        import_file(db, Actor.cli(), path, load_mapping(mapping), timezone="UTC")
