"""The printed and spreadsheet reports a leader hands on, read back from the files: table rows are never cut
across pages, the coverage report is a week grid per desk on a few pages, and under Danish every word the
documents add themselves (headings, "page N of M", chart and column words, weekdays, dates) is Danish."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from deskapp.db.models import Category, Skill
from deskapp.platform import i18n as domain_i18n
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from deskapp.reports.common import ReportFilter, ReportResult
from tests import report_data as rd
from tests.test_report_pdf import pdf_text

pytest.importorskip("pypdf", reason="pypdf (a dev dependency) reads the PDF back")

MONDAY = date(2026, 3, 2)


def long_rows(count: int) -> ReportResult:
    """Rows whose sentence wraps onto several lines, each opening and closing with its own marker."""
    rows = tuple({"skill": f"Skill {n}", "demand": n, "reason": f"R{n:03d}start " + "words that wrap " * 12
                  + f"R{n:03d}end"} for n in range(count))
    return ReportResult("demo", "Demo report", ("skill", "demand", "reason"), rows, "A summary.",
                        ReportFilter(date(2026, 3, 1), date(2026, 3, 31)), datetime(2026, 4, 1, 9, 0, tzinfo=UTC))


def test_a_table_row_is_never_cut_across_two_pages(qapp, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    pages = pdf_text(write_pdf(long_rows(120), tmp_path / "rows.pdf"))
    assert len(pages) > 2
    for n in range(120):
        where = [index for index, text in enumerate(pages) if f"R{n:03d}start" in text or f"R{n:03d}end" in text]
        assert where and all(f"R{n:03d}start" in pages[i] and f"R{n:03d}end" in pages[i] for i in where), n
    # The header comes back on every page, so a page of rows is never a page of unnamed columns.
    assert all(text.count("Reason") >= 1 for text in pages)


@pytest.fixture
def week_of_demand(db):
    """Every skill (39) asked for at one desk at 10 and 11 every day of one week, with nobody signed in: a
    coverage report of 39 × 7 × 2 hour-rows."""
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        desk = rd.desk(session, "Main Library – Ground floor desk")
        keys = session.scalars(select(Skill.key).where(Skill.retired_at.is_(None)).order_by(Skill.id)).all()
        category = session.scalars(select(Category.key).where(Category.pickable)).first()
        for offset in range(7):
            for hour in (10, 11):
                for key in keys:
                    rd.logged(session, day=MONDAY + timedelta(days=offset), hour=hour, staff_id=ann, desk_id=desk,
                              category=category, outcome="resolved", read=2, skills=(key,))
    assert len(keys) == 39
    return Actor.staff_member(lee, "leader")


def test_coverage_prints_a_week_grid_per_desk_on_a_few_pages(qapp, db, week_of_demand, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    result = run_report(db, week_of_demand, "coverage", MONDAY, MONDAY + timedelta(days=6))
    assert len(result.rows) == 39 * 7 * 2
    pages = pdf_text(write_pdf(result, tmp_path / "coverage.pdf"))
    assert len(pages) <= 3  # one row per hour and skill was 13 pages
    first = pages[0]
    assert "Main Library – Ground floor desk" in first
    assert re.search(r"Hour Monday Tuesday Wednesday Thursday Friday Saturday Sunday", first)
    assert "10–11 39 of 39" in first  # 39 skills needed at 10 on Monday, none covered
    assert "Hours with nobody at the required level, busiest first" in first
    assert "more such hours are in the XLSX and CSV" in " ".join(pages)
    assert all(f"page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_the_heat_map_prints_as_a_grid_of_levels_not_a_line_per_pair(qapp, db, week_of_demand, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    result = run_report(db, week_of_demand, "heatmap", MONDAY, MONDAY + timedelta(days=6))
    pages = pdf_text(write_pdf(result, tmp_path / "heat.pdf"))
    assert len(pages) == 1
    assert "Skill Required level Ann Archer Give directions" in pages[0]
    assert "Uses, referrals and flags of each pair are in the XLSX and CSV." in pages[0]


def test_a_report_with_no_rows_prints_its_summary_and_no_empty_table(qapp, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    empty = ReportResult("training-impact", "Training impact", ("staff", "skill", "uses_before"), (),
                         "No training was recorded in this period.", ReportFilter(MONDAY, MONDAY))
    [page] = pdf_text(write_pdf(empty, tmp_path / "empty.pdf"))
    assert "No training was recorded in this period." in page
    assert "Uses before" not in page and "page 1 of 1" in page


@pytest.fixture
def danish(qapp, tmp_path):
    from deskapp.ui import i18n

    i18n.install_language(qapp, "da", out_dir=tmp_path / "qm")
    yield qapp
    i18n.install_language(qapp, "en", out_dir=tmp_path / "qm")
    domain_i18n.set_language("en")


ENGLISH_DOCUMENT_WORDS = ("page", "of", "Period", "Desks", "Generated", "Chart", "More columns", "Hour", "Monday",
                          "Needs", "Skill", "act now", "All desks")  # ("to" is Danish too)


def test_a_danish_pdf_speaks_danish_in_its_own_words(danish, db, week_of_demand, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    gaps = run_report(db, week_of_demand, "skill-gaps", MONDAY, MONDAY + timedelta(days=6))
    coverage = run_report(db, week_of_demand, "coverage", MONDAY, MONDAY + timedelta(days=6))
    for result in (gaps, coverage):
        pages = pdf_text(write_pdf(result, tmp_path / f"{result.name}.pdf"))
        assert all(f"side {n} af {len(pages)}" in text for n, text in enumerate(pages, start=1))
        first = pages[0]
        assert "Periode: 02.03.2026 til 08.03.2026" in first and "Skranker: Alle skranker" in first
        # The data (skill and desk names) stays as the site wrote it; the documents' own words may not be English.
        # The skill-gaps summary is the domain's sentence, still English (deskapp/reports/skill_gaps.py).
        own_words = " ".join(pages).replace(" ".join(result.summary.split()), "")
        for name in {row["skill"] for row in result.rows} | {"Main Library – Ground floor desk"}:
            own_words = own_words.replace(name, "")
        for row in result.rows:
            for sentence in (row.get("evidence"), row.get("action")):
                own_words = own_words.replace(str(sentence), "") if sentence else own_words
        english = [word for word in ENGLISH_DOCUMENT_WORDS if re.search(rf"(?<!\w){word}(?!\w)", own_words)]
        assert english == [], own_words
    first = pdf_text(tmp_path / "coverage.pdf")[0]
    assert "Time mandag tirsdag onsdag torsdag fredag lørdag søndag" in first
    assert "10–11 39 af 39" in first
    assert "Diagram: de 10 højeste efter manglescore" in pdf_text(tmp_path / "skill-gaps.pdf")[0]


def test_a_danish_spreadsheet_has_danish_headers_words_and_dates(danish, db, week_of_demand, tmp_path):
    from openpyxl import load_workbook

    from deskapp.reports.exports import write_xlsx

    result = run_report(db, week_of_demand, "skill-gaps", MONDAY, MONDAY + timedelta(days=6))
    sheet = load_workbook(write_xlsx(result, tmp_path / "gaps.xlsx")).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Kompetencemangler",) + (None,) * (len(values[0]) - 1)
    heading = {row[0]: row[1] for row in values[1:5]}
    assert heading["Periode"] == "02.03.2026 til 08.03.2026" and heading["Skranker"] == "Alle skranker"
    header = next(index for index, row in enumerate(values) if row and row[0] == "Placering")
    names = values[header]
    assert {"Kompetence", "Manglescore", "Forslag til handling", "Andel henvist"} <= set(names)
    first = dict(zip(names, values[header + 1], strict=True))
    assert first["Prioritet"] in {"handl nu", "planlæg", "ingen handling nødvendig", "ikke nødvendig"}
    assert first["Status"] == "aktuel"
    rate = sheet.cell(row=header + 2, column=names.index("Andel henvist") + 1)
    assert rate.number_format == "0%" and isinstance(rate.value, int | float)
    assert sheet.freeze_panes == f"A{header + 2}"


def test_an_english_spreadsheet_keeps_iso_dates_and_english_words(qapp, db, week_of_demand, tmp_path):
    from openpyxl import load_workbook

    from deskapp.reports.exports import write_xlsx

    domain_i18n.set_language("en")
    result = run_report(db, week_of_demand, "coverage", MONDAY, MONDAY + timedelta(days=6))
    values = list(load_workbook(write_xlsx(result, tmp_path / "c.xlsx")).active.iter_rows(values_only=True))
    assert values[0][0] == "Coverage by hour of week" and values[1][:2] == ("Period", "2026-03-02 to 2026-03-08")
    header = next(index for index, row in enumerate(values) if row and row[0] == "Desk")
    assert values[header + 1][values[header].index("Weekday")] == "Monday"
