"""Correct one enquiry in the same form the desk uses. Staff: their own; team leaders: anyone's (the domain
refuses anything else, whatever the screen shows)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from deskapp.desk.enquiries import DeskDefaults, EnquiryRecord, edit_enquiry, get_enquiry
from deskapp.desk.privacy import count_text, find_personal_data, redact
from deskapp.desk.reference import ReferenceLists
from deskapp.ui.context import UiContext
from deskapp.ui.desk.form import EnquiryForm, FormError


class EditEnquiryDialog(QDialog):
    def __init__(self, context: UiContext, ref: ReferenceLists, record: EnquiryRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.saved: EnquiryRecord | None = None
        self.redacted = ""  # what the save replaced with [redacted], for the log's status line
        self.setWindowTitle(self.tr("Correct enquiry #%1").replace("%1", str(record.id)))
        self.form = EnquiryForm(ref, DeskDefaults(record.channel_id, record.patron_type_id, record.outcome_id))
        self.form.load_record(record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.save_requested.connect(self.save)
        for keys in (Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Return,
                     Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Enter):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.form.setFocus()

    def save(self) -> None:
        try:
            draft = self.form.draft()
        except FormError as error:
            self.form.show_error(str(error), error.field)
            return
        # Same rule as the desk: a detected identifier is redacted before it is stored, never silently kept.
        findings = find_personal_data(draft.notes)
        if findings:
            draft = replace(draft, notes=redact(draft.notes))
        enquiry_id = self.record.id

        def save(session):
            edit_enquiry(session, self.context.actor(), enquiry_id, draft)
            return get_enquiry(session, enquiry_id)

        # origin: the log page updates its own row from self.saved; other views refresh.
        saved = self.context.run(save, origin=self.parent(), show=lambda failure: self.form.show_error(failure.message))
        if saved.value is None:
            return
        self.saved = saved.value
        self.redacted = count_text(findings) if findings else ""
        self.accept()
