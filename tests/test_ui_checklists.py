"""The checklist screens driven by keys: start a run, tick with Space, overdue flags, due checklists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from deskapp.checklists.runs import get_run, run_history
from deskapp.checklists.templates import template_id_for_key
from deskapp.db import Database
from deskapp.db.models import ChecklistRun, ChecklistRunItem
from deskapp.ui.checklists.due import DueChecklists
from deskapp.ui.checklists.models import DueModel, HistoryModel, RunItemsModel
from deskapp.ui.checklists.page import ChecklistsPage
from tests.guide_helpers import make_people
from tests.guide_ui_helpers import context_for


@pytest.fixture
def people(db: Database):
    return make_people(db)


def select_template(page: ChecklistsPage, key: str) -> None:
    row = next(i for i, t in enumerate(page.templates) if t.key == key)
    page.template_view.selectRow(row)


def test_ctrl_enter_starts_a_run_and_space_ticks_with_who_and_when(qtbot, db, people):
    page = ChecklistsPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.show()
    select_template(page, "loan-laptop-checkin")
    qtbot.keyClick(page.template_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.run_view.run is not None
    view = page.run_view.items
    view.setFocus()
    view.setCurrentIndex(page.run_view.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    with db.read() as session:
        first = session.scalars(select(ChecklistRunItem).order_by(ChecklistRunItem.position)).first()
    assert first.ticked_by_id == people.staff.staff_id and first.ticked_at is not None
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)  # on to the next open item
    qtbot.keyClick(view, Qt.Key.Key_Space)
    with db.read() as session:
        ticked = session.scalars(select(ChecklistRunItem).where(ChecklistRunItem.ticked_at.is_not(None))).all()
    assert len(ticked) == 2
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)


def test_after_a_tick_the_cursor_skips_items_already_ticked_and_an_untick_stays_put(qtbot, db, people):
    page = ChecklistsPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.show()
    select_template(page, "loan-laptop-checkin")
    qtbot.keyClick(page.template_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view, model = page.run_view.items, page.run_view.model
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # item 2 first
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # item 1: the next open one is 3, not the ticked 2
    qtbot.waitUntil(lambda: view.currentIndex().row() == 2)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # untick item 2: the cursor stays on it
    qtbot.wait(20)
    assert view.currentIndex().row() == 1 and model.items[1].ticked_at is None


def test_a_leaders_item_is_refused_for_staff_with_the_reason(qtbot, db, people):
    page = ChecklistsPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    select_template(page, "new-starter-first-week")
    assert page.person.isVisibleTo(page)
    page.person.setCurrentIndex(page.person.findData(people.other_staff.staff_id))
    page.start()
    model = page.run_view.model
    row = next(i for i, item in enumerate(model.items) if item.role == "leader")
    model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "team leader" in page.run_view.status.text()
    assert model.items[row].ticked_at is None


def test_due_checklists_show_todays_runs_and_enter_starts_one(qtbot, db, people):
    due = DueChecklists(context_for(db, people.staff))
    qtbot.addWidget(due)
    due.show()
    titles = [row.title for row in due.model.rows]
    assert "Desk opening" in titles and "Desk closing" in titles
    row = titles.index("Desk opening")
    due.list.setFocus()
    due.list.setCurrentIndex(due.model.index(row, 0))
    qtbot.keyClick(due.list, Qt.Key.Key_Return)
    assert due.dialog is not None and due.dialog.view.run is not None
    with db.read() as session:
        run = session.scalars(select(ChecklistRun)).one()
    assert run.desk_id == people.desk_id
    assert due.model.rows[row].run_id == run.id
    due.dialog.close()


def test_checklist_models_pass_the_model_tester(qtmodeltester, db, people):
    from deskapp.checklists.runs import due_today, start_run

    with db.write() as session:
        opening = template_id_for_key(session, "desk-opening")
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id)
    with db.read() as session:
        items = get_run(session, run_id).items
        history = run_history(session, opening)
        due_rows = due_today(session, people.desk_id)
    run_model = RunItemsModel()
    run_model.set_items(items)
    qtmodeltester.check(run_model)
    history_model = HistoryModel(lambda offset, limit: history[offset:offset + limit])
    history_model.reload()
    qtmodeltester.check(history_model)
    due_model = DueModel()
    due_model.set_rows(due_rows)
    qtmodeltester.check(due_model)


def open_editor(qtbot, db, actor, key: str) -> ChecklistsPage:
    page = ChecklistsPage(context_for(db, actor))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts and mnemonics reach only the active window
    qtbot.waitUntil(page.isActiveWindow)
    select_template(page, key)
    page.tabs.setCurrentWidget(page.editor)
    return page


def test_a_leader_edits_a_template_by_keys_and_a_started_run_keeps_its_copy(qtbot, db, people):
    from deskapp.checklists.runs import start_run
    from deskapp.checklists.templates import get_template

    with db.write() as session:
        template_id = template_id_for_key(session, "loan-laptop-checkin")
        run_id = start_run(session, people.staff, template_id)
    with db.read() as session:
        before = get_template(session, template_id)
        snapshot = get_run(session, run_id)
    page = open_editor(qtbot, db, people.leader, "loan-laptop-checkin")
    editor = page.editor
    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Laptop check-in")
    editor.due_time.setFocus()
    qtbot.keyClicks(editor.due_time, "10:30")
    # the first item moves down one place and becomes optional
    editor.items.setFocus()
    editor.items.setCurrentIndex(editor.model.index(0, 0))
    first = editor.model.items[0]
    qtbot.keyClick(editor.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.model.items[1] == first
    qtbot.keyClick(editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # Re&quired
    qtbot.waitUntil(lambda: not editor.required.isChecked())  # a mnemonic clicks after a short flash
    editor.items.setFocus()
    # a new item after it, done by a team leader and linked to a skill picked by typing part of its name
    qtbot.keyClick(editor.items, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.item_text.hasFocus()
    qtbot.keyClicks(editor.item_text, "Log the charger's serial number")
    editor.role.setFocus()
    qtbot.keyClick(editor.role, Qt.Key.Key_Down)
    skill_label = editor.skill.itemText(1)
    editor.skill.setFocus()
    editor.skill.lineEdit().selectAll()
    qtbot.keyClicks(editor.skill, skill_label)
    popup = editor.skill.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else editor.skill, Qt.Key.Key_Return)  # Return picks the match
    assert not popup.isVisible()
    # the last item goes
    editor.items.setFocus()
    editor.items.setCurrentIndex(editor.model.index(len(editor.model.items) - 1, 0))
    removed = editor.model.items[-1]
    qtbot.keyClick(editor.items, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.items, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "version" in editor.status.text()
    with db.read() as session:
        after = get_template(session, template_id)
        still = get_run(session, run_id)
    assert after.summary.version == before.summary.version + 1
    assert after.summary.title == "Laptop check-in" and after.summary.due_time == "10:30"
    assert after.items[1].key == first.key and after.items[1].required is False
    added = after.items[2]
    assert added.text == "Log the charger's serial number" and added.role == "leader"
    assert added.key == "log-the-charger-s-serial-number" and added.skill_id == editor.skill.itemData(1)
    assert removed.key not in {item.key for item in after.items}
    # the run under way keeps the version and items it started with (its heading shows the current title)
    assert (still.template_version, still.items) == (snapshot.template_version, snapshot.items)
    assert page.templates[page.template_view.currentIndex().row()].title == "Laptop check-in"


def test_a_bad_due_time_is_refused_with_the_reason_and_nothing_is_saved(qtbot, db, people):
    from deskapp.checklists.templates import get_template

    page = open_editor(qtbot, db, people.leader, "desk-opening")
    with db.read() as session:
        before = get_template(session, page.editor.template_id)
    page.editor.due_time.setFocus()
    page.editor.due_time.selectAll()
    qtbot.keyClicks(page.editor.due_time, "25:00")
    qtbot.keyClick(page.editor.due_time, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "09:15" in page.editor.status.text()
    with db.read() as session:
        assert get_template(session, page.editor.template_id) == before


def test_staff_see_the_template_read_only(qtbot, db, people):
    page = open_editor(qtbot, db, people.staff, "desk-opening")
    assert not page.editor.title.isEnabled() and not page.editor.save_button.isEnabled()
    assert "team leader" in page.editor.status.text()
    assert page.editor.model.items  # the items are still there to read


def test_the_template_items_model_passes_the_model_tester(qtmodeltester, db):
    from deskapp.checklists.templates import get_template
    from deskapp.ui.checklists.item_list import TemplateItemsModel

    with db.read() as session:
        items = get_template(session, template_id_for_key(session, "desk-closing")).items
    model = TemplateItemsModel()
    model.set_items(items, {})
    qtmodeltester.check(model)


def test_leaving_unsaved_template_edits_asks_first_and_no_keeps_them(qtbot, db, people):
    page = open_editor(qtbot, db, people.leader, "desk-opening")
    answers = page.context.dialogs
    answers.agree = False
    page.editor.title.setFocus()
    qtbot.keyClicks(page.editor.title, " (main desk)")
    page.template_view.setFocus()
    qtbot.keyClick(page.template_view, Qt.Key.Key_Down)
    assert answers.told and "not saved" in answers.told[-1]
    assert page.templates[page.template_view.currentIndex().row()].key == "desk-opening"
    assert page.editor.title.text() == "Desk opening (main desk)"
    answers.agree = True
    qtbot.keyClick(page.template_view, Qt.Key.Key_Down)
    assert page.editor.title.text() != "Desk opening (main desk)" and not page.editor.dirty


def test_an_overdue_checklist_comes_first_wraps_in_a_narrow_column_and_enter_opens_it(qtbot, db, people):
    from deskapp.checklists.records import ItemSpec, TemplateDraft
    from deskapp.checklists.templates import create_template
    from deskapp.platform.actor import Actor

    title = "Weekly printer and copier check on every floor, including the paper stock and toner"
    with db.write() as session:  # due at midnight: overdue for the rest of the day
        create_template(session, Actor.cli(), "printer-check-all-floors",
                        TemplateDraft(title, schedule="daily", due_time="00:00", items=(ItemSpec("a", "Paper"),)))
    due = DueChecklists(context_for(db, people.staff))
    qtbot.addWidget(due)
    due.resize(340, 300)  # the desk's right-hand column at 1366x768
    due.show()
    qtbot.waitExposed(due)
    first = due.model.index(0, 0)
    last = due.model.index(due.model.rowCount() - 1, 0)
    # Every line fits without scrolling: the list grows to its wrapped lines.
    qtbot.waitUntil(lambda: due.list.viewport().rect().contains(due.list.visualRect(last)))
    line = first.data()
    assert line.startswith("OVERDUE: ") and title in line and line.endswith("not started")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == line
    rect = due.list.visualRect(first)
    assert rect.height() >= 2 * due.list.fontMetrics().height()  # wrapped, not cut
    assert due.list.viewport().rect().contains(rect)  # the whole line is in view
    assert not due.list.horizontalScrollBar().isVisible()
    due.list.setFocus()
    due.list.setCurrentIndex(first)
    qtbot.keyClick(due.list, Qt.Key.Key_Return)
    assert due.dialog is not None and due.dialog.view.run is not None
    with db.read() as session:
        assert session.scalars(select(ChecklistRun)).one().template_id == due.model.rows[0].template_id
    due.dialog.close()


def test_the_page_opens_on_the_checklist_due_now_so_ctrl_enter_starts_that_one(qtbot, db, people):
    from deskapp.checklists.records import ItemSpec, TemplateDraft
    from deskapp.checklists.templates import create_template
    from deskapp.platform.actor import Actor

    with db.write() as session:  # due at midnight: overdue for the rest of the day, and due before the others
        overdue = create_template(session, Actor.cli(), "zz-night-check",
                                  TemplateDraft("Zz night check", schedule="daily", due_time="00:00",
                                                items=(ItemSpec("a", "Lights"),)))
    page = ChecklistsPage(context_for(db, people.staff))
    qtbot.addWidget(page)
    page.show()
    assert page.templates[page.template_view.currentIndex().row()].id == overdue  # not the first by title
    view = page.template_view
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance("one per person")  # "When" is whole
    page.template_view.setFocus()
    qtbot.keyClick(page.template_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.read() as session:
        assert session.scalars(select(ChecklistRun.template_id)).one() == overdue
