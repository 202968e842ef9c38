"""The reports tab: pick a report, a period and a desk; it runs off the GUI thread and shows a chart, the
plain-language summary line and the rows; export to CSV, XLSX or PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.reports import ReportResult, list_desks, report_titles, run_report
from deskapp.reports.exports import to_csv, write_xlsx
from deskapp.ui import background
from deskapp.ui.context import UiContext
from deskapp.ui.file_dialogs import save_file_name
from deskapp.ui.picked_date import picked_date
from deskapp.ui.skills import report_columns, words
from deskapp.ui.skills.chart import ReportChart
from deskapp.ui.skills.chart_data import chart_for
from deskapp.ui.skills.formats import date_edit_format
from deskapp.ui.skills.table_model import ReportTableModel


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)

class ReportsTab(QWidget):
    report_shown = Signal(object)  # the ReportResult now on screen
    report_failed = Signal(str)
    exported = Signal(str)  # the path written, or "" when writing failed

    def __init__(self, context: UiContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ReportResult | None = None
        self._job: background.Job | None = None
        today = today or date.today()

        self.report = QComboBox()
        for name, title in report_titles().items():
            self.report.addItem(words.report_title(name, title), name)
        self.start = QDateEdit(_qdate(today - timedelta(days=29)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.desk = QComboBox()
        self.desk.addItem(self.tr("All desks"), "")
        for name in list_desks(context.db):
            self.desk.addItem(name, name)
        # Combos sized to a few words rather than their longest entry, so the page fits a 1366-pixel screen
        # at 125 % (a Danish report title or desk name is shown in full when the list is open).
        for combo, chars in ((self.report, 10), (self.desk, 7)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.run)
        # Enter in any filter runs the report (an open drop-down or calendar has the keyboard, and takes Enter).
        for widget in (self.report, self.start, self.end, self.desk):
            widget.installEventFilter(self)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        for text, widget, name in ((self.tr("R&eport:"), self.report, self.tr("Report")),
                                   (self.tr("&From:"), self.start, self.tr("First day")),
                                   (self.tr("&To:"), self.end, self.tr("Last day")),
                                   (self.tr("&Desk:"), self.desk, self.tr("Desk"))):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.run_button)
        filters.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the report is one database round trip, not countable steps
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Report running"))
        self.progress.hide()
        filters.addWidget(self.progress)

        self.summary = QLabel(self.tr("Choose a report and a period, then press Enter or Run (Ctrl+R)."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart = ReportChart()
        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Report rows"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)  # tall wrapped rows
        self.table.horizontalHeader().setStretchLastSection(True)
        # Rows fetched a page at a time grow to fit their wrapped sentences too.
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_rows(first, last))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([260, 300])

        exports = QHBoxLayout()
        self.export_buttons = {}
        for fmt, text in (("csv", self.tr("Export &CSV…")), ("xlsx", self.tr("Export &XLSX…")),
                          ("pdf", self.tr("Export &PDF…"))):
            button = QPushButton(text)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        exports.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Export status"))
        exports.addWidget(self.status, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(exports)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.run()
            return True
        return super().eventFilter(watched, event)

    def choose(self, name: str, start: date, end: date, desk: str = "") -> None:
        self.report.setCurrentIndex(self.report.findData(name))
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self.desk.setCurrentIndex(max(0, self.desk.findData(desk)))

    def run(self) -> None:
        if self._job is not None:
            return
        actor = self.context.actor()
        name, desk = self.report.currentData(), self.desk.currentData()
        start, end = picked_date(self.start), picked_date(self.end)
        db = self.context.db
        self.progress.show()
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Working out the report…"))
        self._job = background.start(lambda: run_report(db, actor, name, start, end, [desk] if desk else []),
                                 self._show, self._failed)

    def _show(self, result: ReportResult) -> None:
        self._job = None
        self.result = result
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.summary.setText(result.summary)
        self.chart.set_data(chart_for(result))
        self.model.set_result(result)
        self._fit_columns()
        self.status.clear()
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.report_shown.emit(result)

    def _failed(self, message: str) -> None:
        self._job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.summary.setText(message)
        self.context.dialogs.error(self.tr("The report could not be made"), message)
        self.report_failed.emit(message)

    def _fit_columns(self) -> None:
        """Numbers fit their contents (capped); sentences get a fixed width and wrap, so nothing runs off
        to the right at 1366×768."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            key = self.model.column_key(column)
            if key in report_columns.TEXT:
                header.resizeSection(column, report_columns.TEXT_WIDTH[key])
            else:
                self.table.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column), report_columns.MAX_WIDTH))
        self._fit_rows(0, self.model.rowCount() - 1)

    def _fit_rows(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def export(self, fmt: str) -> None:
        if self.result is None:
            return
        suggested = f"{self.result.name}-{self.result.filter.start}-{self.result.filter.end}.{fmt}"
        path = save_file_name(self, self.tr("Export the report"), suggested, f"{fmt.upper()} (*.{fmt})")
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> Path | None:
        """Write the report on screen to `path` (the buttons ask for the path first) and say where it went;
        if the file can't be written, say so plainly and return None."""
        assert self.result is not None
        try:
            if fmt == "csv":
                path.write_text(to_csv(self.result), encoding="utf-8", newline="")
            elif fmt == "xlsx":
                write_xlsx(self.result, path)
            else:
                from deskapp.ui.report_pdf import write_pdf

                write_pdf(self.result, path)
        except OSError as error:
            reason = error.strerror or str(error)
            message = self.tr("Not saved: %1 could not be written (%2). Choose another folder and try again.") \
                .replace("%1", str(path)).replace("%2", reason)
            self.status.setText(message)
            self.context.dialogs.error(self.tr("The report was not saved"), message)
            self.exported.emit("")
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(str(path))
        return path
