"""The enquiry form: category by type-ahead, then one key per coded field, optional skills, notes and time.

Focus order: category → READ → duration → outcome → (referred to) → channel → patron type → (which one: the
category's candidate skills, a digit each adds or removes one) → skills → notes → asked at. In a row of choices
a digit picks and moves on, so "edu Tab 3 2 1 Ctrl+Enter" is a full enquiry.
Enter saves from anywhere (after taking the highlighted category); Ctrl+R redacts a note.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from deskapp.desk.enquiries import MAX_NOTES, DeskDefaults, EnquiryDraft, EnquiryRecord
from deskapp.desk.privacy import describe, find_personal_data, redact
from deskapp.desk.reference import ReferenceLists
from deskapp.desk.when import WhenError, parse_when
from deskapp.ui.desk.candidates import CandidateRow
from deskapp.ui.desk.labels import domain_label, number_text, recent_text
from deskapp.ui.desk.skills import SkillsEditor
from deskapp.ui.desk.widgets import ENTER_KEYS, Choice, ChoiceRow, PassUndoLineEdit, TypeAheadField
from deskapp.ui.keyboard import prefer_focus

NOTES_LIMIT = MAX_NOTES  # what the domain accepts; the field stops there
NOTES_WARN_BEFORE = 200  # the count shows from 1,800 characters on


class FormError(ValueError):
    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


class EnquiryForm(QWidget):
    save_requested = Signal()
    changed = Signal()
    category_chosen = Signal(object)  # int | None
    category_typed = Signal(str)

    def __init__(self, ref: ReferenceLists, defaults: DeskDefaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enquiryForm")
        self.ref = ref
        self.defaults = defaults
        self.category = TypeAheadField(self._search_categories)
        self.category.edit.setPlaceholderText(self.tr("Type to find a category, e.g. “edu” for Wi-Fi / eduroam"))
        self.read = ChoiceRow([Choice(r.id, r.label, tooltip=r.description) for r in ref.read_levels], columns=3)
        self.duration = ChoiceRow([Choice(d.id, d.label) for d in ref.duration_bands], columns=4)
        self.outcome = ChoiceRow([Choice(o.id, o.label, tooltip=o.description) for o in ref.outcomes],
                                 columns=2, optional=False)
        self.referral = ChoiceRow([Choice(t.id, t.label) for t in ref.referral_targets], columns=3)
        self.channel = ChoiceRow([Choice(c.id, c.label) for c in ref.channels], columns=5, optional=False)
        self.patron = ChoiceRow([Choice(p.id, p.label) for p in ref.patron_types], columns=3)
        self.skills = SkillsEditor(ref)
        self.candidates = CandidateRow()
        self.notes = PassUndoLineEdit()
        self.notes.setPlaceholderText(self.tr("Optional. Never the patron's name, email, phone or card number"))
        self.notes.setMaxLength(NOTES_LIMIT)
        self.notes_count = QLabel()  # shown near the limit, so a long note is never cut without a word
        self.notes_count.setObjectName("notesCount")
        self.notes_count.setProperty("role", "hint")
        self.notes_count.hide()
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyWarning")
        self.privacy.setProperty("role", "warning")
        self.privacy.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("Redact (Ctrl+R)"))
        self.redact_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.asked = PassUndoLineEdit()
        self.asked.setPlaceholderText(self.tr("now, or “15 min ago”, “10:30”, “yesterday 16:00”"))
        self.asked_feedback = QLabel()
        self.asked_feedback.setProperty("role", "hint")
        # A long "not understood" sentence wraps beside the field; it never widens the form.
        self.asked_feedback.setWordWrap(True)
        self.asked_feedback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.asked.setMinimumWidth(180)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._loaded_asked: tuple[str, datetime] | None = None
        self._build_layout()
        self._connect()
        self.reset()

    # --- layout -----------------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        layout = QFormLayout(self)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setVerticalSpacing(5)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = layout
        rows: list[tuple[str, QWidget, QWidget, str]] = [
            (self.tr("Ca&tegory"), self.category, self.category.edit, self.tr("Category")),
            (self.tr("&READ level"), self.read, self.read, self.tr("READ effort level, keys 1 to 6")),
            (self.tr("&Duration"), self.duration, self.duration, self.tr("Duration, keys 1 to 4")),
            (self.tr("&Outcome"), self.outcome, self.outcome, self.tr("Outcome, keys 1 to 5")),
            (self.tr("Re&ferred to"), self.referral, self.referral, self.tr("Referred to which service")),
            (self.tr("C&hannel"), self.channel, self.channel, self.tr("Channel, keys 1 to 5")),
            (self.tr("&Patron type"), self.patron, self.patron, self.tr("Patron type, keys 1 to 5")),
            (self.tr("&Which one"), self.candidates, self.candidates,
             self.tr("Which of the category's skills applied: a digit adds or removes one")),
            (self.tr("&Skills used"), self.skills, self.skills.add.edit, self.tr("Add a skill")),
        ]
        for text, widget, buddy, name in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            buddy.setAccessibleName(name)
            layout.addRow(label, widget)
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_row = QWidget()
        notes_layout = QHBoxLayout(notes_row)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self.notes_count)
        layout.addRow(notes_label, notes_row)
        warning = QWidget()
        warning_row = QHBoxLayout(warning)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.privacy, 1)
        warning_row.addWidget(self.redact_button)
        self.warning_row = warning
        layout.addRow("", warning)
        asked_label = QLabel(self.tr("&Asked at"))
        asked_label.setBuddy(self.asked)
        self.asked.setAccessibleName(self.tr("Asked at"))
        asked_row = QWidget()
        row = QHBoxLayout(asked_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.asked, 2)
        row.addWidget(self.asked_feedback, 3)
        layout.addRow(asked_label, asked_row)
        layout.addRow("", self.message)
        order = [self.category.edit, self.read, self.duration, self.outcome, self.referral, self.channel,
                 self.patron, self.candidates, self.skills.add.edit, self.notes, self.asked]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        prefer_focus(self, self.category)

    def _connect(self) -> None:
        self.category.chosen_changed.connect(self._on_category)
        self.category.text_changed.connect(self.category_typed)
        self.category.submitted.connect(self.save_requested)
        self.skills.submitted.connect(self.save_requested)
        self.outcome.picked.connect(lambda _id: self._show_referral())
        for row in (self.read, self.duration, self.outcome, self.referral, self.channel, self.patron):
            row.picked.connect(lambda _id: self.changed.emit())
        self.skills.changed.connect(self.changed)
        self.skills.changed.connect(lambda: self.candidates.show_picked(set(self.skills.skill_ids)))
        self.candidates.toggled.connect(self.skills.toggle)
        self.notes.textChanged.connect(self._on_notes)
        self.asked.textChanged.connect(self._on_asked)
        self.redact_button.clicked.connect(self.redact_notes)
        redact_key = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_R), self)
        redact_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redact_key.activated.connect(self.redact_notes)

    def _search_categories(self, text: str) -> list[Choice]:
        return [Choice(c.id, c.label, domain_label(c.domain), c.description)
                for c in self.ref.search_categories(text)]

    # --- reactions ------------------------------------------------------------------------------------------
    def _on_category(self, category_id: int | None) -> None:
        category = self.ref.category(category_id)
        candidates: tuple[int, ...] = ()
        if category is not None:
            candidates = category.candidate_skill_ids
            self.skills.set_category_defaults(category.skill_ids, candidates)
        self._show_candidates(candidates)
        self.category_chosen.emit(category_id)
        self.message.hide()
        self.changed.emit()

    def set_reference(self, ref: ReferenceLists) -> None:
        """The coded lists changed (a leader edited a category's skills elsewhere): the choices shown follow."""
        self.ref = ref
        self.skills.set_reference(ref)
        # The same options in new words when the content language was switched (ui/content_watch.py).
        self.read.relabel([Choice(r.id, r.label, tooltip=r.description) for r in ref.read_levels])
        self.duration.relabel([Choice(d.id, d.label) for d in ref.duration_bands])
        self.outcome.relabel([Choice(o.id, o.label, tooltip=o.description) for o in ref.outcomes])
        self.referral.relabel([Choice(t.id, t.label) for t in ref.referral_targets])
        self.channel.relabel([Choice(c.id, c.label) for c in ref.channels])
        self.patron.relabel([Choice(p.id, p.label) for p in ref.patron_types])
        category = ref.category(self.category.chosen_id)
        self._show_candidates(category.candidate_skill_ids if category else ())

    def _show_candidates(self, skill_ids: tuple[int, ...]) -> None:
        """The category's candidate skills as one-key choices; the row is there only when it has some."""
        self.candidates.set_choices([Choice(i, self.ref.label("skills", i)) for i in skill_ids
                                     if self.ref.get("skills", i) is not None])
        self.candidates.show_picked(set(self.skills.skill_ids))
        self.layout_.setRowVisible(self.candidates, bool(self.candidates.choices))

    def set_outcome(self, outcome_id: int | None) -> None:
        """Choose the outcome for the person (a colleague picked with F9: "referred to a colleague")."""
        self.outcome.set_current_id(outcome_id)
        self._show_referral()

    def _show_referral(self) -> None:
        outcome = self.ref.outcome(self.outcome.current_id)
        needs = bool(outcome and outcome.needs_target)
        self.layout_.setRowVisible(self.referral, needs)
        if not needs:
            self.referral.set_current_id(None)
        self.changed.emit()

    def _on_notes(self, text: str) -> None:
        length = len(text)
        if length >= NOTES_LIMIT:
            self.notes_count.setText(self.tr("%1 / %2: full").replace("%1", number_text(length))
                                     .replace("%2", number_text(NOTES_LIMIT)))
        else:
            self.notes_count.setText(self.tr("%1 / %2").replace("%1", number_text(length))
                                     .replace("%2", number_text(NOTES_LIMIT)))
        self.notes_count.setVisible(length >= NOTES_LIMIT - NOTES_WARN_BEFORE)
        findings = find_personal_data(text)
        if findings:
            self.privacy.setText(self.tr("This note looks like it holds %1. Patron privacy: saving replaces "
                                         "it with [redacted] (Ctrl+R does it now).").replace("%1", describe(findings)))
        self.warning_row.setVisible(bool(findings))
        self.changed.emit()

    def redact_notes(self) -> None:
        if find_personal_data(self.notes.text()):
            self.notes.setText(redact(self.notes.text()))

    def _on_asked(self, text: str) -> None:
        if self._loaded_asked is not None and text == self._loaded_asked[0]:
            self.asked_feedback.setText(self.tr("as logged"))
            self.changed.emit()
            return
        try:
            moment = parse_when(text)
        except WhenError as error:
            self.asked_feedback.setProperty("role", "error-text")
            self.asked_feedback.setText(str(error))
        else:
            self.asked_feedback.setProperty("role", "hint")
            self.asked_feedback.setText(self.tr("now") if not text.strip() else recent_text(moment))
        self.asked_feedback.style().polish(self.asked_feedback)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:  # bubbled up from any field: save
            self.save_requested.emit()
            return
        super().keyPressEvent(event)

    # --- values ---------------------------------------------------------------------------------------------
    def draft(self) -> EnquiryDraft:
        """The form as an EnquiryDraft; FormError names the field to fix."""
        if self.category.chosen_id is None:
            self.category.take_highlighted()
        if self.category.chosen_id is None:
            text = self.category.edit.text().strip()
            message = self.tr("No category matches “%1”; try another word.").replace("%1", text) if text \
                else self.tr("Choose a category first: type a word such as “print” or “wifi”.")
            raise FormError(message, self.category)
        asked_at: datetime | None
        try:
            if self._loaded_asked is not None and self.asked.text() == self._loaded_asked[0]:
                asked_at = self._loaded_asked[1]  # unchanged in a correction: keep the stored moment exactly
            else:
                asked_at = parse_when(self.asked.text()) if self.asked.text().strip() else None
        except WhenError as error:
            raise FormError(str(error), self.asked) from error
        return EnquiryDraft(
            category_id=self.category.chosen_id, channel_id=self.channel.current_id,
            outcome_id=self.outcome.current_id, patron_type_id=self.patron.current_id,
            read_level=self.read.current_id, duration_band_id=self.duration.current_id,
            referral_target_id=self.referral.current_id, skill_ids=self.skills.skill_ids,
            notes=self.notes.text(), asked_at=asked_at)

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        if field is self.asked and self.asked_feedback.text() == text:
            self.message.hide()  # already said beside the field: once is enough
        else:
            self.message.setText(text)
            self.message.show()
        if field is not None:
            field.setFocus()

    def reset(self) -> None:
        """Empty the form for the next enquiry; sticky defaults (channel, last patron type) stay."""
        self.category.clear()
        for row in (self.read, self.duration, self.referral):
            row.set_current_id(None)
        self.outcome.set_current_id(self.defaults.outcome_id)
        self.channel.set_current_id(self.defaults.channel_id)
        self.patron.set_current_id(self.defaults.patron_type_id)
        self.skills.set_skills([])
        self.notes.clear()
        self.asked.clear()
        self.message.hide()
        self._show_referral()
        self._on_notes("")
        self._on_asked("")

    def remember_defaults(self, draft: EnquiryDraft) -> None:
        """After a save: the patron type just used becomes this desk's default."""
        self.defaults = DeskDefaults(self.defaults.channel_id, draft.patron_type_id, self.defaults.outcome_id)

    def is_blank(self) -> bool:
        return (self.category.chosen_id is None and not self.category.edit.text().strip()
                and not self.notes.text().strip() and not self.asked.text().strip()
                and self.read.current_id is None and self.duration.current_id is None)

    def fields(self) -> dict[str, Any]:
        """Everything typed so far, JSON-ready (for the crash-safe draft file)."""
        return {"category_id": self.category.chosen_id, "category_text": self.category.edit.text(),
                "read_level": self.read.current_id, "duration_band_id": self.duration.current_id,
                "outcome_id": self.outcome.current_id, "referral_target_id": self.referral.current_id,
                "channel_id": self.channel.current_id, "patron_type_id": self.patron.current_id,
                "skill_ids": list(self.skills.skill_ids), "notes": self.notes.text(), "asked": self.asked.text()}

    def fields_with_absolute_time(self) -> dict[str, Any]:
        """fields(), with a relative "asked at" ("10 min ago") written as the moment it meant, so a draft
        restored after a crash keeps the time given instead of drifting by the downtime."""
        fields = self.fields()
        text = str(fields["asked"]).strip()
        if text and not (self._loaded_asked is not None and text == self._loaded_asked[0]):
            with suppress(WhenError):  # (not understood: kept as typed; the form says what is wrong with it)
                fields["asked"] = parse_when(text).astimezone().strftime("%Y-%m-%d %H:%M")
        return fields

    def load_fields(self, data: dict[str, Any]) -> None:
        category = self.ref.category(data.get("category_id"))
        self.category.set_chosen(Choice(category.id, category.label) if category else None)
        if category is None and data.get("category_text"):
            self.category.edit.setText(str(data["category_text"]))
        for row, key in ((self.read, "read_level"), (self.duration, "duration_band_id"),
                         (self.outcome, "outcome_id"), (self.channel, "channel_id"), (self.patron, "patron_type_id")):
            if key in data:
                row.set_current_id(data[key])
        self._show_referral()
        self.referral.set_current_id(data.get("referral_target_id"))
        self.skills.set_skills(list(data.get("skill_ids") or []))
        self.notes.setText(str(data.get("notes") or ""))
        self.asked.setText(str(data.get("asked") or ""))

    def load_record(self, record: EnquiryRecord) -> None:
        """Fill the form from a stored enquiry (the log's edit dialog)."""
        asked_text = record.asked_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self._loaded_asked = (asked_text, record.asked_at)
        self.load_fields({"category_id": record.category_id, "read_level": record.read_level,
                          "duration_band_id": record.duration_band_id, "outcome_id": record.outcome_id,
                          "referral_target_id": record.referral_target_id, "channel_id": record.channel_id,
                          "patron_type_id": record.patron_type_id, "skill_ids": list(record.skill_ids),
                          "notes": record.notes, "asked": asked_text})

