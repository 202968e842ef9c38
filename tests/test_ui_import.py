"""The Import and export tab: check a file (preview + problems), import it off the GUI thread, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from deskapp.platform.actor import Actor
from deskapp.platform.changes import Change
from deskapp.ui.admin.tabs import ADMIN_TABS
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.importing.export_box import ExportBox
from deskapp.ui.importing.panel import ImportPanel
from deskapp.ui.importing.preview_model import PreviewModel
from deskapp.ui.importing.tab import create_tab
from tests.import_helpers import counts
from tests.ui_helpers import ScriptedDialogs

DATA = Path(__file__).parent / "data"
LEADER = Actor.staff_member(1, "leader")


def _context(db, actor: Actor = LEADER) -> UiContext:
    return UiContext(db=db, desk_name="Main Library – Ground floor desk", bus=ChangeBus(),
                     dialogs=ScriptedDialogs(), current_actor=lambda: actor)


def _panel(qtbot, db, actor: Actor = LEADER) -> ImportPanel:
    panel = ImportPanel(_context(db, actor), choose_file=lambda *_: "")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # mnemonics (Alt+C, Alt+I) reach only the active window
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def _type_file(qtbot, panel: ImportPanel, path: Path) -> None:
    panel.file_edit.setFocus()
    qtbot.keyClicks(panel.file_edit, str(path))


def _check(qtbot, panel: ImportPanel) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Check file
    qtbot.waitUntil(lambda: panel.task is None and panel.report.toPlainText() != "", timeout=20_000)


def test_checking_a_gimlet_file_previews_its_rows_and_unknown_values_without_writing(qtbot, db):
    panel = _panel(qtbot, db)
    before = counts(db)
    _type_file(qtbot, panel, DATA / "gimlet_api.csv")

    _check(qtbot, panel)

    assert panel.model.rowCount() == 5
    assert panel.model.index(0, 4).data() == "Directions & opening hours"
    assert "Mystery Shelf" in panel.report.toPlainText()
    assert panel.import_button.isEnabled()
    assert counts(db) == before


def test_importing_runs_in_the_background_then_reports_and_announces_the_change(qtbot, db):
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, DATA / "libstats_dump.csv")
    panel.format_box.setFocus()
    qtbot.keyClick(panel.format_box, Qt.Key.Key_Down)  # Libstats Data Dump
    _check(qtbot, panel)

    with qtbot.waitSignal(panel.context.bus.changed, timeout=20_000) as changed:
        qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import

    assert Change.ENQUIRIES in changed.args[0]
    qtbot.waitUntil(lambda: panel.task is None)
    assert counts(db)["enquiries"] == 4
    assert "Imported 4 of 4 rows" in panel.report.toPlainText()
    assert not panel.import_button.isEnabled()  # the same check cannot be imported twice


def test_a_broken_file_names_its_line_and_cannot_be_imported(qtbot, db, tmp_path):
    broken = tmp_path / "broken.csv"
    text = (DATA / "gimlet_web.csv").read_text(encoding="utf-8").replace("2021-03-24 11:05:00 AM", "soon")
    broken.write_text(text, encoding="utf-8")
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, broken)

    _check(qtbot, panel)

    assert "line 3: cannot read the date asked 'soon'" in panel.report.toPlainText()
    assert not panel.import_button.isEnabled()


def test_changing_the_file_after_a_check_asks_for_a_new_check(qtbot, db):
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, DATA / "gimlet_api.csv")
    _check(qtbot, panel)

    qtbot.keyClicks(panel.file_edit, "x")

    assert not panel.import_button.isEnabled()


def test_a_front_line_staff_member_is_refused_by_the_domain(qtbot, db):
    panel = _panel(qtbot, db, Actor.staff_member(2, "staff"))
    _type_file(qtbot, panel, DATA / "gimlet_api.csv")

    _check(qtbot, panel)

    assert "Only a team leader can import" in panel.report.toPlainText()
    assert counts(db)["enquiries"] == 0


def test_a_custom_mapping_file_is_used_for_other_csv(qtbot, db):
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, DATA / "desk_tracker.csv")
    panel.format_box.setCurrentIndex(panel.format_box.findData("other"))
    assert panel.mapping_edit.isEnabled()
    qtbot.keyClicks(panel.mapping_edit, str(DATA / "desk_tracker_mapping.toml"))
    qtbot.keyClicks(panel.zone_edit, "Europe/London")

    _check(qtbot, panel)

    assert panel.model.rowCount() == 4
    assert "Telescope repair" in panel.report.toPlainText()


def test_preview_model_is_a_well_behaved_qt_model(qtmodeltester):
    model = PreviewModel()
    model.set_rows([{"line": "2", "asked": "2021-03-24 10:42", "staff": "AB"}, {"line": "3"}])
    qtmodeltester.check(model)


def test_export_box_writes_the_log_in_the_background(qtbot, db, tmp_path):
    from deskapp.importing import FORMATS, import_file

    import_file(db, Actor.cli(), DATA / "gimlet_api.csv", FORMATS["gimlet"])
    target = tmp_path / "log.csv"
    box = ExportBox(_context(db), choose_file=lambda *_: str(target))
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)

    qtbot.keyClick(box, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Ex&port enquiries…
    qtbot.waitUntil(lambda: box.task is None and "Exported 5" in box.status.text(), timeout=20_000)

    assert target.read_text(encoding="utf-8-sig").count("\n") == 6


def test_the_tab_is_on_the_staff_and_settings_page(qtbot, db):
    assert any(tab.module == "deskapp.ui.importing.tab" for tab in ADMIN_TABS)
    tab = create_tab(_context(db))
    qtbot.addWidget(tab)
    assert isinstance(tab, QWidget)


def test_a_check_with_problems_names_the_first_and_the_count_and_lists_them_all(qtbot, db, tmp_path):
    broken = tmp_path / "broken.csv"
    lines = (DATA / "gimlet_web.csv").read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    rows = [row.replace("2021-03-24 11:05:00 AM", "soon") for row in rows]
    rows += [rows[0].replace("2021-03-24", "2021-13-45")] * 2  # two more unreadable dates
    broken.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, broken)

    _check(qtbot, panel)

    problems = [panel.problems.item(i).text() for i in range(panel.problems.count())]
    first = problems[0].rstrip(".")
    assert panel.status.text() == f"{first[0].upper()}{first[1:]} — {len(problems)} problems, nothing will be imported."
    assert panel.status.text().startswith("Line 3: cannot read the date asked 'soon'")
    assert len(problems) >= 3 and panel.problems.isVisible()
    five_lines = panel.problems.fontMetrics().lineSpacing() * 5
    assert panel.problems.height() >= five_lines  # five problems can be read without scrolling
    assert not panel.import_button.isEnabled()
    assert counts(db)["enquiries"] == 0


def test_a_clean_check_says_what_will_be_imported(qtbot, db):
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, DATA / "gimlet_api.csv")

    _check(qtbot, panel)

    assert panel.status.text().startswith("Ready to import 5 new enquiries, asked 24 Mar 2021 to ")
    assert panel.status.text().endswith("Press Alt+I to import.")
    assert not panel.problems.isVisible()
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import
    qtbot.waitUntil(lambda: panel.task is None and "Imported" in panel.status.text(), timeout=20_000)
    assert panel.status.text() == "Imported 5 enquiries."
    assert counts(db)["enquiries"] == 5


def test_export_suggests_documents_then_the_last_folder_used(qtbot, db, tmp_path, monkeypatch):
    from deskapp.importing import FORMATS, import_file
    from deskapp.ui.importing import export_box

    import_file(db, Actor.cli(), DATA / "gimlet_api.csv", FORMATS["gimlet"])
    monkeypatch.setattr(export_box, "_last_folder", None)
    asked: list[str] = []
    target = tmp_path / "exports" / "log.csv"
    target.parent.mkdir()

    def choose(_parent, _title, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    box = ExportBox(_context(db), choose_file=choose)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    for _ in range(2):
        box.status.clear()
        qtbot.keyClick(box, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Ex&port enquiries…
        qtbot.waitUntil(lambda: box.task is None and "Exported 5" in box.status.text(), timeout=20_000)
    assert Path(asked[0]).parent != Path.cwd()  # not the program folder
    assert Path(asked[0]).name.startswith("enquiries-") and asked[0].endswith(".csv")
    assert Path(asked[1]).parent == target.parent
    assert str(target) in box.status.text()


def test_a_file_that_cannot_tell_day_from_month_is_refused_until_the_order_is_chosen(qtbot, db, tmp_path):
    # A Gimlet web download re-saved by a Danish Excel: semicolons, Windows-1252, every day 12 or less.
    rows = ["Initials;Location;Format;Asked by;Question type;Asked at;Tags;Question;Answer"]
    rows += [f"AB;Læsesal;In Person;Student;Directional;0{d}-03-2021 10:00;;;" for d in range(1, 4)]
    path = tmp_path / "gimlet-dk.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    panel = _panel(qtbot, db)
    _type_file(qtbot, panel, path)

    _check(qtbot, panel)
    assert panel.status.text().startswith("Nothing in the file tells whether its dates are day first")
    assert panel.model.rowCount() == 0  # no preview of dates that may be swapped
    assert not panel.import_button.isEnabled()

    qtbot.keyClick(panel, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Da&y or month first
    assert panel.order_box.hasFocus()
    qtbot.keyClick(panel.order_box, Qt.Key.Key_Down)
    panel.report.clear()
    _check(qtbot, panel)

    assert panel.order_box.currentData() == "dmy"
    assert "dates read day first (01/03 is 1 March)" in panel.status.text()
    assert panel.model.index(0, 1).data().startswith("2021-03-01")
    assert "Read as Windows-1252 text with fields separated by semicolons." in panel.report.toPlainText()
    assert panel.import_button.isEnabled()


def test_the_whole_problem_list_can_be_saved_to_a_file_by_keyboard(qtbot, db, tmp_path):
    lines = (DATA / "gimlet_web.csv").read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.csv"
    broken.write_text("\n".join([lines[0], *[lines[1].replace("2021-03-24", f"2021-13-{d:02d}")
                                             for d in range(1, 31)]]) + "\n", encoding="utf-8")
    target = tmp_path / "problems.txt"
    asked: list[str] = []
    panel = ImportPanel(_context(db), choose_file=lambda *_: "",
                        choose_save=lambda _parent, _title, suggested: asked.append(suggested) or str(target))
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    _type_file(qtbot, panel, broken)
    _check(qtbot, panel)
    assert panel.problems.count() == 30 and panel.save_problems_button.isEnabled()

    qtbot.keyClick(panel, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Sa&ve the problem list…
    qtbot.waitUntil(lambda: "saved in" in panel.status.text())  # a mnemonic clicks after a short animation

    saved = target.read_text(encoding="utf-8").splitlines()
    assert Path(asked[0]).name == "broken-problems.txt"
    assert saved[0] == "30 problems stop the import of broken.csv; nothing was imported."
    assert saved[1:] == [panel.problems.item(i).text() for i in range(30)]
    assert panel.status.text() == f"All 30 problems are saved in {target}."


def test_a_problem_list_that_cannot_be_saved_says_so_and_keeps_the_list(qtbot, db, tmp_path):
    broken = tmp_path / "broken.csv"
    lines = (DATA / "gimlet_web.csv").read_text(encoding="utf-8").splitlines()
    broken.write_text(lines[0] + "\n" + lines[1].replace("2021-03-24", "2021-13-45") + "\n", encoding="utf-8")
    blocked = tmp_path / "missing-folder" / "problems.txt"
    panel = ImportPanel(_context(db), choose_file=lambda *_: "", choose_save=lambda *_: str(blocked))
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    _type_file(qtbot, panel, broken)
    _check(qtbot, panel)

    panel.save_problems()

    assert panel.status.text().startswith(f"Could not save the problem list to {blocked}: ")
    assert panel.problems.count() == 1
