"""The checklist screens driven by keys: start a run, tick with Space, overdue flags, due checklists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from deskapp.checklists import get_run, run_history, template_id_for_key
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
    assert view.currentIndex().row() == 0  # the view keeps its place for the next item
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    with db.read() as session:
        ticked = session.scalars(select(ChecklistRunItem).where(ChecklistRunItem.ticked_at.is_not(None))).all()
    assert len(ticked) == 2


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
    from deskapp.checklists import due_today, start_run

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
