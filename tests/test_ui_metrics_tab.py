"""Skills & reports ▸ Metrics for team leaders: the figures per desk with their sample sizes, the skills
passed on again and again, ratings by category, skill and READ level, and "How did we do?" turned on per desk
with Space; staff never get the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Desk, Enquiry, PatronRating
from deskapp.desk.patron_rating import rating_enabled
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.skills.metrics_tab import MetricsTab
from tests.skills_ui_helpers import ScriptedDialogs, make_page, make_people


@pytest.fixture
def people(db: Database) -> dict:
    """Ann's three Wi-Fi enquiries at the Front desk on 3 March (READ 1; one referred to a colleague), two of
    them rated by their patrons: good and poor."""
    people = make_people(db)
    with db.write() as session:
        ids = session.scalars(select(Enquiry.id).order_by(Enquiry.id)).all()
        session.add_all([PatronRating(enquiry_id=ids[0], rating="good"),
                         PatronRating(enquiry_id=ids[1], rating="poor")])
    return people


def metrics_tab(qtbot: QtBot, db: Database, actor) -> MetricsTab:
    context = UiContext(db=db, desk_name="Front desk", bus=ChangeBus(), dialogs=ScriptedDialogs(),  # type: ignore[arg-type]
                        current_actor=lambda: actor)
    tab = MetricsTab(context, today=date(2026, 3, 20))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_leader_sees_this_month_per_desk_with_the_sample_sizes(qtbot: QtBot, db: Database, people) -> None:
    tab = metrics_tab(qtbot, db, people["lee"])
    assert tab.chosen_period() == (date(2026, 3, 1), date(2026, 3, 20))
    assert cells(tab.desks) == [["Front desk", "3", "33% of 3", "50% of 2", "0 (0)", "0 (0)", "0 (0)"],
                                ["All desks", "3", "33% of 3", "50% of 2", "0 (0)", "0 (0)", "0 (0)"]]
    assert cells(tab.ratings) == [["ratings by category", "Wi-Fi / eduroam", "2", "50%", "0%", "50%"],
                                  ["ratings by skill", "Configure eduroam on Android", "2", "50%", "0%", "50%"],
                                  ["ratings by READ level", "READ 1", "2", "50%", "0%", "50%"]]
    assert cells(tab.repeats) == []  # one referral is not a repeat
    assert "Patrons who said good: 50% of 2 ratings." in tab.summary.text()
    tab.period.setCurrentIndex(1)  # last month: nothing happened in February
    assert cells(tab.desks) == [["All desks", "0", "– of 0", "– of 0", "0 (0)", "0 (0)", "0 (0)"]]


def test_space_on_a_desk_turns_the_patron_question_on_and_off(qtbot: QtBot, db: Database, people) -> None:
    tab = metrics_tab(qtbot, db, people["lee"])
    with db.read() as session:
        front = session.scalar(select(Desk.id).where(Desk.name == "Front desk"))
        assert front is not None and not rating_enabled(session, front)
    tab.asking.setFocus()  # Alt+D (the offscreen platform gives no window focus to check it with)
    qtbot.keyClick(tab.asking, Qt.Key.Key_Space)
    with db.read() as session:
        assert rating_enabled(session, front)
    assert tab.feedback.text() == "Front desk now asks its patrons after each save."
    qtbot.keyClick(tab.asking, Qt.Key.Key_Space)
    with db.read() as session:
        assert not rating_enabled(session, front)


def test_staff_get_no_metrics_tab(qtbot: QtBot, db: Database, people) -> None:
    page, _dialogs = make_page(qtbot, db, people["ann"])
    assert page.metrics is None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["M&y record"]
    leader_page, _dialogs = make_page(qtbot, db, people["lee"])
    assert leader_page.metrics is not None and "Me&trics" in [
        leader_page.tabs.tabText(i) for i in range(leader_page.tabs.count())]
