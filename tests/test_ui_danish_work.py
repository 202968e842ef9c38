"""The desk, the log, guides and checklists in Danish: each screen, tab and dialog is opened with the Danish
translation installed, and every interface text on it (labels, buttons, tabs, headers, placeholders, tooltips,
accessible names) must be free of English words. Data (category labels, guide titles, names) is the database's
and is not looked at: only texts the interface itself writes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from deskapp.db import Database
from deskapp.ui.checklists.page import ChecklistsPage
from deskapp.ui.guides.page import GuidesPage
from deskapp.ui.i18n import install_language
from deskapp.ui.log.edit_dialog import EditEnquiryDialog
from deskapp.ui.log.page import LogPage
from tests.desk_helpers import make_world
from tests.desk_ui_helpers import make_context, open_page
from tests.guide_helpers import make_people
from tests.guide_ui_helpers import context_for

# Words the English interface uses and Danish never does (not "for", "to", "Status", "Version": Danish too).
ENGLISH = {"the", "and", "with", "this", "your", "you", "is", "are", "of", "save", "clear", "undo", "delete",
           "edit", "search", "guide", "guides", "checklist", "checklists", "enquiry", "enquiries", "notes",
           "outcome", "channel", "category", "skills", "skill", "review", "step", "next", "back", "when",
           "who", "today", "desk", "staff", "help", "add", "remove", "items", "item", "title", "run",
           "history", "read", "all", "new", "publish", "reject", "due", "daily", "weekly", "any", "sort",
           "filters", "from", "words", "patron", "type", "duration", "referred", "asked", "optional", "none",
           "empty", "label", "button", "key", "keys", "one", "only", "team", "leader", "not", "found"}
WORD = re.compile(r"[^\W\d_]+")


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed = install_language(qapp, "da", out_dir=tmp_path / "qm")
    assert {"desk", "log", "guides", "checklists"} <= set(installed.areas), installed
    yield
    install_language(qapp, "en")


def interface_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle() if widget.isWindow() else ""]
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())  # type: ignore[union-attr]
        elif isinstance(widget, QLabel) and widget.objectName() not in DATA_LABELS and widget.textFormat() \
                != Qt.TextFormat.PlainText:
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
        for text in texts:
            if text:
                yield name, text


DATA_LABELS: set[str] = set()


def reference_data(ref: object) -> list[str]:
    """Every label and description of the reference lists (the database's words, English in this test world)."""
    texts = []
    for value in vars(ref).values():
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list | tuple) else ()
        for item in items:
            for field in ("label", "description", "hint", "tooltip"):
                text = getattr(item, field, None)
                if isinstance(text, str) and text:
                    texts.append(text)
                    # The desk's one-key choices show a label's distinguishing end ("… on iPhone and iPad").
                    words = text.split()
                    texts.extend(" ".join(words[i:]) for i in range(1, len(words)) if len(words) - i >= 2)
    return sorted(texts, key=len, reverse=True)  # longest first, so a label inside another goes whole


def english_in(root: QWidget, data: list[str] | None = None) -> list[str]:
    found = []
    for name, shown in interface_texts(root):
        text = shown.replace("\n", " ")
        for datum in data or []:
            text = text.replace(datum, "")
        # Acronyms in capitals (READ, IT) are names in both languages.
        words = {w.lower() for w in WORD.findall(text.replace("&", "")) if not w.isupper()}
        if words & ENGLISH:
            found.append(f"{name}: {shown!r}")
    return sorted(set(found))


def test_the_desk_speaks_danish(qtbot: QtBot, db: Database, tmp_path: Path, danish: None) -> None:
    world = make_world(db)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    assert english_in(page, reference_data(world.ref)) == []
    assert "henvendelse" in page.today.counts.text()


def test_the_log_and_its_edit_dialog_speak_danish(qtbot: QtBot, db: Database, tmp_path: Path,
                                                   danish: None) -> None:
    world = make_world(db)
    world.log(world.alice, "it-wifi", notes="printer")
    page = LogPage(make_context(world, world.alice, tmp_path))
    qtbot.addWidget(page)
    page.resize(1136, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert english_in(page, reference_data(world.ref)) == []
    assert page.status.text() == "1 henvendelse."
    with world.db.read() as session:
        from deskapp.desk.enquiries import get_enquiry
        record = get_enquiry(session, page.model.rows[0].id)
    dialog = EditEnquiryDialog(page.context, page.ref, record, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_in(dialog, reference_data(world.ref)) == []


def test_guides_viewer_review_and_search_words_speak_danish(qtbot: QtBot, db: Database, danish: None) -> None:
    people = make_people(db)
    page = GuidesPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    page.resize(1136, 700)
    page.show()
    qtbot.keyClicks(page.search, "pasword")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    tabs = page.findChildren(QTabWidget)
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            assert english_in(page) == [], tab_widget.tabText(index)


def test_checklist_run_and_template_editor_speak_danish(qtbot: QtBot, db: Database, danish: None) -> None:
    people = make_people(db)
    page = ChecklistsPage(context_for(db, people.leader))
    qtbot.addWidget(page)
    page.resize(1136, 700)
    page.show()
    page.template_view.selectRow(0)
    qtbot.keyClick(page.template_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.run_view.run is not None
    for tab_widget in page.findChildren(QTabWidget):
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            assert english_in(page) == [], tab_widget.tabText(index)
