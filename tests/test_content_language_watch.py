"""`deskapp reference language da` while a desk is open: the open desk shows the Danish labels without a
restart. The switch runs as the CLI runs it, with its own database connection (as another process or PC
would), so the only way the window can learn of it is the watch (deskapp/ui/content_watch.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from deskapp.cli import main as cli
from deskapp.db import Database
from deskapp.platform.changes import Change, ChangeSet
from deskapp.startup.seed import set_content_language
from deskapp.ui.content_watch import CONTENT_KINDS
from deskapp.ui.desk.page import DeskPage
from tests.ui_helpers import add_team, make_window


def signed_in_desk(qtbot, db: Database, tmp_path: Path):
    add_team(db)
    window = make_window(qtbot, db, tmp_path)
    qtbot.keyClicks(window.signin.name_edit, "aisha")
    qtbot.keyClick(window.signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.signin.secret_edit, "1234")
    qtbot.keyClick(window.signin.secret_edit, Qt.Key.Key_Return)
    page = window.workspace.page("desk")
    assert isinstance(page, DeskPage)
    return window, page


def outcome_labels(page: DeskPage) -> list[str]:
    return [button.full_text() for button in page.form.outcome.buttons]


def test_a_switch_from_the_command_line_reaches_an_open_desk(qtbot, db: Database, db_path: Path,
                                                             tmp_path: Path) -> None:
    window, page = signed_in_desk(qtbot, db, tmp_path)
    assert outcome_labels(page)[0] == "1  Resolved at desk"
    page.form.outcome.set_current_id(page.ref.outcomes[0].id)  # something already picked stays picked
    assert window.content_watch.seen == "en"

    assert cli(["--db", str(db_path), "reference", "language", "da"]) == 0
    window.content_watch.check()  # the timer's read, without waiting 20 s for it

    qtbot.waitUntil(lambda: outcome_labels(page)[0] == "1  Løst ved skranken")
    assert window.content_watch.seen == "da"
    assert page.form.outcome.current_id == page.ref.outcomes[0].id
    assert [c.label for c in page.ref.search_categories("trådløst")][:1] == ["Trådløst net / eduroam"]
    assert window.context.reference.lists().outcomes[0].label == "Løst ved skranken"


def test_a_read_that_finds_the_same_language_announces_nothing(qtbot, db: Database, tmp_path: Path) -> None:
    window, _page = signed_in_desk(qtbot, db, tmp_path)
    published: list[ChangeSet] = []
    window.context.bus.changed.connect(published.append)
    switched: list[str] = []
    window.content_watch.switched.connect(switched.append)
    window.content_watch.check()
    qtbot.waitUntil(lambda: window.content_watch._job is None)
    assert switched == []
    assert not any(changes.touches(frozenset(CONTENT_KINDS)) for changes in published)


def test_a_switch_through_the_runner_publishes_the_kinds_whose_labels_changed(qtbot, db: Database,
                                                                              tmp_path: Path) -> None:
    window, page = signed_in_desk(qtbot, db, tmp_path)
    published: list[ChangeSet] = []
    window.context.bus.changed.connect(published.append)
    assert window.context.run(lambda session: set_content_language(session, "da")).ok
    kinds = set().union(*(changes.kinds for changes in published))
    assert {Change.REFERENCE, Change.CATEGORIES, Change.SKILLS, Change.GUIDES, Change.CHECKLISTS} <= kinds
    assert outcome_labels(page)[0] == "1  Løst ved skranken"
