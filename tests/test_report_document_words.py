"""The XLSX's words have Danish: every column label, report title and coded row word the sheet can show is
marked for the domain catalogue and translated there, so a label added or reworded in
deskapp/reports/columns.py (or a new report) cannot reach a Danish sheet in English unnoticed."""

from __future__ import annotations

import pytest

from deskapp.platform import i18n
from deskapp.reports import REPORTS, columns, document_words


@pytest.fixture
def danish():
    i18n.set_language("da")
    yield
    i18n.set_language("en")


def test_every_column_label_is_marked_for_the_sheet():
    assert sorted(set(columns.LABELS.values()) - set(document_words.COLUMN_LABELS)) == []


def test_every_report_has_a_title_for_the_sheet():
    assert {name: module.TITLE for name, module in REPORTS.items()} == document_words.TITLES


def test_every_word_the_sheet_adds_is_danish(danish):
    words = [*document_words.COLUMN_LABELS, *document_words.TITLES.values(),
             *(word for table in document_words.CODED.values() for word in table.values()),
             "Report", "Period", "Desks", "Generated", "Summary", "All desks", "yes", "no"]
    # A word whose Danish is spelt the same ("Status", "Mentor") is allowed only where it truly is.
    same_in_danish = {"Status", "Mentor", "Note", "Time"}
    untranslated = sorted({word for word in words if i18n._(word) == word and word not in same_in_danish})
    assert untranslated == []
