"""The desk page: quick keys, the enquiry form, the undoable confirmation, today's list, guides and checklists.

Keys: F1-F8 log a quick enquiry · F9 who can help now (a digit refers the enquiry to that colleague) · F10
after a referred or escalated save: "I'd like to learn this" ·
Enter / Ctrl+Enter save · Ctrl+G goes to the guide panel (Esc there goes
back to its list, then to the form) · Esc in the form clears it · Ctrl+Z undoes the last
action (a cleared form comes back; the enquiry just saved is removed, only by its saver and only while nothing
has been typed since; inside a text field Ctrl+Z is that field's own undo and never more) · Ctrl+K keeps a
redacted note as typed · Ctrl+R redacts the note. The form being typed is saved as a draft file and comes back
after a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskapp.desk.drafts import DraftStore
from deskapp.desk.enquiries import (
    EnquiryDraft,
    delete_enquiry,
    desk_defaults,
    edit_enquiry,
    get_enquiry,
    today_at_desk,
)
from deskapp.desk.peer_help import Helper
from deskapp.desk.privacy import count_text, find_personal_data, redact
from deskapp.desk.quick_buttons import QuickButtonSpec, todays_quick_buttons
from deskapp.desk.reference import ReferenceLists
from deskapp.platform.changes import Change, ChangeSet
from deskapp.platform.desks import ensure_desk
from deskapp.platform.failures import Failure, FailureKind
from deskapp.ui.context import OperationFailed, UiContext
from deskapp.ui.desk.form import EnquiryForm, FormError
from deskapp.ui.desk.labels import recent_text
from deskapp.ui.desk.learning import DeskLearning
from deskapp.ui.desk.quick_bar import QuickBar
from deskapp.ui.desk.rating_prompt import RatingPrompt
from deskapp.ui.desk.side_panel import SidePanel
from deskapp.ui.desk.today import TodayPanel
from deskapp.ui.desk.who_can_help import WhoCanHelp
from deskapp.ui.keyboard import prefer_focus

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 300


def create_page(context: UiContext) -> QWidget:
    return DeskPage(context)


def drafts_folder(context: UiContext) -> Path | None:
    """Beside the per-user settings file when one is given (tests), else the user's data folder."""
    return context.user_config.parent / "drafts" if context.user_config is not None else None


@dataclass(frozen=True)
class Logged:
    """The enquiry just saved here: what Ctrl+Z may remove, and what the message names."""

    enquiry_id: int
    label: str
    staff_id: int | None
    asked_at: datetime
    original_notes: str | None = None  # set when the save redacted the note: Ctrl+K keeps it as typed


@dataclass(frozen=True)
class Cleared:
    """The form as it was before Esc: Ctrl+Z puts it back."""

    fields: dict[str, Any]


class DeskPage(QWidget):
    def __init__(self, context: UiContext, drafts: DraftStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPage")
        self.context = context
        self.actor = context.actor()
        self.drafts = drafts or DraftStore(drafts_folder(context))
        self.undoable: Logged | Cleared | None = None  # the one action Ctrl+Z may take back
        self._typed_since = False  # anything typed after that action: Ctrl+Z then leaves it alone
        self._quiet = False
        desk = context.run(lambda session: ensure_desk(session, context.desk_name, self.actor),
                           show=lambda _failure: None)
        if desk.failure is not None:
            if desk.failure.kind is not FailureKind.INVALID:
                raise OperationFailed(desk.failure)  # the area shows as unavailable, with the reason
            self._no_desk(desk.failure.message)  # this PC's desk name is not acceptable: say how to fix it
            return
        assert desk.value is not None  # no failure: ensure_desk returned this desk's id
        self.desk_id: int = desk.value
        self.ref = context.reference.lists()
        defaults = context.load(lambda session: desk_defaults(session, self.desk_id))
        self.form = EnquiryForm(self.ref, defaults)
        self.quick = QuickBar(self)
        self.today = TodayPanel(self.ref)
        self.side = SidePanel(context)
        self.learning = DeskLearning(self, self)  # F9 who can help now, F10 I'd like to learn this
        self.rating = RatingPrompt(self, self)  # "How did we do?" for the patron, where a leader turned it on
        self._build()
        self._connect()
        self.refresh_quick_buttons()
        self.refresh_today()
        self._restore_draft()

    def hasHeightForWidth(self) -> bool:
        # The main window's scroll area would otherwise size the page to its wrapped labels' preferred height
        # (taller than the screen) and scroll Save away; this way the page fits and only the form scrolls.
        return False

    def heightForWidth(self, width: int) -> int:
        return -1  # (the scroll area asks this directly when a wrapped label is inside)

    def _no_desk(self, text: str) -> None:
        self.form = None  # type: ignore[assignment]  # no desk, no form: nothing here reaches the form then
        label = QLabel(self.tr("This PC has no desk name yet, so enquiries cannot be logged here.\n%1\n"
                               "A team leader sets it in Staff & settings.").replace("%1", text))
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)

    # --- layout -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.save_button = QPushButton(self.tr("Save  (Enter)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear  (Esc)"))
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setProperty("role", "confirmation")
        self.confirmation.setAccessibleName(self.tr("Last action"))
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.hide()
        self.keep_button = QPushButton(self.tr("Keep note as typed  (Ctrl+K)"))
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep_button.hide()
        # Long messages wrap inside the column instead of widening the page (1366x768, 125% scaling).
        self.confirmation.setWordWrap(True)
        self.confirmation.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        confirm = QHBoxLayout()  # its own full-width row: a redaction notice stays two lines at most
        confirm.addWidget(self.confirmation, 1)
        confirm.addWidget(self.keep_button)
        confirm.addWidget(self.undo_button)
        # Only the form scrolls (when the referral row or the privacy warning makes it taller than the
        # screen); Save and the confirmation stay in view below it.
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setMinimumHeight(120)
        # Never narrower than the form (it would scroll sideways and hide the labels); the right column gives way.
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width()
                                         + self.form_scroll.verticalScrollBar().sizeHint().width())
        left = QVBoxLayout()
        left.addWidget(self.form_scroll, 1)
        left.addWidget(self.helpers)
        left.addLayout(actions)
        left.addLayout(confirm)
        # The right column: checklists due and guides, then "Today at this desk" with room for ~6 rows, the
        # worker's check that the last entry went in.
        for widget in (self.side, self.side.guides, self.side.due, self.today):
            widget.setMinimumWidth(200)  # (their own hints ask for more than a scaled screen has)
        self.side.guides.setMinimumHeight(120)
        self.today.table.setMinimumHeight(self.today.table.verticalHeader().defaultSectionSize() * 6
                                          + self.today.table.horizontalHeader().sizeHint().height() + 4)
        right = QVBoxLayout()
        right.addWidget(self.side, 3)
        right.addWidget(self.today, 2)
        right_column = QWidget()
        # Up to 360 px; on a narrow (scaled) screen it gives way before the form does.
        right_column.setMinimumWidth(250)
        right_column.setMaximumWidth(360)
        right_column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        right_column.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)  # on a narrow (scaled) screen a third goes to the right column, down to its minimum
        columns.addWidget(right_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.quick)
        layout.addLayout(columns, 1)
        prefer_focus(self, self.form)

    def _connect(self) -> None:
        self.form.save_requested.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_form)
        self.undo_button.clicked.connect(self.undo_last)
        self.keep_button.clicked.connect(self.keep_note_as_typed)
        self.quick.triggered.connect(self.log_quick)
        self.form.category_chosen.connect(self.side.set_category)
        self.form.skills.changed.connect(lambda: self.side.set_skills(self.form.skills.skill_ids))
        self.form.notes.textChanged.connect(self.side.set_query)  # the guide panel searches what the notes say
        self.form.notes.textChanged.connect(self._show_privacy_warning)
        self.side.guides.stack.currentChanged.connect(self._reading_guide)
        for keys, slot in ((QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Return), self.save),
                           (QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Enter), self.save),
                           (QKeySequence.StandardKey.Undo, self.undo_last),
                           (QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_K),
                            self.keep_note_as_typed),
                           (QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_G), self.focus_guides),
                           (QKeySequence(Qt.Key.Key_F9), self.learning.show_helpers),
                           (QKeySequence(Qt.Key.Key_F10), self.learning.ask_to_learn),
                           (QKeySequence(Qt.Key.Key_Escape), self._escape)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self.form.changed.connect(self._on_form_changed)
        self.context.bus.subscribe(self, {Change.ENQUIRIES}, lambda _changes: self.refresh_today())
        self.context.reference.refreshed.connect(self._on_reference)
        self.context.bus.subscribe(self, {Change.SETTINGS, Change.QUICK_KEYS}, self._on_quick_keys_changed)
        self.context.in_hand.guide_linked.connect(self._guide_walked_elsewhere)  # (dies with this page)
        self.form.category_typed.connect(lambda _text: self._share_in_hand())  # a word typed is an enquiry begun
        self.learning.connect_form()

    def _reading_guide(self, page_index: int) -> None:
        """While a guide is open beside the form, its steps get the whole right column (at 1366x768 the step
        text was squeezed to one cut line under the checklists and today's list); back at the list, they return."""
        reading = page_index == 1
        self.side.due.setVisible(not reading)
        self.today.setVisible(not reading)

    def _show_privacy_warning(self) -> None:
        if self.form.warning_row.isVisibleTo(self.form):  # scroll it into view under the notes (small screens)
            QTimer.singleShot(0, self, lambda: self.form_scroll.ensureWidgetVisible(self.form.warning_row, 0, 4))

    # --- logging ----------------------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            draft = self.form.draft()
        except FormError as error:
            self.form.show_error(str(error), error.field)
            return
        draft = replace(draft, guides=tuple(self.side.consulted()))
        # Patron privacy: a detected identifier is never stored silently. Redacting on save (rather than asking)
        # keeps Enter a one-key save with a queue waiting; Ctrl+Z gives the note back for a false alarm.
        findings = find_personal_data(draft.notes)
        original = draft.notes if findings else None
        if findings:
            draft = replace(draft, notes=redact(draft.notes))
        if self._log(draft, original_notes=original, colleague=self.learning.colleague):
            if findings:
                self._confirm(self.tr("Logged: %1 · Redacted %2 before saving · Ctrl+K keeps the note as typed")
                              .replace("%1", self._describe(self.undoable)).replace("%2", count_text(findings)),
                              undo=True)
            self.form.remember_defaults(draft)
            with self._programmatic():
                self.form.reset()
            self.side.clear()
            self.learning.forget()
            self.drafts.discard(self.context.desk_name, self.actor.staff_id or 0)
            self.form.setFocus()

    def log_quick(self, spec: QuickButtonSpec) -> None:
        """One key, one enquiry: the category's always-used skills and the key's own, the desk's channel,
        resolved, asked now.

        The patron type is the key's own preset or not recorded: the last form's type (a postgraduate, say)
        belongs to that patron, and a key pressed without looking must not copy it onto the next one."""
        category = self.ref.category(spec.category_id)
        defaults = self.form.defaults
        values: dict[str, int | None] = {"channel_id": defaults.channel_id, "outcome_id": defaults.outcome_id,
                                         "patron_type_id": None, "read_level": None, "duration_band_id": None}
        for key, value in (spec.preset or {}).items():
            if key == "skills" or isinstance(value, list):
                continue  # resolved by the domain into spec.skill_ids
            if key == "read_level":
                values["read_level"] = int(value)
                continue
            list_name = {"channel": "channels", "outcome": "outcomes", "patron_type": "patron_types",
                         "duration_band": "duration_bands"}[key]
            option = self.ref.by_key(list_name, str(value))
            if option is not None:
                values[{"channel": "channel_id", "outcome": "outcome_id", "patron_type": "patron_type_id",
                        "duration_band": "duration_band_id"}[key]] = option.id
        always = category.skill_ids if category else ()
        draft = EnquiryDraft(category_id=spec.category_id, channel_id=values["channel_id"],
                             outcome_id=values["outcome_id"], patron_type_id=values["patron_type_id"],
                             read_level=values["read_level"], duration_band_id=values["duration_band_id"],
                             skill_ids=tuple(dict.fromkeys((*always, *spec.skill_ids))))
        self._log(draft, label=spec.label)

    def _log(self, draft: EnquiryDraft, label: str | None = None, original_notes: str | None = None,
             colleague: Helper | None = None) -> bool:
        label = label or self.ref.label("categories", draft.category_id)
        # The form and the draft stay as they are when this fails; the message says why and Enter retries.
        saved = self.context.run(self.learning.save_op(draft, colleague), origin=self,
                                 show=lambda failure: self._not_saved(failure))
        if saved.value is None:
            return False
        logged = Logged(saved.value, label, self.actor.staff_id, draft.asked_at or datetime.now(UTC), original_notes)
        self._set_undoable(logged)
        self._confirm(self.tr("Logged: %1").replace("%1", self._describe(logged))
                      + self.learning.saved(saved.value, draft, colleague), undo=True)
        self.refresh_today()
        self.rating.after_save(saved.value)
        return True

    @property
    def helpers(self) -> WhoCanHelp:
        """The F9 box (deskapp/ui/desk/learning.py)."""
        return self.learning.box

    def say(self, text: str, *, keep_undo: bool = False, failed: bool = False) -> None:
        """A message under the form; `keep_undo`: Ctrl+Z still takes back the enquiry just saved."""
        self._confirm(text, undo=keep_undo and not self._typed_since and isinstance(self.undoable, Logged),
                      failed=failed)

    def _not_saved(self, failure: Failure) -> None:
        self._confirm("", undo=False)  # never leave an earlier "Logged: …" showing over a failure
        self.form.show_error(failure.message)

    def _on_form_changed(self) -> None:
        self._draft_timer.start()
        self._share_in_hand()
        if not self._quiet:
            self._typed_since = True  # from now on Ctrl+Z belongs to the typing, never to the last save

    def _share_in_hand(self) -> None:
        """Tell the other pages whether an enquiry is open here, so a guide walked on the Guides page meanwhile
        is linked to it; a saved or cleared form lets go."""
        in_hand = self.context.in_hand
        if self.form.is_blank():
            in_hand.release(self)
            return
        label = self.ref.label("categories", self.form.category.chosen_id) or self.form.category.edit.text().strip()
        in_hand.hold(self, label or self.tr("an enquiry being typed"))

    def _guide_walked_elsewhere(self, guide_id: int, title: str) -> None:
        self.side.guides.link(guide_id)
        self._confirm(self.tr("“%1”, walked on the Guides page, is linked to this enquiry: it is saved with it.")
                      .replace("%1", title), undo=False)

    @contextmanager
    def _programmatic(self) -> Iterator[None]:
        """Form changes made by the page itself (reset after a save, restoring a cleared form) are not typing."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _set_undoable(self, action: Logged | Cleared | None) -> None:
        self.undoable = action
        self._typed_since = False
        self.keep_button.setVisible(isinstance(action, Logged) and action.original_notes is not None)

    def undo_last(self) -> None:
        """Ctrl+Z outside a text field's own undo: brings back a cleared form, or removes the enquiry just saved.

        Only the last action, only while nothing has been typed since it, and a saved enquiry only for the
        person who saved it: Ctrl+Z must never reach an older or someone else's enquiry."""
        action = self.undoable
        if action is None:
            self._confirm(self.tr("Nothing to undo."), undo=False)
            return
        if self._typed_since:
            what = self.tr("the cleared form") if isinstance(action, Cleared) else self._describe(action)
            self._confirm(self.tr("Ctrl+Z undoes only your typing now; %1 stays as it is (you typed since). "
                                  "A saved enquiry is corrected or deleted on the Log page.").replace("%1", what),
                          undo=False)
            return
        if isinstance(action, Cleared):
            with self._programmatic():
                self.form.load_fields(action.fields)
            self._set_undoable(None)
            self._confirm(self.tr("The cleared form is back: Enter saves it."), undo=False)
            self.form.setFocus()
            return
        if self.context.actor().staff_id != action.staff_id:
            self._confirm(self.tr("%1 was saved by someone else; only they can undo it.")
                          .replace("%1", self._describe(action)), undo=False)
            return
        undone = self.context.run(lambda session: delete_enquiry(session, self.actor, action.enquiry_id),
                                  origin=self,
                                  show=lambda failure: self._confirm(failure.message, undo=True, failed=True))
        if not undone.ok:
            return  # still in the log and still the last action: Ctrl+Z can try again
        self._set_undoable(None)
        self.learning.learnable = None
        self.rating.withdraw(action.enquiry_id)
        self._confirm(self.tr("Undone: %1 is no longer in the log.").replace("%1", self._describe(action)),
                      undo=False)
        self.refresh_today()

    def keep_note_as_typed(self) -> None:
        """Ctrl+K after a redacting save: store the note as typed (a false alarm such as an ISBN).

        Its own key on purpose: Ctrl+Z is what a tired person presses to undo the save, and it must never
        put an email address into the log."""
        action = self.undoable
        if not isinstance(action, Logged) or action.original_notes is None:
            self._confirm(self.tr("There is no redacted note to keep as typed."), undo=False)
            return

        def keep(session) -> None:
            record = get_enquiry(session, action.enquiry_id)
            edit_enquiry(session, self.actor, action.enquiry_id,
                         replace(record.to_draft(), notes=action.original_notes or ""))

        kept = self.context.run(keep, origin=self,
                                show=lambda failure: self._confirm(failure.message, undo=True, failed=True))
        if not kept.ok:
            return
        self.undoable = replace(action, original_notes=None)
        self.keep_button.hide()
        self._confirm(self.tr("Kept the note of %1 as typed.").replace("%1", self._describe(action)),
                      undo=not self._typed_since)

    def _describe(self, action: Logged | Cleared | None) -> str:
        """"Wi-Fi / eduroam, asked 14:05" (or "yesterday 16:00"): the category and time, so nobody wonders which."""
        if not isinstance(action, Logged):
            return ""
        return self.tr("%1, asked %2").replace("%1", action.label).replace("%2", recent_text(action.asked_at))

    def _confirm(self, text: str, *, undo: bool, failed: bool = False) -> None:
        """The message line under the form; `failed` shows it as a failure (an undo, a kept note or a learning
        request that could not be written must not look like a success)."""
        self.confirmation.setText(text)
        self.confirmation.setProperty("active", bool(text))
        self.confirmation.setProperty("failed", failed)
        self.confirmation.style().polish(self.confirmation)
        self.undo_button.setVisible(undo)

    def _escape(self) -> None:
        """Esc clears the form only from the form: in the guide panel it goes back to the list (the panel's own
        button says so), and from the list back to the form, never wiping the enquiry being typed."""
        focus = QApplication.focusWidget()
        if focus is self.helpers:
            self.helpers.close_box()  # the pick (if any) stays: the enquiry is still referred to them
            self.form.setFocus()
            return
        if focus is not None and self.today.isAncestorOf(focus):
            self.form.setFocus()  # (today's list is beside the form too: Esc there must not clear it)
            return
        if focus is not None and self.side.isAncestorOf(focus):
            if self.side.guides.stack.currentIndex() == 1:
                self.side.guides.show_list()
            else:
                self.form.setFocus()
            return
        self.clear_form()

    def focus_guides(self) -> None:
        """Ctrl+G: into the guide panel beside the form (↑/↓ and Enter open one; Esc comes back)."""
        guides = self.side.guides
        if guides.stack.currentIndex() == 1:
            guides.viewer.walk.setFocus()
        elif guides.model.rowCount():
            guides.list.setFocus()
            guides.list.selectRow(max(0, guides.list.currentIndex().row()))
        else:
            self._confirm(self.tr("No guides for this enquiry yet: choose a category or type a few words in the "
                                  "notes, then Ctrl+G."), undo=False)

    def clear_form(self) -> None:
        if self.form.is_blank() and not self.form.skills.skill_ids:
            return
        cleared = Cleared(self.form.fields())
        with self._programmatic():
            self.form.reset()
        self.side.clear()
        self.learning.forget()
        self.drafts.discard(self.context.desk_name, self.actor.staff_id or 0)
        self._set_undoable(cleared)
        self._confirm(self.tr("Form cleared. Ctrl+Z brings it back."), undo=True)
        self.form.setFocus()

    # --- drafts and refreshes -----------------------------------------------------------------------------
    def write_draft(self) -> None:
        staff_id = self.actor.staff_id or 0
        try:
            if self.form.is_blank():
                self.drafts.discard(self.context.desk_name, staff_id)
            else:
                self.drafts.save(self.context.desk_name, staff_id, self.form.fields_with_absolute_time())
        except OSError:
            log.exception("could not write the enquiry draft")  # never interrupt the person at the desk

    def _restore_draft(self) -> None:
        fields = self.drafts.load(self.context.desk_name, self.actor.staff_id or 0)
        if fields:
            self.form.load_fields(fields)
            self._confirm(self.tr("Restored the enquiry you were typing when the app closed: Enter saves it, "
                                  "Esc clears it."), undo=False)

    def refresh_today(self) -> None:
        summary = self.context.query(lambda session: today_at_desk(session, self.actor, self.desk_id))
        if summary is not None:
            self.today.show_summary(summary)

    def _on_reference(self, ref: ReferenceLists) -> None:
        """A leader retired a skill or added a colleague elsewhere: the form and the F-keys use the lists as
        they are now, so a key never tries to save a skill that no longer exists."""
        self.ref = ref
        self.form.set_reference(ref)
        self.today.ref = self.today.model.ref = ref
        self.refresh_today()
        self.refresh_quick_buttons()

    def refresh_quick_buttons(self) -> None:
        # A write: the day's first call stores the automatic keys, so they keep their meaning until midnight.
        # When the database cannot be written, the keys shown stay as they are (the status bar says why).
        outcome = self.context.run(lambda session: todays_quick_buttons(session, self.desk_id),
                                   origin=self, show=lambda _failure: None)
        if outcome.value is not None:
            self.quick.set_buttons(outcome.value)

    def _on_quick_keys_changed(self, changes: ChangeSet) -> None:
        self.refresh_quick_buttons()
        if Change.QUICK_KEYS in changes.kinds and changes.origin is not self:
            self._confirm(self.tr("A team leader changed this desk's quick keys: F1-F8 are as shown above now."),
                          undo=False)
