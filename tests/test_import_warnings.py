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
