"""Skills & reports ▸ Metrics (team leaders): what matters on one page (deskapp/reports/metrics.py): per desk
and for all desks the READ 1–2 referral rate, how patrons rated the service (with the number of ratings),
peer learning, learning requests and training against the same days of the month before; the skills passed
on again and again; ratings by category, skill and READ level. Below, where patrons are asked at all: a
team leader turns "How did we do?" on or off per desk.

Keys: Alt+P the period; Alt+D the desk list, where Space turns the question on or off for the desk."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.patron_rating import desks_asking, set_rating_enabled
from deskapp.platform.changes import Change
from deskapp.platform.desks import list_desks
from deskapp.reports.common import ReportResult, make_filter
from deskapp.reports.metrics import run as run_metrics
from deskapp.ui.context import UiContext
from deskapp.ui.guides.models import SimpleTableModel
from deskapp.ui.skills.formats import number, percent
from deskapp.ui.skills.words import coded_value
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "MetricsTab"
DESK_HEADERS = [QT_TRANSLATE_NOOP("MetricsTab", "Desk"), QT_TRANSLATE_NOOP("MetricsTab", "Enquiries"),
                QT_TRANSLATE_NOOP("MetricsTab", "READ 1–2 passed on"), QT_TRANSLATE_NOOP("MetricsTab", "Patrons: good"),
                QT_TRANSLATE_NOOP("MetricsTab", "Peer learning (before)"),
                QT_TRANSLATE_NOOP("MetricsTab", "Learning requests (before)"),
                QT_TRANSLATE_NOOP("MetricsTab", "Training (before)")]
REPEAT_HEADERS = [QT_TRANSLATE_NOOP("MetricsTab", "Skill"), QT_TRANSLATE_NOOP("MetricsTab", "Passed on"),
                  QT_TRANSLATE_NOOP("MetricsTab", "Enquiries"), QT_TRANSLATE_NOOP("MetricsTab", "Referral rate")]
RATING_HEADERS = [QT_TRANSLATE_NOOP("MetricsTab", "By"), QT_TRANSLATE_NOOP("MetricsTab", "Which"),
                  QT_TRANSLATE_NOOP("MetricsTab", "Ratings"), QT_TRANSLATE_NOOP("MetricsTab", "Good"),
                  QT_TRANSLATE_NOOP("MetricsTab", "OK"), QT_TRANSLATE_NOOP("MetricsTab", "Not good")]
DESK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _headers(headers: list[str]) -> list[str]:
    return [QCoreApplication.translate(CONTEXT, h) for h in headers]


def _share(value: float | None) -> str:
    return "–" if value is None else percent(value)


def _table(model: SimpleTableModel, name: str, stretch: int = 0) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def this_month(today: date) -> tuple[date, date]:
    return today.replace(day=1), today


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class MetricsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.result: ReportResult | None = None
        self.period = QComboBox()
        self.period.addItem(self.tr("This month so far, against the same days of last month"), "this")
        self.period.addItem(self.tr("Last month, against the month before"), "last")
        self.period.setAccessibleName(self.tr("Period"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.desks = SimpleTableModel(_headers(DESK_HEADERS), self)
        self.repeats = SimpleTableModel(_headers(REPEAT_HEADERS), self)
        self.ratings = SimpleTableModel(_headers(RATING_HEADERS), self)
        self.desk_table = _table(self.desks, self.tr("Metrics per desk"))
        self.repeat_table = _table(self.repeats, self.tr("Skills passed on more than once"))
        self.rating_table = _table(self.ratings, self.tr("Patron ratings by category, skill and READ level"),
                                   stretch=1)
        self.asking = QListWidget()
        self.asking.setAccessibleName(self.tr("Desks that ask patrons how it went"))
        self.asking.setMaximumHeight(70)
        asking_label = QLabel(self.tr("Ask patrons “How did we do?” after each save at these &desks "
                                      "(Space turns a desk on or off):"))
        asking_label.setWordWrap(True)
        asking_label.setBuddy(self.asking)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.desk_table, 2)
        lower = QHBoxLayout()
        lower.addWidget(self.repeat_table, 1)
        lower.addWidget(self.rating_table, 1)
        layout.addLayout(lower, 2)
        layout.addWidget(asking_label)
        layout.addWidget(self.asking)
        layout.addWidget(self.feedback)
        self._filling = False
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.asking.itemChanged.connect(self._desk_toggled)
        context.bus.subscribe(self, {Change.ENQUIRIES, Change.TRAINING}, lambda _changes: self.reload())
        context.bus.subscribe(self, {Change.SETTINGS, Change.DESKS}, lambda _changes: self.reload_desks())
        self.reload()
        self.reload_desks()

    # --- the figures ------------------------------------------------------------------------------------------
    def chosen_period(self) -> tuple[date, date]:
        return this_month(self.today) if self.period.currentData() == "this" else last_month(self.today)

    def reload(self) -> None:
        start, end = self.chosen_period()
        actor = self.context.actor()
        result = self.context.query(lambda session: run_metrics(session, actor, make_filter(session, start, end)))
        if result is None:
            return
        self.result = result
        self.summary.setText(result.summary)
        rows = list(result.rows)
        self.desks.set_rows([(i, self._desk_cells(r)) for i, r in enumerate(rows) if r["row"] in ("desk", "all")])
        self.repeats.set_rows([(i, [r["label"], number(r["repeat_referrals"]), number(r["enquiries"]),
                                    percent(r["referral_rate"])])
                               for i, r in enumerate(rows) if r["row"] == "repeat-referral"])
        self.ratings.set_rows([(i, [coded_value("row", r["row"]), coded_value("label", r["label"]),
                                    number(r["ratings"]), _share(r["satisfaction"]), _share(r["neutral_share"]),
                                    _share(r["poor_share"])])
                               for i, r in enumerate(rows) if r["row"].startswith("satisfaction-")])

    def _desk_cells(self, r: dict[str, Any]) -> list[str]:
        def now_and_before(key: str) -> str:
            return self.tr("%1 (%2)").replace("%1", number(r[key])).replace("%2", number(r[f"{key}_before"]))

        passed = (self.tr("%1 of %2").replace("%1", _share(r["read12_referral_rate"]))
                  .replace("%2", number(r["read12_enquiries"])))
        rated = self.tr("%1 of %2").replace("%1", _share(r["satisfaction"])).replace("%2", number(r["ratings"]))
        return [coded_value("desk", r["desk"]), number(r["enquiries"]), passed, rated,
                now_and_before("peer_learning"), now_and_before("learning_requests"), now_and_before("training")]

    # --- which desks ask ----------------------------------------------------------------------------------------
    def reload_desks(self) -> None:
        found = self.context.query(lambda session: (list_desks(session), desks_asking(session)))
        if found is None:
            return
        desks, asking = found
        self._filling = True
        current = self.asking.currentRow()
        self.asking.clear()
        for desk in desks:
            item = QListWidgetItem(desk.name)
            item.setData(DESK_ID_ROLE, desk.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if desk.id in asking else Qt.CheckState.Unchecked)
            self.asking.addItem(item)
        self.asking.setCurrentRow(max(0, min(current, self.asking.count() - 1)))
        self._filling = False

    def _desk_toggled(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        desk_id, name = int(item.data(DESK_ID_ROLE)), item.text()
        on = item.checkState() == Qt.CheckState.Checked
        saved = self.context.run(lambda session: set_rating_enabled(session, self.context.actor(), desk_id, on),
                                 origin=self, show=lambda failure: self.feedback.setText(failure.message))
        if not saved.ok:
            self.reload_desks()  # shows the desk as it really is: nothing was changed
            return
        self.feedback.setText(self.tr("%1 now asks its patrons after each save.").replace("%1", name) if on
                              else self.tr("%1 no longer asks its patrons.").replace("%1", name))
