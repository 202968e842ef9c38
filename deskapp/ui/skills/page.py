"""Skills & reports: leaders get the reports, skills administration, the matrix and training records;
everyone gets their own record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.context import UiContext

if TYPE_CHECKING:  # the leaders' tabs are imported only when a leader opens the page
    from deskapp.ui.skills.admin_tab import SkillsAdminTab
    from deskapp.ui.skills.confirm_tab import ConfirmTab
    from deskapp.ui.skills.matrix_tab import MatrixTab
    from deskapp.ui.skills.metrics_tab import MetricsTab
    from deskapp.ui.skills.plans_tab import PlansTab
    from deskapp.ui.skills.reports_tab import ReportsTab
    from deskapp.ui.skills.requests_tab import LearningRequestsTab
    from deskapp.ui.skills.training_tab import TrainingTab


class SkillsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Skills and reports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.reports: ReportsTab | None = None
        self.matrix: MatrixTab | None = None
        self.confirm: ConfirmTab | None = None
        self.plans: PlansTab | None = None
        self.training: TrainingTab | None = None
        self.admin: SkillsAdminTab | None = None
        self.requests: LearningRequestsTab | None = None
        self.metrics: MetricsTab | None = None
        self._build()
        context.bus.actor_changed.connect(lambda _actor: self._build())

    def _build(self) -> None:
        # Imported here so a staff member's page never builds the leaders' screens.
        from deskapp.ui.skills.my_record_tab import MyRecordTab

        # The previous person's tabs go for good, so none of them keeps refreshing from the change bus.
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for widget in old:
            if widget is not None:
                widget.deleteLater()
        self.reports = self.matrix = self.confirm = self.plans = self.training = self.admin = self.requests = None
        self.metrics = None
        actor = self.context.current_actor()
        if actor is None:
            return
        if actor.is_leader:
            from deskapp.ui.skills.admin_tab import SkillsAdminTab
            from deskapp.ui.skills.confirm_tab import ConfirmTab
            from deskapp.ui.skills.matrix_tab import MatrixTab
            from deskapp.ui.skills.metrics_tab import MetricsTab
            from deskapp.ui.skills.plans_tab import PlansTab
            from deskapp.ui.skills.reports_tab import ReportsTab
            from deskapp.ui.skills.requests_tab import LearningRequestsTab
            from deskapp.ui.skills.training_tab import TrainingTab

            self.reports = ReportsTab(self.context)
            self.matrix = MatrixTab(self.context)
            self.confirm = ConfirmTab(self.context)
            self.plans = PlansTab(self.context)
            self.training = TrainingTab(self.context)
            self.admin = SkillsAdminTab(self.context)
            self.tabs.addTab(self.reports, self.tr("&Reports"))
            self.tabs.addTab(self.matrix, self.tr("&Matrix"))
            self.tabs.addTab(self.confirm, "")
            self.confirm.count_changed.connect(self._show_waiting)
            self._show_waiting(self.confirm.model.rowCount())
            self.tabs.addTab(self.plans, self.tr("Deve&lopment plans"))
            self.tabs.addTab(self.training, "")
            self.training.due_changed.connect(self._show_due)
            self._show_due(self.training.due_count)
            self.tabs.addTab(self.admin, self.tr("S&kills list"))
            self.requests = LearningRequestsTab(self.context)
            self.tabs.addTab(self.requests, self.tr("Learning req&uests"))
            self.metrics = MetricsTab(self.context)
            self.tabs.addTab(self.metrics, self.tr("Me&trics"))
        if actor.staff_id is not None:
            self.tabs.addTab(MyRecordTab(self.context), self.tr("M&y record"))

    def _show_waiting(self, count: int) -> None:
        """The queue's tab says how many ratings wait, so a leader sees it without opening it."""
        if self.confirm is None:
            return
        index = self.tabs.indexOf(self.confirm)
        text = self.tr("Confirm le&vels (%1)").replace("%1", str(count)) if count else self.tr("Confirm le&vels")
        self.tabs.setTabText(index, text)

    def _show_due(self, count: int) -> None:
        if self.training is None:
            return
        text = self.tr("Trai&ning (%1 to renew)").replace("%1", str(count)) if count else self.tr("Trai&ning")
        self.tabs.setTabText(self.tabs.indexOf(self.training), text)


def create_page(context: UiContext) -> QWidget:
    return SkillsPage(context)
