"""Shared by the Skills & reports UI tests: scripted dialogs, a small team with some history, and the page
built for one actor."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QSpinBox

from deskapp.platform.actor import Actor
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.skills.page import SkillsPage
from tests import report_data as rd


class ScriptedDialogs:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def info(self, title: str, text: str) -> None:
        pass

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def confirm(self, title: str, text: str) -> bool:
        return True

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return None


def make_people(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        front = rd.desk(session, "Front desk")
        rd.set_level(session, ann, "eduroam-android", 1)
        for outcome in ("resolved", "referred-colleague", "resolved"):
            rd.logged(session, day=date(2026, 3, 3), hour=17, staff_id=ann, desk_id=front, category="it-wifi",
                      outcome=outcome, read=1, skills=("eduroam-android",))
    return {"lee": Actor.staff_member(lee, "leader"), "ann": Actor.staff_member(ann, "staff")}


def make_page(qtbot, db, actor) -> tuple[SkillsPage, ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    context = UiContext(db=db, desk_name="Front desk", bus=ChangeBus(), dialogs=dialogs,  # type: ignore[arg-type]
                        current_actor=lambda: actor)
    page = SkillsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, dialogs




def open_editor(table) -> QSpinBox:
    """The 0-4 spin box F2 opened (the offscreen platform has no window focus to ask)."""
    editor = QApplication.focusWidget()
    if not isinstance(editor, QSpinBox):
        editor = table.viewport().findChild(QSpinBox)
    assert isinstance(editor, QSpinBox)
    return editor
