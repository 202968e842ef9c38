"""A guide walked on the Guides page while an enquiry is open on the desk is linked to that enquiry; one
opened with nothing open on the desk, or only highlighted while browsing, is linked to nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import Enquiry, EnquiryGuide, Guide
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.guides.page import GuidesPage
from tests.desk_helpers import DeskWorld, make_world
from tests.desk_ui_helpers import make_context, open_page

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


@pytest.fixture
def pages(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> tuple[DeskPage, GuidesPage]:
    context = make_context(world, world.alice, tmp_path)
    desk = open_page(qtbot, context)
    guides = GuidesPage(context)  # the same window's context: both pages share the enquiry in hand
    qtbot.addWidget(guides)
    guides.show()
    qtbot.waitExposed(guides)
    return desk, guides


def guides_of_enquiries(world: DeskWorld) -> list[set[str]]:
    with world.db.read() as session:
        ids = list(session.scalars(select(Enquiry.id).order_by(Enquiry.id)))
        return [set(session.scalars(select(Guide.key).join(EnquiryGuide, EnquiryGuide.guide_id == Guide.id)
                                    .where(EnquiryGuide.enquiry_id == i))) for i in ids]


def search_and_open(qtbot: QtBot, guides: GuidesPage, words: str) -> str:
    guides.search.setFocus()
    qtbot.keyClicks(guides.search, words)
    qtbot.keyClick(guides.search, Qt.Key.Key_Return)
    assert guides.viewer.guide is not None
    return guides.viewer.guide.title


def back_to_desk(qtbot: QtBot, desk: DeskPage) -> None:
    desk.activateWindow()
    desk.form.category.edit.setFocus()
    qtbot.waitUntil(desk.form.category.edit.hasFocus)


def key_of(world: DeskWorld, title: str) -> str:
    with world.db.read() as session:
        return session.scalars(select(Guide.key).where(Guide.title == title)).one()


def test_a_guide_opened_on_the_guides_page_is_saved_with_the_enquiry_open_on_the_desk(
        qtbot: QtBot, pages: tuple[DeskPage, GuidesPage], world: DeskWorld) -> None:
    desk, guides = pages
    qtbot.keyClicks(desk.form.category.edit, "edu")
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Tab)
    assert guides.in_hand.isVisibleTo(guides) and "Wi-Fi / eduroam" in guides.in_hand.text()
    title = search_and_open(qtbot, guides, "eduroam android")
    assert guides.in_hand.text().startswith("Linked to the enquiry open on the desk (Wi-Fi / eduroam)")
    assert title in desk.confirmation.text() and "linked to this enquiry" in desk.confirmation.text()
    back_to_desk(qtbot, desk)
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Return, CTRL)
    assert guides_of_enquiries(world) == [{key_of(world, title)}]
    assert not guides.in_hand.isVisibleTo(guides)  # saved: the next guide belongs to no enquiry yet


def test_with_nothing_open_on_the_desk_a_guide_is_linked_to_nothing(
        qtbot: QtBot, pages: tuple[DeskPage, GuidesPage], world: DeskWorld) -> None:
    desk, guides = pages
    assert not guides.in_hand.isVisibleTo(guides)
    search_and_open(qtbot, guides, "eduroam android")
    back_to_desk(qtbot, desk)
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_F1)  # a quick key afterwards: nothing was open then
    qtbot.keyClicks(desk.form.category.edit, "edu")
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Return)
    assert guides_of_enquiries(world) == [set(), set()]


def test_browsing_the_results_links_nothing_but_stepping_through_a_guide_does(
        qtbot: QtBot, pages: tuple[DeskPage, GuidesPage], world: DeskWorld) -> None:
    desk, guides = pages
    qtbot.keyClicks(desk.form.category.edit, "print")
    guides.search.setFocus()
    qtbot.keyClicks(guides.search, "eduroam")
    qtbot.keyClick(guides.search, Qt.Key.Key_Down)
    qtbot.keyClick(guides.search, Qt.Key.Key_Down)  # highlighted in passing: shown, not used
    assert guides.in_hand.text().startswith("An enquiry is open on the desk")
    guides.viewer.walk.setFocus()
    qtbot.keyClick(guides.viewer.walk, Qt.Key.Key_Return)  # a step taken: now it is in use
    title = guides.viewer.guide.title  # type: ignore[union-attr]
    assert guides.in_hand.text().startswith("Linked to the enquiry open on the desk")
    back_to_desk(qtbot, desk)
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Return)
    assert guides_of_enquiries(world) == [{key_of(world, title)}]


def test_esc_on_the_desk_lets_the_enquiry_go_and_the_guides_page_says_so(
        qtbot: QtBot, pages: tuple[DeskPage, GuidesPage], world: DeskWorld) -> None:
    desk, guides = pages
    back_to_desk(qtbot, desk)
    qtbot.keyClicks(desk.form.category.edit, "edu")
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Tab)
    assert guides.in_hand.isVisibleTo(guides)
    qtbot.keyClick(desk.focusWidget(), Qt.Key.Key_Escape)
    assert not guides.in_hand.isVisibleTo(guides)
    search_and_open(qtbot, guides, "eduroam android")
    back_to_desk(qtbot, desk)
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Z, CTRL)  # the cleared form comes back, unlinked
    assert desk.form.category.chosen_id == world.category("it-wifi")
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_Return)
    assert guides_of_enquiries(world) == [set()]
