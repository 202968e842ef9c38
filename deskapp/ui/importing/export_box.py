"""Export the enquiry log (every field, re-importable) to CSV or XLSX, on the thread pool."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.export import ExportResult, export_enquiries
from deskapp.ui.context import UiContext
from deskapp.ui.file_dialogs import save_file_name
from deskapp.ui.importing.worker import Task, start
from deskapp.ui.picked_date import picked_date
from deskapp.ui.skills.formats import date_edit_format, plural

SaveChooser = Callable[[QWidget, str, str], str]
_last_folder: Path | None = None  # where the last export went, for this run of the app


def suggested_folder() -> Path:
    """The last export's folder, else Documents: never the program's working folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def choose_save_file(parent: QWidget, title: str, suggested: str) -> str:
    return save_file_name(parent, title, suggested)


class ExportBox(QGroupBox):
    def __init__(self, context: UiContext, choose_file: SaveChooser = choose_save_file,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export the enquiry log"))
        self.context = context
        self.choose_file = choose_file
        self.task: Task | None = None
        self.all_dates = QCheckBox(self.tr("&All dates"))
        self.all_dates.setChecked(True)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_edit = QDateEdit(today)
        for edit, name in ((self.from_edit, self.tr("First day")), (self.to_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("CSV"), "csv")
        self.format_box.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.button = QPushButton(self.tr("Ex&port enquiries…"))
        self.button.clicked.connect(self.export)
        self.status = QLabel()
        # Two compact rows (the import above needs the room for its preview): in one, the Danish labels made
        # the tab wider than a 1366×768 screen at 125 %.
        dates, kind = QHBoxLayout(), QHBoxLayout()
        dates.addWidget(self.all_dates)
        for row, text, widget in ((dates, self.tr("Fi&rst day:"), self.from_edit),
                                  (dates, self.tr("Unti&l:"), self.to_edit),
                                  (kind, self.tr("Fil&e type:"), self.format_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        kind.addWidget(self.button)
        for row in (dates, kind):
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addLayout(kind)
        layout.addWidget(self.status)
        self.all_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(True)

    def _dates_toggled(self, everything: bool) -> None:
        self.from_edit.setEnabled(not everything)
        self.to_edit.setEnabled(not everything)

    def export(self) -> None:
        fmt = self.format_box.currentData()
        suggested = suggested_folder() / f"enquiries-{QDate.currentDate().toString('yyyy-MM-dd')}.{fmt}"
        path = self.choose_file(self, self.tr("Export enquiries to"), str(suggested))
        if not path:
            return
        global _last_folder
        _last_folder = Path(path).parent
        db, actor = self.context.db, self.context.actor()
        date_from = None if self.all_dates.isChecked() else picked_date(self.from_edit)
        date_to = None if self.all_dates.isChecked() else picked_date(self.to_edit)

        def work(progress):
            return export_enquiries(db, actor, path, fmt, date_from=date_from, date_to=date_to,
                                    progress=lambda count: progress("writing", count, 0))
        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        start(self.task)

    def _progress(self, _stage: str, done: int, _total: int) -> None:
        self.status.setText(plural(done, self.tr("Exported 1 enquiry so far…"),
                                    self.tr("Exported %1 enquiries so far…")))

    def _done(self, result: ExportResult) -> None:
        self.task = None
        self.button.setEnabled(True)
        self.status.setText(plural(result.rows, self.tr("Exported 1 enquiry to {path}."),
                                   self.tr("Exported %1 enquiries to {path}.")).format(path=str(result.path)))

    def _failed(self, message: str) -> None:
        self.task = None
        self.button.setEnabled(True)
        self.status.setText(message)
