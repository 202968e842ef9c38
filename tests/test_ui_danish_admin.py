"""Skills & reports, Staff & settings and Import and export in Danish: every tab, report and dialog is walked
with the Danish catalogues installed, and any English interface word on screen fails the test.

English words are the words of the three areas' English sources that no Danish translation uses; the names
and labels that come from the database (people, desks, skills, categories, channels, patron types, outcomes:
reference data, in English in the test database) are allowed, and so are the domain's sentences (report
reasons and summaries, import summaries), which are the domain catalogue's to translate."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from deskapp.db.models.reference import Category, Channel, Outcome, PatronType
from deskapp.db.models.skills import Skill, SkillGroup
from deskapp.db.models.staff import Desk, Staff
from deskapp.people import level_descriptions, proficiency, skills, training
from deskapp.people.staff import ROLE_LABELS
from deskapp.platform.actor import Actor
from deskapp.reports import REPORTS, columns
from deskapp.ui import i18n
from deskapp.ui.admin import roles
from deskapp.ui.admin.audit_view import AuditView
from deskapp.ui.admin.page import AdminPage
from deskapp.ui.admin.staff_tab import StaffTab
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.importing.tab import ImportExportTab
from deskapp.ui.skills import words
from deskapp.ui.skills.chart import ReportChart
from deskapp.ui.skills.reports_tab import ReportsTab
from tests.skills_ui_helpers import ScriptedDialogs, make_people

TRANSLATIONS = Path(__file__).parent.parent / "deskapp" / "ui" / "translations"
AREAS = ("skills", "admin", "importing")
WORD = re.compile(r"[^\W\d_]{2,}")
# Names of products, file types and keys: the same in both languages.
SAME = {"ctrl", "enter", "del", "alt", "csv", "xlsx", "pdf", "pin", "read", "gimlet", "libstats", "libanswers",
        "deskapp", "toml", "excel", "id", "pc"}
# Reasons, actions, evidence and the desk statistics' labels ("Week of ..."): the domain's sentences; keys are
# identifiers ("it-wifi").
DOMAIN_COLUMNS = columns.SENTENCES | {"label", "key"}


def _catalogue_words() -> tuple[set[str], set[str]]:
    english: set[str] = set()
    danish: set[str] = set()
    for area in AREAS:
        for message in ET.parse(TRANSLATIONS / f"{area}_da.ts").getroot().iter("message"):
            english |= {w.lower() for w in WORD.findall((message.findtext("source") or "").replace("&", ""))}
            for text in message.find("translation").itertext():  # type: ignore[union-attr]
                danish |= {w.lower() for w in WORD.findall(text.replace("&", ""))}
    return english, danish


def _data_words(db) -> set[str]:
    with db.read() as session:
        texts = [*session.scalars(select(Skill.label)), *session.scalars(select(SkillGroup.label)),
                 *session.scalars(select(Category.label)), *session.scalars(select(Staff.name)),
                 *session.scalars(select(Desk.name)), *session.scalars(select(Channel.label)),
                 *session.scalars(select(PatronType.label)), *session.scalars(select(Outcome.label))]
    return {w.lower() for text in texts for w in WORD.findall(text)}


class EnglishFinder:
    def __init__(self, db) -> None:
        english, danish = _catalogue_words()
        self.english = english - danish - SAME - _data_words(db)
        self.found: list[str] = []

    def check(self, where: str, text: object) -> None:
        if not isinstance(text, str) or not text:
            return
        plain = re.sub(r"<[^>]+>", "", text).replace("&", "")
        hits = sorted({w for w in WORD.findall(plain) if w.lower() in self.english})
        if hits:
            self.found.append(f"{where}: {text!r} ({', '.join(hits)})")

    def walk(self, root: QWidget, where: str, skip: tuple[QWidget, ...] = ()) -> None:
        """Every text a person can read or hear in `root` and its children (hidden tabs are walked by the
        caller, which opens them one by one); `skip`: widgets that show the domain's sentences."""
        for widget in [root, *root.findChildren(QWidget)]:
            if any(widget is s or s.isAncestorOf(widget) for s in skip) or _in_skipped_combo(widget, skip):
                continue
            name = f"{where} {type(widget).__name__}"
            self.check(name + " accessible name", widget.accessibleName())
            self.check(name + " tooltip", widget.toolTip())
            if isinstance(widget, QDialog):
                self.check(name + " title", widget.windowTitle())
            if isinstance(widget, QLabel | QAbstractButton):
                self.check(name, widget.text())
            elif isinstance(widget, QGroupBox):
                self.check(name, widget.title())
            elif isinstance(widget, QLineEdit):
                self.check(name + " placeholder", widget.placeholderText())
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.check(name + " item", widget.itemText(i))
            elif isinstance(widget, QTabWidget):
                for i in range(widget.count()):
                    self.check(name + " tab", widget.tabText(i))
            elif isinstance(widget, QSpinBox):
                self.check(name + " suffix", widget.suffix())
                self.check(name + " special", widget.specialValueText())
            elif isinstance(widget, QListWidget):
                for i in range(min(widget.count(), 30)):
                    self.check(name + " item", widget.item(i).text())
            elif isinstance(widget, ReportChart):
                self.check(name + " caption", widget.data.caption)
                self.check(name + " legend", widget.data.legend)
                self.check(name + " empty", widget.empty_text)
                for row in widget.data.rows:
                    self.check(name + " row", row)
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                self._table(widget, name)
            if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QSpinBox):
                self.check(name + " date", widget.text())

    def _table(self, view: QAbstractItemView, name: str, *, columns_only: bool = False) -> None:
        model = view.model()
        if isinstance(view, QListWidget | QHeaderView):
            return  # its items are walked above
        keys = getattr(model, "column_key", None)
        for column in range(model.columnCount(QModelIndex())):
            self.check(name + " header", model.headerData(column, _horizontal()))
            if columns_only or (keys is not None and keys(column) in DOMAIN_COLUMNS):
                continue
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                value = model.index(row, column).data()
                self.check(f"{name} cell {row},{column}", value if isinstance(value, str) else None)


def _in_skipped_combo(widget: QWidget, skip: tuple[QWidget, ...]) -> bool:
    """A combo's drop-down list is a window of its own, not a descendant the combo is an ancestor of."""
    return isinstance(widget, QAbstractItemView) and any(
        isinstance(s, QComboBox) and widget.model() is s.model() for s in skip)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.fixture
def danish(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    installed = i18n.install_language(qapp, "da", out_dir=tmp_path / "qm")
    assert set(AREAS) <= set(installed.areas) and installed.missing == []
    yield qapp
    i18n.install_language(qapp, "en", out_dir=tmp_path / "qm")


def _context(db, actor: Actor, tmp_path: Path, dialogs: ScriptedDialogs | None = None) -> UiContext:
    return UiContext(db=db, desk_name="Front desk", bus=ChangeBus(), dialogs=dialogs or ScriptedDialogs(),
                     current_actor=lambda: actor, user_config=tmp_path / "user.toml")


def _open_tabs(qtbot, finder: EnglishFinder, tabs: QTabWidget, where: str) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        finder.walk(tabs.currentWidget(), f"{where} ▸ {tabs.tabText(index)}")
    finder.walk(tabs, where)


def _history(db, people: dict[str, Actor]) -> None:
    """A training record that expires, a plan item and a self-rating waiting: every tab has rows."""
    lee, ann = people["lee"], people["ann"]
    with db.write() as session:
        skill_id = skills.list_skills(session)[0].id
        training.add_training(session, lee, staff_id=ann.staff_id, skill_id=skill_id, kind="course",
                              trained_on=date(2026, 1, 5), title="Wi-Fi", expires_on=date(2026, 2, 1),
                              mentor_id=lee.staff_id)
        proficiency.self_assess(session, ann, skill_id, 2)
        level_descriptions.all_descriptions(session)


def test_the_skills_and_reports_page_speaks_danish_on_every_tab_and_report(qtbot, db, danish, tmp_path):
    from deskapp.ui.skills.page import SkillsPage

    people = make_people(db)
    _history(db, people)
    finder = EnglishFinder(db)
    page = SkillsPage(_context(db, people["lee"], tmp_path))
    qtbot.addWidget(page)
    page.show()
    _open_tabs(qtbot, finder, page.tabs, "Kompetencer og rapporter")
    reports = page.reports
    assert isinstance(reports, ReportsTab)
    page.tabs.setCurrentWidget(reports)
    for name in REPORTS:
        reports.choose(name, date(2026, 3, 1), date(2026, 3, 31))
        with qtbot.waitSignal(reports.report_shown, timeout=20_000):
            reports.run()
        finder.walk(reports, f"report {name}", skip=(reports.summary,))
    assert page.tabs.tabText(0) == "&Rapporter"
    assert not finder.found, "\n".join(finder.found)


def test_the_staff_member_sees_their_own_record_in_danish(qtbot, db, danish, tmp_path):
    from deskapp.ui.skills.page import SkillsPage

    people = make_people(db)
    _history(db, people)
    finder = EnglishFinder(db)
    page = SkillsPage(_context(db, people["ann"], tmp_path))
    qtbot.addWidget(page)
    page.show()
    _open_tabs(qtbot, finder, page.tabs, "Min oversigt")
    assert page.tabs.count() == 1 and page.tabs.tabText(0) == "Mi&n oversigt"
    assert not finder.found, "\n".join(finder.found)


def test_staff_and_settings_speak_danish_on_every_tab_and_dialog(qtbot, db, danish, tmp_path):
    people = make_people(db)
    finder = EnglishFinder(db)
    admin = Actor.staff_member(people["lee"].staff_id or 0, "admin")
    page = AdminPage(_context(db, admin, tmp_path))
    qtbot.addWidget(page)
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        if page.specs[index].module.startswith("deskapp.ui.desk"):
            finder.check("tab title", page.tabs.tabText(index))  # the quick buttons' screen is the desk's
            continue
        tab = page.tabs.currentWidget()
        # The audit trail's entity, action and changes are the records' own codes and JSON, not words.
        skip = (tab.entity, tab.action, tab.table) if isinstance(tab, AuditView) else ()
        finder.walk(tab, f"Medarbejdere og indstillinger ▸ {page.tabs.tabText(index)}", skip=skip)
        if isinstance(tab, AuditView):
            finder._table(tab.table, "audit headers only", columns_only=True)
    for index in range(page.tabs.count()):
        finder.check("tab bar", page.tabs.tabText(index))
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Medarbe&jdere", "Indstillin&ger", "Re&visionsspor", "H&urtigknapper", "Impor&t og eksport"]

    page.tabs.setCurrentIndex(0)
    staff = page._built[0]
    assert isinstance(staff, StaffTab)
    staff.show_inactive.setChecked(True)
    staff.table.selectRow(0)
    for dialog in (staff.open_add(), staff.open_edit(), staff.open_reset()):
        assert dialog is not None
        dialog.again_edit.setText("x")  # the two entries differ: the dialog says so, and saves nothing
        dialog._try_save()
        assert dialog.message.text().startswith("De to indtastninger")
        finder.walk(dialog, f"dialog {dialog.windowTitle()}")
        dialog.reject()
    assert not finder.found, "\n".join(finder.found)


def test_an_import_check_and_the_export_speak_danish(qtbot, db, danish, tmp_path):
    make_people(db)
    finder = EnglishFinder(db)
    tab = ImportExportTab(_context(db, Actor.staff_member(1, "leader"), tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.import_panel
    panel.file_edit.setText(str(Path(__file__).parent / "data" / "gimlet_api.csv"))
    panel.check()
    qtbot.waitUntil(lambda: panel.task is None and panel.report.toPlainText() != "", timeout=20_000)
    QThreadPool.globalInstance().waitForDone()  # the check's worker has finished before the language changes
    assert panel.status.text().startswith("Klar til at importere 5 nye henvendelser, stillet 24.03.2021 til ")
    finder.walk(tab, "Import og eksport")
    assert not finder.found, "\n".join(finder.found)


def test_every_domain_label_shown_on_these_screens_has_its_danish_entry() -> None:
    """A label added to the domain's tables must be added to the screen's tables too, or it shows English."""
    assert set(words.COLUMNS) >= set(columns.LABELS)
    assert set(words.LEVELS) == set(proficiency.LEVEL_LABELS)
    assert set(words.GENERAL) == set(level_descriptions.GENERAL)
    assert [words.GENERAL[k] for k in sorted(words.GENERAL)] == \
        [level_descriptions.GENERAL[k] for k in sorted(level_descriptions.GENERAL)]
    assert set(words.KINDS) == set(training.KIND_LABELS)
    assert set(words.REPORT_TITLES) == set(REPORTS)
    assert set(roles.ROLES) == set(ROLE_LABELS)
