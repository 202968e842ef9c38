"""A team leader's import and export of the guides as a folder of Markdown files (for version control).
The work runs on the thread pool with a busy bar; the outcome is told in counts, problems in plain words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from deskapp.guides.files import ImportReport, export_folder, import_folder
from deskapp.platform.changes import Change
from deskapp.ui.background import Job
from deskapp.ui.context import UiContext


class GuideFolders(QWidget):
    finished = Signal()  # an import or export ended (either way)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Job | None = None
        # Start the folder dialog where the guides were last taken from or put, else in Documents (never
        # the program folder, where a library's files do not belong).
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.last_folder = documents if Path(documents).is_dir() else str(Path.home())
        self.import_button = QPushButton(self.tr("&Import folder…"))
        self.import_button.setToolTip(self.tr("Add or update guides from a folder of Markdown files"))
        self.import_button.clicked.connect(self.import_guides)
        self.export_button = QPushButton(self.tr("E&xport folder…"))
        self.export_button.setToolTip(self.tr("Write every published guide to a folder as Markdown files"))
        self.export_button.clicked.connect(self.export_guides)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a folder is read and checked whole before writing
        self.busy.setAccessibleName(self.tr("Working on the guide folder"))
        self.busy.hide()
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setAccessibleName(self.tr("Guide folder result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.report)

    def import_guides(self) -> None:
        folder = self.context.dialogs.choose_folder(self.tr("Import guides from a folder"), self.last_folder)
        if folder is None or self.task is not None:
            return
        actor, self.last_folder = self.context.actor(), folder
        # One transaction: a bad file leaves every guide as it was.
        self._start(lambda session: (import_folder(session, actor, Path(folder)), folder), True, self._imported,
                    self.tr("Importing from {folder}…").format(folder=folder),
                    self.tr("Nothing was imported: {problem}"))

    def export_guides(self) -> None:
        folder = self.context.dialogs.choose_folder(self.tr("Export guides to a folder"), self.last_folder)
        if folder is None or self.task is not None:
            return
        self.last_folder = folder
        self._start(lambda session: (export_folder(session, Path(folder)), folder), False, self._exported,
                    self.tr("Exporting to {folder}…").format(folder=folder), self.tr("The export stopped: {problem}"))

    def _start(self, work: Callable[[Any], Any], write: bool, on_done: Callable[[Any], None], message: str,
               problem: str) -> None:
        self._busy(True)
        self.report.setText(message)
        self.task = self.context.run_in_background(
            work, write=write, on_done=on_done, on_failure=lambda failure: self._end(problem.format(
                problem=failure.message)), origin=self)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _end(self, text: str) -> None:
        self.task = None
        self._busy(False)
        self.report.setText(text)
        self.finished.emit()

    def _imported(self, result: tuple[ImportReport, str]) -> None:
        report, folder = result
        if not (report.created or report.updated or report.unchanged):
            self._end(self.tr("There are no guide files (*.md) in {folder}.").format(folder=folder))
            return
        self._end(self.tr("Imported: {new} new, {updated} updated (each as a new version), {same} unchanged.")
                  .format(new=len(report.created), updated=len(report.updated), same=len(report.unchanged)))
        if report.created or report.updated:
            self.context.bus.announce(Change.GUIDES)

    def _exported(self, result: tuple[int, str]) -> None:
        count, folder = result
        self._end(self.tr("Exported {n} published guides to {folder}.").format(n=count, folder=folder))
