"""The PDF a leader hands to the director, read back from the file: a 40-skill skill-gaps report fits on at
most 4 landscape pages, every page says "page N of M", no word is broken across lines, the chart's values
are there in words, and the columns left out are named."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from sqlalchemy import select

from deskapp.db.models import Category, Skill
from deskapp.people import skills
from deskapp.platform.actor import Actor
from deskapp.reports import run_report
from tests import report_data as rd

pypdf = pytest.importorskip("pypdf", reason="pypdf (a dev dependency) reads the PDF back")

DAY = date(2026, 3, 3)


@pytest.fixture
def forty_skills(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        desk = rd.desk(session, "Main Library – Ground floor desk")
        group = skills.list_groups(session)[0].id
        skills.create_skill(session, Actor.cli(), group, "Unjam the self-service book scanner", 2)
        keys = session.scalars(select(Skill.key).where(Skill.retired_at.is_(None)).order_by(Skill.id)).all()[:40]
        category = session.scalars(select(Category.key).where(Category.pickable)).first()
        for index, key in enumerate(keys):
            for repeat in range(1 + index % 4):
                rd.logged(session, day=DAY, hour=9 + repeat, staff_id=ann, desk_id=desk, category=category,
                          outcome="referred-colleague" if repeat % 2 else "resolved", read=1 + repeat % 3,
                          skills=(key,))
    assert len(keys) == 40
    return Actor.staff_member(lee, "leader")


def pdf_text(path) -> list[str]:
    # pypdf puts tabs or line breaks between the words it finds (one space is enough to compare), and gives
    # the font's ligatures as single letters ("ﬁ"): NFKC spells them out again.
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in pypdf.PdfReader(str(path)).pages]


def test_a_forty_skill_gap_report_fits_four_pages_with_page_numbers_and_whole_words(qapp, db, forty_skills, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    result = run_report(db, forty_skills, "skill-gaps", DAY, DAY)
    assert len(result.rows) == 40
    pages = pdf_text(write_pdf(result, tmp_path / "gaps.pdf"))
    assert 1 <= len(pages) <= 4
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text
    printed = set(re.findall(r"[\w–’'-]+", " ".join(pages)))
    # Every word of every skill name and suggested action is printed whole: a word broken across two lines
    # would come back as two pieces, neither of them the word.
    words = {word for row in result.rows for field in ("skill", "action")
             for word in re.findall(r"[\w–’'-]+", str(row[field]))}
    assert words - printed == set()
    first = pages[0]
    assert "Chart: the top 10 by gap score:" in first
    assert "are in the XLSX and CSV" in " ".join(pages)


def test_a_report_without_a_print_layout_still_has_page_numbers_and_sized_columns(qapp, db, forty_skills, tmp_path):
    from deskapp.ui.report_pdf import print_columns, write_pdf

    result = run_report(db, forty_skills, "heatmap", DAY, DAY)
    assert {"skill", "level"} <= set(print_columns(result))
    pages = pdf_text(write_pdf(result, tmp_path / "heat.pdf"))
    assert all(f"page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_the_trends_pdf_charts_each_desks_months_in_words_too(qapp, db, forty_skills, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    result = run_report(db, forty_skills, "trends", date(2026, 2, 1), date(2026, 3, 31))
    [first, *_rest] = pdf_text(write_pdf(result, tmp_path / "trends.pdf"))
    assert "Chart: enquiries by month: 2026-02 0; 2026-03 100." in first
    assert "page 1 of" in first
