"""The Import tab offers Suma's raw export and tally sheets by name: checked with a preview of the tallies,
then imported off the GUI thread, all by keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from deskapp.db.models import Enquiry, Tally
from deskapp.platform.actor import Actor
from tests import report_data as rd
from tests.test_ui_import import _check, _panel, _type_file

DATA = Path(__file__).parent / "data"


def _choose(qtbot, panel, kind: str) -> None:
    panel.format_box.setFocus()
    while panel.format_box.currentData() != kind:
        qtbot.keyClick(panel.format_box, Qt.Key.Key_Down)


def _tallies(db) -> tuple[int, int]:
    with db.read() as session:
        return (int(session.scalar(select(func.count()).select_from(Tally)) or 0),
                int(session.scalar(select(func.count()).select_from(Enquiry)) or 0))


def test_a_suma_export_is_checked_with_its_tallies_previewed_then_imported_by_keyboard(qtbot, db):
    with db.write() as session:
        leader = rd.staff(session, "Lee Leader", "LL", role="leader")
    panel = _panel(qtbot, db, Actor.staff_member(leader, "leader"))
    _type_file(qtbot, panel, DATA / "suma_raw_export.csv")
    _choose(qtbot, panel, "suma")

    assert not panel.zone_edit.isEnabled() and not panel.order_box.isEnabled()  # no times to convert
    _check(qtbot, panel)

    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    assert headers[:5] == ["Line", "Period (local)", "Desk", "Count", "What was counted"]
    assert panel.model.rowCount() == 7
    assert [panel.model.index(2, c).data() for c in range(5)] == [
        "5", "2026-11-02 11:00", "West Wing-Quiet Reading Room", "4", "Type: Reading; Medium: In-Person"]
    headline = panel.status.text()
    assert headline.startswith("Ready to import 7 new tallies, counted ") and "Nov 2026 to " in headline
    assert headline.endswith("Dec 2026. Press Alt+I to import.")
    assert "1 count has no activity" in panel.report.toPlainText()
    assert _tallies(db) == (0, 0)

    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import
    qtbot.waitUntil(lambda: panel.task is None and panel.status.text() == "Imported 7 tallies.", timeout=20_000)
    assert _tallies(db) == (7, 0)
    assert not panel.import_button.isEnabled()


def test_a_staff_member_is_told_tallies_are_for_team_leaders_and_nothing_is_written(qtbot, db):
    panel = _panel(qtbot, db, Actor.staff_member(2, "staff"))
    _type_file(qtbot, panel, DATA / "monthly_tallies.csv")
    _choose(qtbot, panel, "tallies")

    _check(qtbot, panel)

    assert panel.status.property("role") == "error"
    assert not panel.import_button.isEnabled()
    assert _tallies(db) == (0, 0)


def test_the_source_copy_typed_on_the_tab_keeps_a_second_suma_servers_counts_apart(qtbot, db):
    with db.write() as session:
        leader = rd.staff(session, "Lee Leader", "LL", role="leader")
    panel = _panel(qtbot, db, Actor.staff_member(leader, "leader"))
    _type_file(qtbot, panel, DATA / "suma_raw_export.csv")
    _choose(qtbot, panel, "suma")
    for server in ("Main library", "Science library"):
        panel.instance_edit.clear()
        qtbot.keyClick(panel, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Source copy
        assert panel.instance_edit.hasFocus()
        qtbot.keyClicks(panel.instance_edit, server)
        # The button's mnemonic clicks a moment later (Qt animates it): wait for the check's own headline.
        qtbot.keyClick(panel, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Check file
        qtbot.waitUntil(lambda: panel.status.text().startswith("Ready to import 7 new tallies"), timeout=20_000)
        qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: panel.task is None and panel.status.text() == "Imported 7 tallies.", timeout=20_000)

    assert _tallies(db) == (14, 0)
