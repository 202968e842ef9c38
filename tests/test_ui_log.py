"""The enquiry log page: paging, filters, sorting, corrections and undoable deletes, driven with keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from deskapp.db import Database
from deskapp.platform.actor import Actor
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.dialogs import DialogService
from deskapp.ui.log.model import LogModel
from deskapp.ui.log.page import LogPage
from tests.desk_helpers import DESK_NAME, DeskWorld, make_world

CTRL = Qt.KeyboardModifier.ControlModifier
START = datetime.now(UTC) - timedelta(days=2)


@pytest.fixture
def world(db: Database) -> DeskWorld:
    world = make_world(db)
    # Five enquiries, oldest first: three of Alice's, two of Bob's.
    for minutes, (actor, category) in enumerate([(world.alice, "it-wifi"), (world.bob, "lib-printing"),
                                                 (world.alice, "lib-rooms"), (world.bob, "it-password"),
                                                 (world.alice, "lib-directional")]):
        world.log(actor, category, asked_at=START + timedelta(minutes=minutes), notes=f"note {minutes}")
    return world


def open_log(qtbot: QtBot, world: DeskWorld, actor: Actor, tmp_path: Path, page_size: int = 200) -> LogPage:
    context = UiContext(db=world.db, desk_name=DESK_NAME, bus=ChangeBus(), dialogs=DialogService(),
                        current_actor=lambda: actor, user_config=tmp_path / "user.toml")
    page = LogPage(context, page_size=page_size)
    qtbot.addWidget(page)
    page.resize(1136, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)  # the window is active: its shortcuts work
    return page


def categories_shown(page: LogPage, world: DeskWorld) -> list[str]:
    return [world.ref.get("categories", r.category_id).key for r in page.model.rows]


def test_the_log_pages_instead_of_loading_everything(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    model = LogModel(page.ref, page._fetch, page_size=2)
    model.reload()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert [world.ref.get("categories", r.category_id).key for r in model.rows] == [
        "lib-directional", "it-password", "lib-rooms", "lib-printing", "it-wifi"]


def test_the_view_fetches_more_pages_as_it_scrolls(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path, page_size=2)
    def at_the_end() -> bool:
        qtbot.keyClick(page.table, Qt.Key.Key_End)  # each press reaches the bottom, which asks for a page
        return page.model.rowCount() == 5

    qtbot.waitUntil(at_the_end, timeout=30_000)  # generous: a loaded machine took over 10 s
    assert not page.model.canFetchMore() and page.status.text() == "5 enquiries."


def test_the_log_sorts_by_keyboard_from_the_sort_by_list(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    choice = page.sort_choice
    assert choice.currentText() == "When, newest first"  # as the log opens
    qtbot.keyClick(page, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert QApplication.focusWidget() is choice
    while choice.currentText() != "Category, Z–A":
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    labels = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert labels == sorted(labels, reverse=True) and len(labels) == 5
    assert page.table.horizontalHeader().sortIndicatorSection() == 1  # the header shows it too
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a header click: the list follows
    assert choice.currentText() == "When, oldest first"
    assert "Skills" not in [choice.itemText(i).split(",")[0] for i in range(choice.count())]  # cannot be sorted


def test_the_log_model_passes_the_model_tester(qtbot: QtBot, world: DeskWorld, tmp_path: Path,
                                               qtmodeltester) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path, page_size=2)
    qtmodeltester.check(page.model)
    page.model.fetchMore()
    qtmodeltester.check(page.model)


def test_filters_narrow_the_log(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    staff = page.filters.staff
    staff.setCurrentIndex(staff.findData(world.bob.staff_id))
    staff.activated.emit(staff.currentIndex())
    assert categories_shown(page, world) == ["it-password", "lib-printing"]
    domain = page.filters.domain
    domain.setFocus()
    qtbot.keyClick(domain, Qt.Key.Key_Down)  # Library
    assert categories_shown(page, world) == ["lib-printing"]
    page.filters.reset()
    qtbot.keyClicks(page.filters.text, "note 2")
    qtbot.waitUntil(lambda: categories_shown(page, world) == ["lib-rooms"])


def test_sorting_by_category_orders_by_label(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    labels = [world.ref.label("categories", r.category_id) for r in page.model.rows]
    assert labels == sorted(labels) and len(labels) == 5


def test_delete_my_own_entry_and_undo_brings_it_back(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    newest = page.model.rows[0].id  # Alice's "lib-directional", selected on open
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert world.enquiry(newest) is None and page.model.row_of(newest) is None
    assert "Ctrl+Z brings it back" in page.status.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert world.enquiry(newest) is not None and page.model.rows[0].id == newest
    assert [e.action for e in world.audit()][-2:] == ["delete", "restore"]


def test_staff_cannot_delete_someone_elses_entry_from_the_log(qtbot: QtBot, world: DeskWorld,
                                                              tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # Bob's "it-password"
    bobs = page.selected_id()
    assert not page.delete_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert world.enquiry(bobs) is not None
    assert "only your own" in page.status.text()


def test_correcting_an_enquiry_older_than_a_year_keeps_its_time(qtbot: QtBot, world: DeskWorld,
                                                               tmp_path: Path) -> None:
    old = world.log(world.alice, "it-mfa", asked_at=datetime.now(UTC) - timedelta(days=400, seconds=17))
    page = open_log(qtbot, world, world.alice, tmp_path)
    page.table.selectRow(page.model.row_of(old))

    def drive(dialog) -> bool:
        dialog.show()
        dialog.form.duration.setFocus()
        qtbot.keyClick(dialog.form.duration, "4")
        qtbot.keyClick(dialog.form.outcome, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = drive  # type: ignore[method-assign]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert world.enquiry(old).duration_band_id == world.ref.duration_bands[3].id
    assert world.audit("update")[-1].changes == {"duration_band_id": [None, world.ref.duration_bands[3].id]}


def test_a_team_leader_corrects_someone_elses_entry(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.lena, tmp_path)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # Bob's "it-password"
    bobs = page.selected_id()

    def drive(dialog) -> bool:
        dialog.show()
        dialog.form.read.setFocus()
        qtbot.keyClick(dialog.form.read, "5")
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = drive  # type: ignore[method-assign]
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert world.enquiry(bobs).read_level == 5
    assert page.model.rows[page.model.row_of(bobs)].read_level == 5
    update = world.audit("update")[-1]
    assert update.actor == world.lena.label and update.changes == {"read_level": [None, 5]}  # time kept exactly


def test_a_correction_with_a_phone_number_in_the_note_is_saved_redacted(qtbot: QtBot, world: DeskWorld,
                                                                        tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    mine = page.selected_id()

    def drive(dialog) -> bool:
        dialog.show()
        dialog.form.notes.setFocus()
        dialog.form.notes.selectAll()
        qtbot.keyClicks(dialog.form.notes, "call 0412 345 678")
        qtbot.keyClick(dialog.form.notes, Qt.Key.Key_Return, CTRL)
        return dialog.result() == dialog.DialogCode.Accepted

    page.open_dialog = drive  # type: ignore[method-assign]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert world.enquiry(mine).notes == "call [redacted]"
    assert "Redacted 1 phone number" in page.status.text()


def test_enter_on_someone_elses_enquiry_says_no_at_once_instead_of_opening_the_editor(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # Bob's "it-password"
    opened: list[object] = []
    page.open_dialog = lambda dialog: opened.append(dialog) or False  # type: ignore[method-assign]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert opened == []
    assert "you can change only your own" in page.status.text()


def test_the_staff_filter_takes_the_first_match_on_enter_and_empty_means_any(qtbot: QtBot, world: DeskWorld,
                                                                             tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    staff = page.filters.staff
    staff.setFocus()
    staff.lineEdit().selectAll()
    qtbot.keyClicks(staff.lineEdit(), "bob")
    staff.completer().popup().hide()  # as if the list of completions was not used: just Enter
    qtbot.keyClick(staff.lineEdit(), Qt.Key.Key_Return)
    assert categories_shown(page, world) == ["it-password", "lib-printing"]
    assert staff.currentText() == "Bob Brown"
    staff.lineEdit().selectAll()
    qtbot.keyClick(staff.lineEdit(), Qt.Key.Key_Backspace)
    qtbot.keyClick(staff.lineEdit(), Qt.Key.Key_Return)
    assert staff.currentText() == "Any" and len(page.model.rows) == 5


def test_the_correct_dialog_shows_chosen_options_like_the_desk_form(qtbot: QtBot, world: DeskWorld,
                                                                    tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    from deskapp.ui.style import apply_colours, reset_colours
    from deskapp.ui.theme import current_theme

    app = QApplication.instance()
    apply_colours(app)
    try:
        page = open_log(qtbot, world, world.alice, tmp_path)
        chosen: list[str] = []

        def look(dialog) -> bool:
            dialog.show()
            for button in dialog.findChildren(QPushButton, "choiceButton"):
                if button.isChecked():
                    image = button.grab().toImage()  # what is drawn, pseudo-states included
                    chosen.append(QColor(image.pixel(image.width() // 2, 2)).name())
            return False

        page.open_dialog = look  # type: ignore[method-assign]
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert chosen and set(chosen) == {current_theme().chosen_bg}
    finally:
        reset_colours(app)


def test_alt_l_goes_from_the_filters_to_the_list(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    page = open_log(qtbot, world, world.alice, tmp_path)
    page.filters.text.setFocus()
    qtbot.keyClick(page.filters.text, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert page.table.hasFocus()
