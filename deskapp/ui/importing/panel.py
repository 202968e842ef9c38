"""Import desk history: pick a file and its format, check it (a dry run: preview + every problem), then
import it on the thread pool with a progress bar. Importing is for team leaders; the domain says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.importing import (
    FORMATS,
    TALLY_FORMATS,
    ImportSummary,
    TallySummary,
    import_file,
    import_tallies,
    load_mapping,
)
from deskapp.importing.errors import Problem, problem_list
from deskapp.importing.run import FALLBACK_DESK
from deskapp.platform.changes import Change
from deskapp.platform.localtime import local_zone
from deskapp.ui.context import UiContext
from deskapp.ui.file_dialogs import open_file_name
from deskapp.ui.importing.export_box import SaveChooser, choose_save_file, suggested_folder
from deskapp.ui.importing.preview_model import TALLY_COLUMNS, PreviewModel
from deskapp.ui.importing.worker import Task, start
from deskapp.ui.skills.formats import medium_date, plural

OTHER = "other"
FileChooser = Callable[[QWidget, str, str], str]


def choose_open_file(parent: QWidget, title: str, filter_text: str) -> str:
    # Start in Documents (or the last export's folder), not the program's working folder.
    return open_file_name(parent, title, str(suggested_folder()), filter_text)


class ImportPanel(QWidget):
    imported = Signal(object)  # the ImportSummary of a finished import

    def __init__(self, context: UiContext, choose_file: FileChooser = choose_open_file,
                 parent: QWidget | None = None, choose_save: SaveChooser = choose_save_file) -> None:
        super().__init__(parent)
        self.context = context
        self.choose_file = choose_file
        self.choose_save = choose_save
        self.listed: tuple[Problem, ...] = ()  # the problems shown, for "Save the problem list"
        self.task: Task | None = None
        self.checked = False
        self.stages = {"reading": self.tr("Reading the file…"), "checking": self.tr("Checking rows…"),
                       "writing": self.tr("Writing enquiries…")}

        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse_file)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format of the file"))
        self.format_box.addItem(self.tr("Gimlet (API CSV or web download)"), "gimlet")
        self.format_box.addItem(self.tr("Libstats Data Dump"), "libstats")
        self.format_box.addItem(self.tr("LibAnswers Reference Analytics export"), "libanswers")
        self.format_box.addItem(self.tr("deskapp export (CSV or XLSX)"), "deskapp")
        self.format_box.addItem(self.tr("Other CSV, with a mapping file"), OTHER)
        # Counts, not enquiries: each row becomes one tally, shown beside the logged enquiries.
        self.format_box.addItem(self.tr("Suma 'Export Raw Data' (counts, kept as tallies)"), "suma")
        self.format_box.addItem(self.tr("Tally sheet: month, desk, category, count (kept as tallies)"), "tallies")
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setAccessibleName(self.tr("Mapping file"))
        self.mapping_browse = QPushButton(self.tr("Bro&wse…"))
        self.mapping_browse.clicked.connect(self._browse_mapping)
        self.desk_edit = QLineEdit()
        self.desk_edit.setAccessibleName(self.tr("Desk for every row"))
        self.desk_edit.setPlaceholderText(self.tr("From the file's location column"))
        # Which copy of the source tool (a Suma server, a Libstats library): the source's own ids are known
        # within it, so two sources' count 101 or question 4 never meet.
        self.instance_edit = QLineEdit()
        self.instance_edit.setAccessibleName(self.tr("Which copy of the source tool the file comes from"))
        self.instance_edit.setPlaceholderText(self.tr("From the file where it says (Libstats, Gimlet); else none"))
        self.zone_edit = QLineEdit()
        self.zone_edit.setAccessibleName(self.tr("Time zone of the file's times"))
        self.zone_edit.setPlaceholderText(self.tr("This PC's time zone ({zone})").format(zone=str(local_zone())))
        self.order_box = QComboBox()
        self.order_box.setAccessibleName(self.tr("Order of day and month in the file's dates"))
        self.order_box.addItem(self.tr("As the file shows (refused if it cannot tell)"), None)
        self.order_box.addItem(self.tr("Day first: 01/03/2021 is 1 March"), "dmy")
        self.order_box.addItem(self.tr("Month first: 01/03/2021 is 3 January"), "mdy")
        self.notes_box = QCheckBox(self.tr("Import question and answer text into &notes (it may identify patrons)"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&File:"), self.file_edit), self._row(self.file_edit, browse))
        form.addRow(self._label(self.tr("F&ormat:"), self.format_box), self.format_box)
        form.addRow(self._label(self.tr("&Mapping file:"), self.mapping_edit),
                    self._row(self.mapping_edit, self.mapping_browse))
        form.addRow(self._label(self.tr("&Desk:"), self.desk_edit), self.desk_edit)
        form.addRow(self._label(self.tr("&Source copy:"), self.instance_edit), self.instance_edit)
        form.addRow(self._label(self.tr("Time &zone:"), self.zone_edit), self.zone_edit)
        form.addRow(self._label(self.tr("Da&y or month first:"), self.order_box), self.order_box)
        form.addRow("", self.notes_box)

        self.check_button = QPushButton(self.tr("&Check file"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        # A long list is easier to work through in a text editor beside the spreadsheet being fixed.
        self.save_problems_button = QPushButton(self.tr("Sa&ve the problem list…"))
        self.save_problems_button.clicked.connect(self.save_problems)
        self.save_problems_button.setEnabled(False)  # like Import: there until it has something to do
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("importHeadline")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Every problem on its own line, first and tall enough for ~5 without scrolling.
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems that stop the import"))
        self.problems.setTabKeyNavigation(False)
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(self.problems.fontMetrics().lineSpacing() * 6 + 12)
        self.problems.setVisible(False)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("First rows as they would be imported"))
        self.table.verticalHeader().setVisible(False)  # the file's line number is the first column
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Check and import report"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.report, 1)
        self.report.setMinimumHeight(self.report.fontMetrics().lineSpacing() * 6 + 12)
        for signal in (self.file_edit.textChanged, self.mapping_edit.textChanged, self.desk_edit.textChanged,
                       self.instance_edit.textChanged, self.zone_edit.textChanged, self.format_box.currentIndexChanged,
                       self.notes_box.toggled, self.order_box.currentIndexChanged):
            signal.connect(self._inputs_changed)
        self._inputs_changed()

    # -- layout helpers ---------------------------------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return holder

    # -- inputs -----------------------------------------------------------------------------------------
    def _browse_file(self) -> None:
        path = self.choose_file(self, self.tr("File to import"),
                                self.tr("Desk statistics (*.csv *.xlsx);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _browse_mapping(self) -> None:
        path = self.choose_file(self, self.tr("Mapping file"), self.tr("Mapping files (*.toml)"))
        if path:
            self.mapping_edit.setText(path)

    def _inputs_changed(self) -> None:
        # Any change needs a fresh check before importing: the preview must describe what gets written.
        other = self.format_box.currentData() == OTHER
        self.mapping_edit.setEnabled(other)
        self.mapping_browse.setEnabled(other)
        # A tally has a day or month and an hour, no time zone to convert, no US/European dates, no notes.
        enquiries = self.format_box.currentData() not in TALLY_FORMATS
        for control in (self.zone_edit, self.order_box, self.notes_box):
            control.setEnabled(enquiries)
        self.checked = False
        self._set_busy(self.task is not None)

    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy and bool(self.file_edit.text().strip()))
        self.import_button.setEnabled(not busy and self.checked)
        self.progress.setVisible(busy)

    # -- work ---------------------------------------------------------------------------------------------
    def _work(self, dry_run: bool):
        db, actor = self.context.db, self.context.actor()
        here = self.context.desk_name or FALLBACK_DESK  # for files that name no location
        path = self.file_edit.text().strip()
        kind = self.format_box.currentData()
        mapping_path = self.mapping_edit.text().strip()
        desk = self.desk_edit.text().strip() or None
        zone = self.zone_edit.text().strip() or None
        instance = self.instance_edit.text().strip() or None
        notes = True if self.notes_box.isChecked() else None
        order = self.order_box.currentData()

        def work(progress):
            if kind in TALLY_FORMATS:
                return import_tallies(db, actor, path, TALLY_FORMATS[kind], desk=desk, dry_run=dry_run,
                                      fallback_desk=here, source_instance=instance)
            mapping = load_mapping(mapping_path) if kind == OTHER else FORMATS[kind]
            return import_file(db, actor, path, mapping, desk=desk, timezone=zone, dry_run=dry_run,
                               include_notes=notes, fallback_desk=here, progress=progress, date_order=order,
                               source_instance=instance)
        return work

    def _start(self, dry_run: bool) -> None:
        self.task = Task(self._work(dry_run))
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._checked if dry_run else self._imported)
        self.task.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self._headline(self.tr("Checking the file…") if dry_run else self.tr("Importing…"), error=False)
        self._set_busy(True)
        start(self.task)

    def check(self) -> None:
        self.report.clear()
        self._show_problems([])
        self.model.set_rows([])
        self._start(dry_run=True)

    def run_import(self) -> None:
        self._start(dry_run=False)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.stages.get(stage, stage))

    def _finish(self) -> None:
        self.task = None
        self._set_busy(False)

    def _checked(self, summary: ImportSummary | TallySummary) -> None:
        tallies = isinstance(summary, TallySummary)
        self.model.set_rows(summary.preview, TALLY_COLUMNS if tallies else None)
        self.table.resizeColumnsToContents()  # a preview is at most 20 rows: cheap
        self.report.setPlainText("\n".join(summary.lines()))
        self.checked = summary.ok and (summary.new_rows > 0 or summary.updated > 0)
        self._show_problems(summary.problems)
        self._headline(self.tally_headline(summary) if isinstance(summary, TallySummary)
                       else self.check_headline(summary), error=not summary.ok)
        self._finish()

    def tally_headline(self, summary: TallySummary) -> str:
        """One sentence for a count file: the first problem, or how many tallies would come in."""
        count = len(summary.problems)
        if count:
            first = str(summary.problems[0]).rstrip(".")
            first = first[:1].upper() + first[1:]
            return plural(count, self.tr("{problem} — 1 problem, nothing will be imported."),
                          self.tr("{problem} — %1 problems, nothing will be imported.")).format(problem=first)
        if summary.new_rows == 0 and summary.updated == 0:
            if summary.already_imported:
                return plural(summary.already_imported,
                              self.tr("Nothing to import: the file's one tally was imported before."),
                              self.tr("Nothing to import: all %1 tallies were imported before."))
            return self.tr("Nothing to import: the file has no counts.")
        text = plural(summary.new_rows, self.tr("Ready to import 1 new tally"),
                      self.tr("Ready to import %1 new tallies"))
        if summary.updated:
            text += plural(summary.updated, self.tr(" and to update 1 changed in the source"),
                           self.tr(" and to update %1 changed in the source"))
        if summary.first_day and summary.last_day:
            text += self.tr(", counted {first} to {last}").format(first=medium_date(summary.first_day),
                                                                  last=medium_date(summary.last_day))
        return text + self.tr(". Press Alt+I to import.")

    def check_headline(self, summary: ImportSummary) -> str:
        """One sentence: the first problem and how many, or what exactly an import would add."""
        count = len(summary.problems)
        if count:
            first = str(summary.problems[0]).rstrip(".")  # the count follows after a dash
            first = first[:1].upper() + first[1:]
            return plural(count, self.tr("{problem} — 1 problem, nothing will be imported."),
                          self.tr("{problem} — %1 problems, nothing will be imported.")).format(problem=first)
        if summary.new_rows == 0 and summary.updated:
            return plural(summary.updated,
                          self.tr("Ready to update 1 enquiry edited in the source since it was imported. "
                                  "Press Alt+I to import."),
                          self.tr("Ready to update %1 enquiries edited in the source since they were imported. "
                                  "Press Alt+I to import."))
        if summary.new_rows == 0:
            if summary.already_imported:
                return plural(summary.already_imported,
                              self.tr("Nothing to import: the file's one row was imported before."),
                              self.tr("Nothing to import: all %1 rows were imported before."))
            return self.tr("Nothing to import: the file has no rows.")
        text = plural(summary.new_rows, self.tr("Ready to import 1 new enquiry"),
                      self.tr("Ready to import %1 new enquiries"))
        if summary.first_asked and summary.last_asked:
            zone = local_zone()
            text += self.tr(", asked {first} to {last}").format(
                first=medium_date(summary.first_asked.astimezone(zone).date()),
                last=medium_date(summary.last_asked.astimezone(zone).date()))
        if summary.updated:
            text += plural(summary.updated, self.tr(" and to update 1 edited in the source"),
                           self.tr(" and to update %1 edited in the source"))
        if summary.already_imported:
            text += plural(summary.already_imported, self.tr(" (1 imported before is skipped)"),
                           self.tr(" (%1 imported before are skipped)"))
        # Say which way the dates were read: a swapped day and month is the one mistake the preview hides.
        if summary.date_order == "dmy":
            text += self.tr("; dates read day first (01/03 is 1 March)")
        elif summary.date_order == "mdy":
            text += self.tr("; dates read month first (01/03 is 3 January)")
        return text + self.tr(". Press Alt+I to import.")

    def _headline(self, text: str, *, error: bool) -> None:
        self.status.setProperty("role", "error" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def _show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.listed = tuple(problems)
        self.problems.clear()
        self.problems.addItems([str(problem) for problem in problems])
        self.problems.setVisible(bool(problems))
        self.save_problems_button.setEnabled(bool(problems))

    def save_problems(self) -> None:
        source = Path(self.file_edit.text().strip()).name
        suggested = suggested_folder() / f"{Path(source).stem or 'import'}-problems.txt"
        path = self.choose_save(self, self.tr("Save the problem list to"), str(suggested))
        if not path:
            return
        try:
            Path(path).write_text(problem_list(source, self.listed), encoding="utf-8")
        except OSError as error:
            self._headline(self.tr("Could not save the problem list to {path}: {reason}. The list above is "
                                   "unchanged.").format(path=path, reason=error.strerror or str(error)), error=True)
            return
        self._headline(plural(len(self.listed), self.tr("The problem is saved in {path}."),
                              self.tr("All %1 problems are saved in {path}.")).format(path=path), error=False)

    def _imported(self, summary: ImportSummary | TallySummary) -> None:
        self.report.setPlainText("\n".join(summary.lines()))
        if isinstance(summary, TallySummary):
            self._headline(plural(summary.imported + summary.updated, self.tr("Imported 1 tally."),
                                  self.tr("Imported %1 tallies.")), error=False)
        else:
            self._headline(plural(summary.imported, self.tr("Imported 1 enquiry."),
                                  self.tr("Imported %1 enquiries.")), error=False)
        self.checked = False
        self._finish()
        self.context.bus.announce(Change.ENQUIRIES)
        if isinstance(summary, ImportSummary) and summary.new_staff:
            self.context.bus.announce(Change.STAFF)
        self.imported.emit(summary)

    def _failed(self, message: str) -> None:
        self.report.setPlainText(message)
        first = message.strip().splitlines()[0] if message.strip() else ""
        self._headline(first or self.tr("Nothing was imported."), error=True)
        self.checked = False
        self._finish()
