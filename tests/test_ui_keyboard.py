"""Keyboard paths: Tab always leaves a table or list, on every area, every Staff & settings tab and dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QVBoxLayout, QWidget

from deskapp.db import Database
from deskapp.ui.keyboard import tab_leaves_views
from tests.test_ui_main_window import sign_in
from tests.ui_helpers import add_team, make_window


def _inside(widget: QWidget | None, view: QAbstractItemView) -> bool:
    while widget is not None:
        if widget is view:
            return True
        widget = widget.parentWidget()
    return False


def _views_on_screen(root: QWidget) -> list[QAbstractItemView]:
    return [view for view in root.findChildren(QAbstractItemView)
            if view.isVisible() and view.isEnabled() and view.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _assert_tab_leaves(qtbot, views: list[QAbstractItemView], where: str) -> None:
    for view in views:
        name = f"{where} ▸ {view.accessibleName() or view.objectName() or type(view).__name__}"
        assert not view.tabKeyNavigation(), f"Tab moves cell to cell in {name}"
        if view.model() is not None and view.model().rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))  # the worst case: a cell is current
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda view=view: _inside(QApplication.focusWidget(), view))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert not _inside(QApplication.focusWidget(), view), f"Tab is trapped in {name}"


def _unnamed_tab_stops(root: QWidget) -> list[str]:
    """Focusable controls a screen reader would announce with no name (no text, label buddy or accessible name)."""
    unnamed = []
    for widget in root.findChildren(QWidget):
        if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed


def test_the_helper_turns_cell_to_cell_tab_off_for_every_view_under_a_widget(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    tables = [QTableView(), QTableView()]
    for table in tables:
        layout.addWidget(table)
    assert all(table.tabKeyNavigation() for table in tables)  # Qt's default, the trap

    assert tab_leaves_views(page) >= 2  # the tables, and their header views

    assert not any(table.tabKeyNavigation() for table in tables)


def test_every_area_and_staff_tab_names_its_controls_and_tab_leaves_every_table(qtbot, db: Database,
                                                                                 tmp_path: Path) -> None:
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "kiri", "leader-pass")
    workspace = window.workspace
    checked = 0
    for row, spec in enumerate(workspace.pages):
        assert workspace.show_page(row), spec.key
        page = workspace.page(spec.key)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count()) if spec.key == "admin" else [None]:
            if tab is not None:
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
            where = spec.key if tab is None else f"{spec.key} ▸ {tabs.tabText(tab)}"
            assert _unnamed_tab_stops(page) == [], f"unnamed controls on {where}"
            views = _views_on_screen(page)
            _assert_tab_leaves(qtbot, views, where)
            checked += len(views)
    assert checked >= 10  # the log, guides, checklists, skills tables and the admin tables were all reached


def test_the_step_by_step_reader_is_named_and_describes_the_step_shown(qtbot) -> None:
    from deskapp.guides.format import parse_steps
    from deskapp.ui.guides.walkthrough import WalkThrough

    reader = WalkThrough()
    qtbot.addWidget(reader)
    reader.set_steps(parse_steps("## 1. Open Settings\n\nTap Wi-Fi.\n\n## 2. Choose eduroam\n\nTap it.\n"))

    assert reader.accessibleName() == "Step-by-step guide"
    assert reader.accessibleDescription() == reader.heading.text()
    assert reader.heading.text().startswith("Step 1 of")
    reader.next()
    assert reader.accessibleDescription().startswith("Step 2 of")


def test_a_key_reaches_each_desk_panel_and_tab_goes_on_from_it(qtbot, db: Database, tmp_path: Path) -> None:
    from tests.desk_helpers import make_world
    from tests.desk_ui_helpers import make_context, open_page

    world = make_world(db)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    tab_leaves_views(page)  # as the workspace does for every area it builds
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)  # a category: the guide panel lists its guides
    assert page.side.guides.model.rowCount(), "the seeded resources link a guide to Wi-Fi / eduroam"

    for key, modifier, panel in ((Qt.Key.Key_C, alt, page.side.due.list), (Qt.Key.Key_G, ctrl, page.side.guides.list),
                                 (Qt.Key.Key_Y, alt, page.today.table)):
        page.form.notes.setFocus()
        qtbot.waitUntil(page.form.notes.hasFocus)
        qtbot.keyClick(page.form.notes, key, modifier)
        assert panel.hasFocus(), f"{QKeySequence(modifier | key).toString()} does not reach {panel.accessibleName()}"
        qtbot.keyClick(panel, Qt.Key.Key_Tab)
        assert not panel.hasFocus(), f"Tab is trapped in {panel.accessibleName()}"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert panel.hasFocus(), f"Shift+Tab does not come back to {panel.accessibleName()}"
        qtbot.keyClick(panel, Qt.Key.Key_Escape)
        assert page.form.isAncestorOf(QApplication.focusWidget()), f"Esc in {panel.accessibleName()}"
    assert page.form.category.chosen_id == world.category("it-wifi")  # Esc cleared nothing


def test_shift_f1_shows_by_keyboard_what_a_tooltip_shows_the_mouse(qtbot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QToolTip

    from deskapp.desk.reference import load_reference

    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    sign_in(qtbot, window, "aisha", "1234")
    desk = window.workspace.page("desk")
    read = desk.form.read
    read.setFocus()
    qtbot.waitUntil(read.hasFocus)
    qtbot.keyClick(read, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)

    with db.read() as session:
        levels = load_reference(session).read_levels
    assert QToolTip.isVisible()
    shown = QToolTip.text()
    assert all(level.description and level.description in shown for level in levels), shown  # READ's meanings
    assert not desk.confirmation.text().startswith("Logged")  # Shift+F1 is not F1's quick enquiry


def test_no_alt_letter_means_two_things_on_the_desk_with_a_guide_open(qtbot, db: Database, tmp_path: Path) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    from tests.desk_helpers import make_world
    from tests.desk_ui_helpers import make_context, open_page

    world = make_world(db)
    page = open_page(qtbot, make_context(world, world.alice, tmp_path))
    qtbot.keyClicks(page.form.category.edit, "edu")
    qtbot.keyClick(page.form.category.edit, Qt.Key.Key_Tab)
    panel = page.side.guides
    panel.open_guide(panel.model.guide_id(0))
    qtbot.waitUntil(lambda: panel.viewer.isVisible())
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible() and label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisible()]
    texts += [bar.tabText(i) for bar in page.findChildren(QTabBar) if bar.isVisible() for i in range(bar.count())]
    letters = [match.lower() for text in texts for match in re.findall(r"(?<!&)&([^&\s])", text)]
    assert sorted({letter for letter in letters if letters.count(letter) > 1}) == [], texts
