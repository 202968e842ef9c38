"""The report screen and the matrix are readable at a desk PC's 1366×768: skill names in full, human column
labels, percentages, wrapped sentences, an inviting empty state and a clear word after every export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from deskapp.ui.skills.levels import wrap_header
from tests.test_skills_ui import make_page, people  # noqa: F401  (people is a fixture)


def run_with_enter(qtbot, tab, name: str) -> None:
    tab.choose(name, date(2026, 3, 1), date(2026, 3, 31))
    tab.activateWindow()
    tab.end.setFocus()
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        qtbot.keyClick(tab.end, Qt.Key.Key_Return)


def column_of(tab, key: str) -> int:
    return next(c for c in range(tab.model.columnCount()) if tab.model.column_key(c) == key)


def test_matrix_headers_wrap_skill_names_instead_of_cutting_them(qtbot, db, people):  # noqa: F811
    page, _dialogs = make_page(qtbot, db, people["lee"])
    model = page.matrix.model
    for section, skill in enumerate(model.matrix.skills):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        lines = header.split("\n")
        assert len(lines) <= 3 and all(len(line) <= 14 or " " not in line for line in lines)
        if not header.endswith("…"):
            assert " ".join(lines) == skill.label  # every word there, none cut in the middle
        assert skill.label in model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_a_very_long_skill_name_ends_in_an_ellipsis_on_the_third_line():
    header = wrap_header("Recover a corrupted thesis document from the institutional repository backup")
    assert header.split("\n")[:2] == ["Recover a", "corrupted"]
    assert header.count("\n") == 2 and header.endswith("…")


def test_moving_through_the_matrix_spells_out_the_person_skill_and_levels(qtbot, db, people):  # noqa: F811
    page, _dialogs = make_page(qtbot, db, people["lee"])
    page.tabs.setCurrentWidget(page.matrix)
    tab, model = page.matrix, page.matrix.model
    row = next(i for i, (sid, _name) in enumerate(model.matrix.staff) if sid == people["ann"].staff_id)
    column = next(i for i, skill in enumerate(model.matrix.skills) if skill.key == "eduroam-android")
    assert "Select a cell" in tab.current.text()
    tab.table.setFocus()
    tab.table.setCurrentIndex(model.index(row, max(0, column - 1)))
    if column > 0:
        qtbot.keyClick(tab.table, Qt.Key.Key_Right)
    required = model.matrix.skills[column].required_level
    assert tab.current.text() == f"Ann Archer · Configure eduroam on Android: 1, required {required}"


def test_skill_gap_table_shows_labels_percentages_and_the_reason_first(qtbot, db, people):  # noqa: F811
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    run_with_enter(qtbot, tab, "skill-gaps")
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(5)]
    assert headers == ["Rank", "Skill", "Gap score", "Reason", "Suggested action"]
    eduroam = next(r for r in range(tab.model.rowCount())
                   if tab.model.index(r, 1).data() == "Configure eduroam on Android")
    assert tab.model.index(eduroam, column_of(tab, "referral_rate")).data() == "33%"  # 1 of 3 passed on
    assert tab.model.index(eduroam, column_of(tab, "share")).data() == "100%"
    assert "referral_rate" in tab.result.rows[0] and tab.result.columns[0] == "rank"  # the keys stay for exports
    assert dialogs.errors == []


def test_reasons_wrap_so_rows_grow_taller_not_wider(qtbot, db, people):  # noqa: F811
    page, _dialogs = make_page(qtbot, db, people["lee"])
    page.resize(1140, 700)  # the page's share of a 1366×768 window beside the navigation
    tab = page.reports
    run_with_enter(qtbot, tab, "skill-gaps")
    reason = column_of(tab, "reason")
    line = tab.table.fontMetrics().height()
    assert tab.table.columnWidth(reason) == 300
    assert tab.table.rowHeight(0) > 2 * line  # the sentence is on several lines
    first_five = sum(tab.table.columnWidth(c) for c in range(5))
    assert first_five <= tab.table.viewport().width()  # skill, score, reason and action visible at once


def test_before_the_first_run_the_chart_invites_a_run_not_no_data(qtbot, db, people):  # noqa: F811
    page, _dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    assert "press Enter or Run (Ctrl+R)" in tab.chart.empty_text
    assert "Nothing" not in tab.chart.empty_text
    tab.choose("desk-stats", date(2020, 1, 1), date(2020, 1, 31))
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        tab.run()
    assert tab.chart.empty_text.startswith("Nothing to draw")  # after a run, an empty period says so


def test_an_export_says_where_the_file_was_saved(qtbot, db, people, tmp_path):  # noqa: F811
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    run_with_enter(qtbot, tab, "skill-gaps")
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"gaps.{fmt}"
        with qtbot.waitSignal(tab.exported) as saved:
            tab.export_to(target, fmt)
        assert saved.args == [str(target)] and target.stat().st_size > 0
        assert tab.status.text() == f"Saved to {target}"
    assert dialogs.errors == []


def test_an_export_to_a_missing_folder_says_it_was_not_saved(qtbot, db, people, tmp_path):  # noqa: F811
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    run_with_enter(qtbot, tab, "desk-stats")
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / "no-such-folder" / f"stats.{fmt}"
        assert tab.export_to(target, fmt) is None
        assert tab.status.text().startswith(f"Not saved: {target} could not be written")
        assert not target.exists()
    assert [title for title, _text in dialogs.errors] == ["The report was not saved"] * 3


def test_the_printed_report_uses_the_same_labels_and_percentages_as_the_screen(db, people):  # noqa: F811
    from deskapp.reports import run_report
    from deskapp.reports.exports import to_html
    from deskapp.ui.skills import report_columns

    result = run_report(db, people["lee"], "skill-gaps", date(2026, 3, 1), date(2026, 3, 31))
    printed = to_html(result, columns=report_columns.display_order(result.name, result.columns),
                      header=report_columns.label, cell=report_columns.cell_text)
    assert "<th>Rank</th><th>Skill</th><th>Gap score</th><th>Reason</th><th>Suggested action</th>" in printed
    assert "<td>33%</td>" in printed and "referral_rate" not in printed
    assert "<th>referral rate</th>" in to_html(result)  # the plain form (keys) is still there for other callers
