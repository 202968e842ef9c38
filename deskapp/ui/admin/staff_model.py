"""The staff list as a table model, fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from deskapp.people.staff import StaffRow, count_staff, list_staff
from deskapp.ui.admin.roles import role_label
from deskapp.ui.context import UiContext
from deskapp.ui.theme import current_theme

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


class StaffTableModel(QAbstractTableModel):
    def __init__(self, context: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.include_inactive = False
        self._rows: list[StaffRow] = []
        self._total = 0
        self._headers = [self.tr("Name"), self.tr("Initials"), self.tr("Role"), self.tr("Signs in with"),
                         self.tr("Status")]

    def refresh(self) -> None:
        actor = self.context.actor()
        loaded = self.context.query(lambda session: (
            count_staff(session, actor, include_inactive=self.include_inactive),
            list_staff(session, actor, include_inactive=self.include_inactive, limit=PAGE_SIZE)))
        if loaded is None:
            return
        self.beginResetModel()
        self._total, self._rows = loaded
        self.endResetModel()

    def row(self, row: int) -> StaffRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, staff_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    # --- paging -------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.context.query(lambda session: list_staff(
            session, self.context.actor(), include_inactive=self.include_inactive, offset=len(self._rows),
            limit=PAGE_SIZE))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- table --------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(person, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor(current_theme().subtle)  # the Active column says it in words too
        return None

    def _text(self, person: StaffRow, column: int) -> str:
        if column == 0:
            return person.name
        if column == 1:
            return person.initials
        if column == 2:
            return role_label(person.role, person.role_label)
        if column == 3:
            return {"pin": self.tr("PIN"), "password": self.tr("Password")}.get(person.credential_kind or "",
                                                                                 self.tr("(not set)"))
        if not person.active:
            return self.tr("Deactivated")
        return self.tr("Locked out") if person.is_locked() else self.tr("Active")
