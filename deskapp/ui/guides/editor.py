"""Write or change a guide: title, summary, tags and the Markdown body, checked before it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.guide_format import GuideFormatError, parse_steps
from deskapp.guides import GuideDraft

BODY_HELP = ("Steps are '## 1. Title' headings. A branching step ends with '? Question' and answer lines "
             "like '- Yes → 4'.")


class GuideEditor(QDialog):
    def __init__(self, title: str, draft: GuideDraft | None = None, *, with_key: bool = False,
                 with_comment: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 640)
        self.key = QLineEdit()
        self.title_edit = QLineEdit(draft.title if draft else "")
        self.summary = QLineEdit(draft.summary if draft else "")
        self.tags = QLineEdit(", ".join(draft.tags) if draft else "")
        self.body = QPlainTextEdit(draft.body if draft else "## 1. \n")
        self.comment = QLineEdit()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the guide"))
        form = QFormLayout()
        if with_key:
            form.addRow(self.tr("&Key (e.g. kiosk-restart):"), self.key)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("T&ags (comma separated):"), self.tags)
        form.addRow(self.tr("&Body:"), self.body)
        if with_comment:
            form.addRow(self.tr("&What changed and why:"), self.comment)
        help_label = QLabel(self.tr(BODY_HELP))
        help_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_label)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def draft(self) -> GuideDraft:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return GuideDraft(self.title_edit.text().strip(), self.summary.text().strip(), self.body.toPlainText(), tags)

    def accept(self) -> None:
        """Refuse to close on a guide that would not parse; say where the problem is."""
        if not self.title_edit.text().strip():
            self.problem.setText(self.tr("A guide needs a title."))
            return
        try:
            parse_steps(self.body.toPlainText())
        except GuideFormatError as error:
            self.problem.setText(str(error))
            return
        super().accept()
