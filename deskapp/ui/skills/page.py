"""Skills & reports: leaders get the reports, skills administration, the matrix and training records;
everyone gets their own record."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.context import UiContext


class SkillsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Skills and reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.reports = self.matrix = self.training = self.admin = self.requests = None
        self._build()
        context.bus.actor_changed.connect(lambda _actor: self._build())

    def _build(self) -> None:
        # Imported here so a staff member's page never builds the leaders' screens.
        from deskapp.ui.skills.my_record_tab import MyRecordTab

        self.tabs.clear()
        actor = self.context.current_actor()
        if actor is None:
            return
        if actor.is_leader:
            from deskapp.ui.skills.admin_tab import SkillsAdminTab
            from deskapp.ui.skills.matrix_tab import MatrixTab
            from deskapp.ui.skills.reports_tab import ReportsTab
            from deskapp.ui.skills.requests_tab import LearningRequestsTab
            from deskapp.ui.skills.training_tab import TrainingTab

            self.reports = ReportsTab(self.context)
            self.matrix = MatrixTab(self.context)
            self.training = TrainingTab(self.context)
            self.admin = SkillsAdminTab(self.context)
            self.tabs.addTab(self.reports, self.tr("&Reports"))
            self.tabs.addTab(self.matrix, self.tr("&Matrix"))
            self.tabs.addTab(self.training, self.tr("Trai&ning"))
            self.tabs.addTab(self.admin, self.tr("S&kills list"))
            self.requests = LearningRequestsTab(self.context)
            self.tabs.addTab(self.requests, self.tr("Learning req&uests"))
        if actor.staff_id is not None:
            self.tabs.addTab(MyRecordTab(self.context), self.tr("M&y record"))


def create_page(context: UiContext) -> QWidget:
    return SkillsPage(context)
