"""Today at this desk: counts by domain, my own count, and the running list of today's enquiries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from deskapp.desk.enquiries import TodaySummary
from deskapp.desk.reference import ReferenceLists
from deskapp.ui.desk.labels import domain_label, number_text, recent_text
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class TodayModel(QAbstractTableModel):
    """At most a hundred rows (today_at_desk's limit), so it holds them all."""

    HEADERS = (QT_TRANSLATE_NOOP("TodayModel", "Time"), QT_TRANSLATE_NOOP("TodayModel", "Category"),
               QT_TRANSLATE_NOOP("TodayModel", "By"), QT_TRANSLATE_NOOP("TodayModel", "Outcome"))

    def __init__(self, ref: ReferenceLists, parent: Any = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.summary: TodaySummary | None = None

    def set_summary(self, summary: TodaySummary) -> None:
        self.beginResetModel()
        self.summary = summary
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.summary is None else len(self.summary.recent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("TodayModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.summary is None or role not in (Qt.ItemDataRole.DisplayRole,
                                                                         Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.summary.recent[index.row()]
        column = index.column()
        if column == 0:
            return recent_text(row.asked_at)
        if column == 1:
            return self.ref.label("categories", row.category_id)
        if column == 2:
            person = self.ref.person(row.staff_id)
            return person.initials if person and role == Qt.ItemDataRole.DisplayRole else \
                (person.name if person else "")
        if column == 3:
            return self.ref.label("outcomes", row.outcome_id)
        return None


class TodayPanel(QWidget):
    def __init__(self, ref: ReferenceLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.heading = QLabel(self.tr("Toda&y at this desk"))  # Alt+Y goes into the list (its buddy)
        self.heading.setProperty("role", "section")
        self.heading.setWordWrap(True)  # (the right column may be 200 px wide at 150 %)
        self.counts = QLabel()
        self.counts.setObjectName("todayCounts")
        self.counts.setWordWrap(True)
        self.model = TodayModel(ref, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's enquiries at this desk"))
        self.heading.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def show_summary(self, summary: TodaySummary) -> None:
        self.model.set_summary(summary)
        parts = [f"{domain_label(domain)} {number_text(count)}"
                 for domain, count in sorted(summary.by_domain.items(), key=lambda item: -item[1])]
        # The singular apart so English reads right with no catalogue; %Ln gives the other languages' forms.
        text = self.tr("1 enquiry") if summary.total == 1 else self.tr("%Ln enquiries", "", summary.total)
        if parts:
            text += "  ·  " + "  ·  ".join(parts)
        text += "  ·  " + self.tr("yours: %1").replace("%1", number_text(summary.mine))
        self.counts.setText(text)
