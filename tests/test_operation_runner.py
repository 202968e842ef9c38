"""One path for every change: the runner publishes what a write changed, says every failure in plain words,
and every open view shows changes made elsewhere (no stale lists, nothing delivered to a deleted widget)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import deskapp
from deskapp.db import Database
from deskapp.db.models import Enquiry, Skill
from deskapp.people.skills import retire_skill
from deskapp.people.staff import add_staff
from deskapp.platform.actor import Actor
from deskapp.platform.changes import ENTITY_CHANGES, Change, ChangeSet
from deskapp.platform.failures import FailureKind
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.desk.page import DeskPage
from deskapp.ui.log.page import LogPage
from tests.desk_helpers import DESK_NAME, DeskWorld, make_world
from tests.ui_helpers import ScriptedDialogs

PACKAGE = Path(deskapp.__file__).parent


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def context_for(db: Database, actor: Actor, tmp_path: Path, dialogs: ScriptedDialogs | None = None) -> UiContext:
    return UiContext(db=db, desk_name=DESK_NAME, bus=ChangeBus(), dialogs=dialogs or ScriptedDialogs(),
                     current_actor=lambda: actor, user_config=tmp_path / "user.toml")


def test_every_entity_the_domain_audits_has_a_kind_of_change() -> None:
    """A write is announced because it was audited: an unmapped entity would change data no view hears of."""
    entities = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "record"
                    and len(node.args) >= 4 and isinstance(node.args[3], ast.Constant)):
                entities.add(node.args[3].value)
    assert entities, "the scan found no audit calls"
    assert entities - ENTITY_CHANGES.keys() == set()


def test_no_ui_module_opens_a_database_session_itself() -> None:
    """Pages hand their domain calls to context.run / read / query / load; only the runner opens sessions."""
    opens_a_session = re.compile(r"\.db\s*\.\s*(read|write)\s*\(|\bdb\.(read|write)\s*\(")
    offenders = sorted(str(path.relative_to(PACKAGE)) for path in (PACKAGE / "ui").rglob("*.py")
                       if path != PACKAGE / "ui" / "context.py"
                       and opens_a_session.search(path.read_text(encoding="utf-8")))
    assert offenders == [], "use context.run/read/query/load instead"


def test_a_write_publishes_what_it_changed_to_every_view_but_the_one_that_started_it(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    context = context_for(world.db, world.lena, tmp_path)
    starter, other = QWidget(), QWidget()
    qtbot.addWidget(starter)
    qtbot.addWidget(other)
    heard: dict[str, list[ChangeSet]] = {"starter": [], "other": [], "unrelated": []}
    context.bus.subscribe(starter, {Change.STAFF}, heard["starter"].append)
    context.bus.subscribe(other, {Change.STAFF}, heard["other"].append)
    context.bus.subscribe(other, {Change.GUIDES}, heard["unrelated"].append)

    outcome = context.run(lambda session: add_staff(session, world.lena, "Søren Holm", "SH", "staff", "4321"),
                          origin=starter)

    assert outcome.ok and isinstance(outcome.value, int)
    [changes] = heard["other"]
    assert Change.STAFF in changes and changes.ids_of(Change.STAFF) == {str(outcome.value)}
    assert heard["starter"] == [] and heard["unrelated"] == []


def test_a_refused_write_is_said_in_the_domains_words_and_publishes_nothing(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    context = context_for(world.db, world.alice, tmp_path, dialogs)
    heard: list[ChangeSet] = []
    context.bus.changed.connect(heard.append)

    outcome = context.run(lambda session: add_staff(session, world.alice, "Søren Holm", "SH", "staff", "4321"),
                          title="Add a person")

    assert outcome.failure is not None and outcome.failure.kind is FailureKind.REFUSED
    assert dialogs.told == [("Add a person", outcome.failure.message)] and "leader" in outcome.failure.message
    assert heard == []
    with world.db.read() as session:  # nothing half-written
        assert session.scalar(select(Skill.id).limit(1)) is not None


def test_a_database_server_that_cannot_be_reached_is_said_plainly_and_shown_in_the_status_state(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A real fault: a PostgreSQL URL whose server socket does not exist (no server is listening)."""
    nowhere = Database(f"postgresql://desk@/deskapp?host={tmp_path / 'no-server-here'}&connect_timeout=2")
    dialogs = ScriptedDialogs()
    context = context_for(nowhere, Actor.cli(), tmp_path, dialogs)
    states: list[tuple[bool, str]] = []
    context.bus.reachability_changed.connect(lambda ok, message: states.append((ok, message)))

    outcome = context.run(lambda session: session.execute(select(Enquiry.id)).all())

    assert outcome.failure is not None and outcome.failure.kind is FailureKind.UNREACHABLE
    assert "cannot be reached" in outcome.failure.message and "try again" in outcome.failure.message
    [(title, text)] = dialogs.told
    assert title == "Not saved" and text == outcome.failure.message
    assert states == [(False, outcome.failure.message)] and not context.bus.reachable
    assert context.query(lambda session: session.execute(select(Enquiry.id)).all()) is None
    assert len(dialogs.told) == 1  # a view refreshing itself does not pile up dialogs: the status bar says it
    nowhere.dispose()


def test_the_database_state_comes_back_after_an_operation_that_works(qtbot: QtBot, world: DeskWorld,
                                                                     tmp_path: Path) -> None:
    context = context_for(world.db, world.lena, tmp_path)
    states: list[bool] = []
    context.bus.reachability_changed.connect(lambda ok, _message: states.append(ok))
    context.bus.set_reachable(False, "down")
    assert context.query(lambda session: session.scalar(select(Skill.id).limit(1))) is not None
    assert states == [False, True] and context.bus.reachable


def test_a_subscription_ends_with_its_widget(qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    """After Ctrl+L and a new sign-in the old pages are deleted: nothing may be delivered to them."""
    context = context_for(world.db, world.lena, tmp_path)
    heard: list[ChangeSet] = []
    widget = QWidget()
    context.bus.subscribe(widget, {Change.STAFF}, heard.append)
    shiboken6.delete(widget)  # what Qt does to the old pages after a user switch
    context.bus.announce(Change.STAFF)
    assert heard == []


def test_a_colleague_added_elsewhere_shows_by_name_in_an_open_log(qtbot: QtBot, world: DeskWorld,
                                                                  tmp_path: Path) -> None:
    context = context_for(world.db, world.lena, tmp_path)
    log_page = LogPage(context)
    qtbot.addWidget(log_page)
    log_page.show()

    new_id = context.run(lambda session: add_staff(session, world.lena, "Søren Holm", "SH", "staff", "4321")).value
    newcomer = Actor(staff_id=new_id, label="Søren Holm", role="staff")
    world.log(newcomer)
    log_page.reload()

    assert log_page.model.ref.get("staff", new_id) is not None
    staff_column = next(c for c in range(log_page.model.columnCount())
                        if log_page.model.headerData(c, Qt.Orientation.Horizontal) == "Staff")
    assert log_page.model.index(0, staff_column).data() == "Søren Holm"
    assert log_page.filters.staff.findData(new_id) >= 0  # and the Staff filter offers them


def test_a_skill_retired_elsewhere_leaves_the_open_desk_and_its_quick_keys_still_save(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    desk_context = context_for(world.db, world.alice, tmp_path)
    desk = DeskPage(desk_context)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    desk.setFocus()
    qtbot.waitUntil(lambda: desk.form.category.edit.hasFocus())
    first = desk.quick._specs[1]
    retired = world.ref.get("categories", first.category_id).skill_ids[0]  # type: ignore[union-attr]
    desk.form.skills.set_skills([retired])

    # A leader retires it on another screen of this PC (the same bus, as in the app).
    desk_context.run(lambda session: retire_skill(session, world.lena, retired))

    assert retired not in desk.form.skills.skill_ids
    assert desk.ref.get("skills", retired) is None
    qtbot.keyClick(desk.form.category.edit, Qt.Key.Key_F1)
    assert desk.confirmation.text().startswith("Logged:"), desk.form.message.text()
    with world.db.read() as session:
        assert session.scalar(select(Enquiry.category_id).order_by(Enquiry.id.desc())) == first.category_id


def test_a_database_file_deleted_under_the_app_shows_not_saving_and_no_save_is_acknowledged(
        qtbot: QtBot, world: DeskWorld, tmp_path: Path) -> None:
    """A real fault: the SQLite file is deleted while the app has it open."""
    dialogs = ScriptedDialogs()
    context = context_for(world.db, world.lena, tmp_path, dialogs)
    states: list[bool] = []
    context.bus.reachability_changed.connect(lambda ok, _message: states.append(ok))
    assert context.check_files()
    path = world.db.sqlite_path
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)

    assert not context.check_files()  # the watchdog's tick, before anyone saves
    assert states == [False]
    outcome = context.run(lambda session: add_staff(session, world.lena, name="Omar Haddad", initials="OH",
                                                    role="staff"))
    assert outcome.failure is not None and outcome.failure.kind is FailureKind.FILE_CHANGED
    [(title, text)] = dialogs.told
    assert title == "Not saved" and "stopped saving" in text
    # A read still answers (from what this process holds), but the warning stays: saving has not come back.
    context.query(lambda session: session.scalar(select(Skill.id).limit(1)))
    assert states == [False] and not context.bus.reachable
    assert not path.exists()
