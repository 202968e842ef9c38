"""The Skills & reports page, driven as a person would: a leader runs a report (computed off the GUI
thread) and exports it; staff get only their own record and rate themselves; a leader confirms a level."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from deskapp.db.models import Skill, StaffSkill
from deskapp.reports import run_report
from tests import report_data as rd
from tests.skills_ui_helpers import make_page, make_people, open_editor


@pytest.fixture
def people(db):
    return make_people(db)


def test_a_leader_runs_the_desk_statistics_report_and_sees_its_summary_and_rows(qtbot, db, people, tmp_path):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    tab.choose("desk-stats", date(2026, 3, 1), date(2026, 3, 31), "Front desk")
    tab.activateWindow()
    tab.run_button.setFocus()
    with qtbot.waitSignal(tab.report_shown, timeout=20_000) as shown:
        qtbot.keyClick(tab.run_button, Qt.Key.Key_Space)
    result = shown.args[0]
    expected = run_report(db, people["lee"], "desk-stats", date(2026, 3, 1), date(2026, 3, 31), ["Front desk"])
    assert tab.summary.text() == expected.summary
    assert tab.summary.text().startswith("3 enquiries: 100% IT.")
    assert tab.model.rowCount() == len(result.rows)
    assert tab.model.index(0, 3).data() == "3"  # the total row's count
    assert tab.chart.data.bars == [("17", 3, False)]
    assert dialogs.errors == []

    xlsx = tab.export_to(tmp_path / "stats.xlsx", "xlsx")
    assert load_workbook(xlsx).active["A1"].value == "Desk statistics"
    assert tab.export_to(tmp_path / "stats.pdf", "pdf").read_bytes().startswith(b"%PDF")
    csv_text = tab.export_to(tmp_path / "stats.csv", "csv").read_text(encoding="utf-8")
    assert csv_text.startswith("Report,Desk statistics")


def test_the_report_runs_with_ctrl_r_and_the_gui_stays_responsive(qtbot, db, people):
    page, _dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    tab.choose("skill-gaps", date(2026, 3, 1), date(2026, 3, 31))
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        tab.run()
        assert tab.progress.isVisible()  # back on the GUI thread at once, with the busy bar showing
    assert not tab.progress.isVisible()
    assert tab.summary.text().startswith("Act on these first: 1. Configure eduroam on Android")


def test_report_table_model_passes_the_model_tester(qtbot, qtmodeltester, db, people):
    page, _dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    tab.choose("heatmap", date(2026, 3, 1), date(2026, 3, 31))
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        tab.run()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(page.matrix.model)


def test_staff_see_only_their_own_record_and_rate_themselves_with_the_keyboard(qtbot, qtmodeltester, db, people):
    page, _dialogs = make_page(qtbot, db, people["ann"])
    assert page.tabs.count() == 1 and page.reports is None
    record = page.tabs.widget(0)
    assert "Configure eduroam on Android (3)" not in record.used.text()  # March is not this month
    qtmodeltester.check(record.model)
    levels = record.model.record.levels
    row = next(i for i, level in enumerate(levels) if level.skill == "Configure eduroam on Android")
    index = record.model.index(row, record.model.EDITABLE)
    record.table.setFocus()
    record.table.setCurrentIndex(index)
    qtbot.keyClick(record.table, Qt.Key.Key_F2)
    editor = open_editor(record.table)
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn of the event loop
    qtbot.waitUntil(lambda: levels_of(db, people["ann"].staff_id) == (3, 1))
    qtbot.waitUntil(lambda: record.model.index(row, record.model.EDITABLE).data() == "3")


def levels_of(db, staff_id: int) -> tuple[int | None, int | None]:
    with db.read() as session:
        cell = session.get(StaffSkill, (staff_id, rd_skill(session)))
        return cell.self_level, cell.confirmed_level


def rd_skill(session) -> int:
    return rd.skill_id(session, "eduroam-android")


def test_a_leader_confirms_a_level_in_the_matrix(qtbot, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    page.tabs.setCurrentWidget(page.matrix)
    model = page.matrix.model
    row = next(i for i, (sid, _name) in enumerate(model.matrix.staff) if sid == people["ann"].staff_id)
    column = next(i for i, skill in enumerate(model.matrix.skills) if skill.key == "eduroam-android")
    table = page.matrix.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: levels_of(db, people["ann"].staff_id) == (None, 3))
    with db.read() as session:
        assert session.get(StaffSkill, (people["ann"].staff_id, rd_skill(session))).confirmed_by_id == \
            people["lee"].staff_id
    assert dialogs.errors == []


def test_a_leader_records_training_from_the_form_and_sees_it_listed(qtbot, qtmodeltester, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.training
    tab.person.setCurrentIndex(tab.person.findText("Ann Archer"))
    tab.skill.setCurrentIndex(tab.skill.findData(skill_of(db, "eduroam-android")))
    tab.kind.setCurrentIndex(tab.kind.findData("peer-session"))
    qtbot.keyClicks(tab.title, "Eduroam with Bob")
    tab.mentor.setCurrentIndex(tab.mentor.findText("Lee Leader"))
    tab.add_button.setFocus()
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    assert dialogs.errors == []
    assert tab.model.rowCount() == 1
    assert [tab.model.index(0, c).data() for c in (0, 2, 3, 6)] == [
        "Ann Archer", "Peer session", "Eduroam with Bob", "Lee Leader"]
    qtmodeltester.check(tab.model)


def test_a_leader_adds_a_skill_from_the_skills_list(qtbot, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.admin
    qtbot.keyClicks(tab.label, "Unjam the book scanner")
    tab.required.setValue(3)
    add = next(b for b in tab.findChildren(QPushButton) if b.text() == "Add as &new skill")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert dialogs.errors == []
    with db.read() as session:
        assert session.scalar(select(Skill.required_level).where(Skill.label == "Unjam the book scanner")) == 3


def skill_of(db, key: str) -> int:
    with db.read() as session:
        return rd.skill_id(session, key)


def _row_of(tab, label: str):
    return next(tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())
                if tab.list.topLevelItem(i).text(0) == label)


def _labels(tab) -> list[str]:
    return [tab.list.topLevelItem(i).text(0) for i in range(tab.list.topLevelItemCount())]


def test_a_leader_sees_a_retired_skill_and_restores_it_in_the_app(qtbot, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.admin
    with db.read() as session:
        label = session.get(Skill, rd.skill_id(session, "eduroam-android")).label
    tab.list.setCurrentItem(_row_of(tab, label))
    next(b for b in tab.findChildren(QPushButton) if b.text() == "Re&tire").click()
    assert dialogs.errors == []
    assert label not in _labels(tab)
    assert label not in [tab.merge_target.itemText(i) for i in range(tab.merge_target.count())]

    tab.show_retired.setFocus()
    qtbot.keyClick(tab.show_retired, Qt.Key.Key_Space)
    row = _row_of(tab, label)
    assert row.text(3) == "Retired"
    assert label not in [tab.merge_target.itemText(i) for i in range(tab.merge_target.count())]
    tab.list.setCurrentItem(row)
    restore = next(b for b in tab.findChildren(QPushButton) if b.text() == "Rest&ore")
    restore.setFocus()
    qtbot.keyClick(restore, Qt.Key.Key_Space)
    assert dialogs.errors == []
    assert _row_of(tab, label).text(3) == "Current"
    with db.read() as session:
        assert session.scalar(select(Skill.retired_at).where(Skill.label == label)) is None


def test_a_merged_skill_is_listed_as_merged_and_restoring_it_says_why_not(qtbot, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.admin
    labels = _labels(tab)
    source, target = labels[0], labels[1]
    tab.list.setCurrentItem(_row_of(tab, source))
    tab.merge_target.setCurrentIndex(tab.merge_target.findText(target))
    next(b for b in tab.findChildren(QPushButton) if b.text() == "&Merge").click()
    assert dialogs.errors == []
    tab.show_retired.setChecked(True)
    row = _row_of(tab, source)
    assert row.text(3) == f"Merged into “{target}”"
    tab.list.setCurrentItem(row)
    next(b for b in tab.findChildren(QPushButton) if b.text() == "Rest&ore").click()
    assert dialogs.errors and "merged into another skill" in dialogs.errors[-1][1]


def test_the_trends_report_runs_in_the_app_with_part_months_marked_in_its_chart(qtbot, db, people):
    page, dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    tab.choose("trends", date(2026, 2, 20), date(2026, 3, 31), "Front desk")
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        tab.run()
    assert dialogs.errors == []
    assert tab.chart.data.bars == [("2026-02 (20–28)", 0, True), ("2026-03", 3, False)]
    assert tab.summary.text().startswith("Front desk: 3 enquiries in 2026-03")


def test_the_chart_is_in_words_too_and_a_heat_map_cell_says_its_value_on_hover(qtbot, db, people):
    page, _dialogs = make_page(qtbot, db, people["lee"])
    tab = page.reports
    tab.choose("heatmap", date(2026, 3, 1), date(2026, 3, 31))
    with qtbot.waitSignal(tab.report_shown, timeout=20_000):
        tab.run()
    chart = tab.chart
    description = chart.accessibleDescription()
    assert description.startswith(chart.data.caption + ". Ann Archer, Configure eduroam on Android: 1")
    chart.repaint()  # lays the cells out where a pointer can find them
    centres = [(rect.center().x(), rect.center().y(), text) for rect, text in chart._cells]
    assert centres, "the heat map drew no cells"
    x, y, text = next(c for c in centres if "Ann Archer · Configure eduroam on Android" in c[2])
    assert chart.describe_at(x, y) == text == "Ann Archer · Configure eduroam on Android: 1"
