"""Learning at the desk, for the desk page: F9 "who can help now" (refer the enquiry in hand to a colleague,
saved with a peer-learning record for both) and F10 "I'd like to learn this" after a referred or escalated
save. The page keeps the form and the messages; this keeps who was picked and which enquiry may be learned
from, and chooses how the page's save is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
from deskapp.desk.peer_help import REFERRED_TO_COLLEAGUE, Helper, log_referred_to_colleague, who_can_help
from deskapp.people.learning_requests import ask_to_learn
from deskapp.ui.desk.who_can_help import WhoCanHelp

if TYPE_CHECKING:
    from deskapp.desk.reference import ReferenceLists
    from deskapp.platform.actor import Actor
    from deskapp.ui.context import UiContext
    from deskapp.ui.desk.form import EnquiryForm


class DeskHost(Protocol):
    """What this needs of the desk page (the page builds this; naming the page here would be an import cycle)."""

    actor: Actor
    context: UiContext
    desk_id: int
    form: EnquiryForm
    ref: ReferenceLists

    def save(self) -> None: ...

    def say(self, text: str, *, keep_undo: bool = False, failed: bool = False) -> None: ...


class DeskLearning(QObject):
    def __init__(self, page: DeskHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.box = WhoCanHelp(self._who_can_help, lambda skill_id: page.ref.label("skills", skill_id))
        self.colleague: Helper | None = None  # picked with F9: the next save is a referral to them
        self.learnable: int | None = None  # the enquiry just saved, referred or escalated: F10 asks to learn

    def connect_form(self) -> None:
        form = self.page.form
        self.box.picked.connect(self._colleague_picked)
        self.box.submitted.connect(self.page.save)
        form.outcome.picked.connect(self._outcome_picked)
        form.skills.changed.connect(self._skills_changed)

    def _skills_changed(self) -> None:
        if self.box.isVisible():  # the open box follows the skills of the enquiry in hand
            self.box.refresh()

    # --- saving ---------------------------------------------------------------------------------------------
    def save_op(self, draft: EnquiryDraft, colleague: Helper | None) -> Callable[[Any], int]:
        page = self.page

        def op(session) -> int:
            if colleague is None:
                return log_enquiry(session, page.actor, page.desk_id, draft)
            # Referred to the colleague picked with F9: the enquiry and both learning records, or nothing.
            return log_referred_to_colleague(session, page.actor, page.desk_id, draft,
                                             colleague.staff_id).enquiry_id

        return op

    def saved(self, enquiry_id: int, draft: EnquiryDraft, colleague: Helper | None) -> str:
        """What the confirmation adds after a save; remembers whether F10 may ask to learn from it."""
        text = ""
        if colleague is not None:
            text += self.tr(" · referred to %1; learning recorded for both of you").replace("%1", colleague.name)
        outcome = self.page.ref.outcome(draft.outcome_id)
        passed_on = colleague is not None or (outcome is not None and outcome.kind in ("referred", "escalated"))
        self.learnable = enquiry_id if passed_on and draft.skill_ids else None
        if self.learnable is not None:
            text += self.tr(" · F10: I'd like to learn this")
        return text

    def forget(self) -> None:
        """The form was saved or cleared: no pick, box closed."""
        self.colleague = None
        self.box.reset()

    # --- F10 ------------------------------------------------------------------------------------------------
    def ask_to_learn(self) -> None:
        """F10 after saving an enquiry that was referred or escalated: ask to learn its skills. The request
        reaches the team leaders' queue; My record shows what comes of it."""
        page, enquiry_id = self.page, self.learnable
        if enquiry_id is None:
            page.say(self.tr("F10 asks to learn the skills of the enquiry you just referred or escalated; "
                             "there is none right now."))
            return
        asked = page.context.run(lambda session: ask_to_learn(session, page.actor, enquiry_id), origin=page,
                                 show=lambda failure: page.say(failure.message, failed=True))
        if asked.value is None:
            return  # said why; F10 can try again
        self.learnable = None
        page.say(self.tr("Asked to learn: %1. Your team leader sees the request; My record (Skills & reports) "
                         "shows what comes of it.").replace("%1", "; ".join(asked.value)), keep_undo=True)

    # --- F9 -------------------------------------------------------------------------------------------------
    def _who_can_help(self) -> list[Helper] | None:
        page = self.page
        skills = page.form.skills.skill_ids
        return page.context.query(lambda session: who_can_help(session, page.actor, skills))

    def show_helpers(self) -> None:
        """F9: the colleagues signed in now who hold the enquiry's skills at level 3+; a digit picks one."""
        if not self.page.form.skills.skill_ids:
            self.page.say(self.tr("Choose a category or a skill first: F9 then shows who can help with it now."))
            return
        self.box.open()

    def _colleague_picked(self, helper: Helper | None) -> None:
        self.colleague = helper
        form = self.page.form
        referred = self.page.ref.by_key("outcomes", REFERRED_TO_COLLEAGUE)
        if referred is None:
            return
        if helper is not None:
            form.set_outcome(referred.id)
        elif form.outcome.current_id == referred.id:
            form.set_outcome(form.defaults.outcome_id)  # the pick went: so does "referred to a colleague"

    def _outcome_picked(self, outcome_id: int | None) -> None:
        referred = self.page.ref.by_key("outcomes", REFERRED_TO_COLLEAGUE)
        if self.colleague is not None and (referred is None or outcome_id != referred.id):
            self.colleague = None  # another outcome chosen by hand: no referral to the colleague any more
            self.box.chosen = None
            self.box.refresh()
