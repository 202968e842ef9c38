"""Write or change a guide: title, summary, tags, linked categories and skills (type-ahead pickers) and the
Markdown body, checked before it is saved. Links are a team leader's to set: staff see them read-only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
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

from deskapp.guides.format import GuideFormatError, parse_steps
from deskapp.guides.guides import GuideDraft, tags_in_use
from deskapp.people.skills import list_categories, list_skills
from deskapp.ui.context import UiContext
from deskapp.ui.guides.pickers import TypeAheadPicker
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

BODY_HELP = QT_TRANSLATE_NOOP("GuideEditor", "Steps are '## 1. Title' headings. A branching step ends with "
                              "'? Question' and answer lines like '- Yes → 4'.")


@dataclass(frozen=True)
class LinkChoices:
    """What the pickers offer: (id, label) of categories and skills, and the tags already in use."""

    categories: Sequence[tuple[int, str]] = ()
    skills: Sequence[tuple[int, str]] = ()
    tags: Sequence[str] = field(default_factory=tuple)
    links_editable: bool = False  # only a team leader changes which categories and skills a guide serves


def link_choices(context: UiContext) -> LinkChoices:
    leader = context.actor().is_leader
    # Lists that cannot be read (the runner has said why) offer nothing to pick and leave the links alone.
    return context.query(lambda session: LinkChoices(
        list_categories(session), [(s.id, s.label) for s in list_skills(session)], tags_in_use(session),
        leader)) or LinkChoices()


class GuideEditor(QDialog):
    def __init__(self, title: str, draft: GuideDraft | None = None, *, with_key: bool = False,
                 with_comment: bool = False, choices: LinkChoices | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choices = choices or LinkChoices()
        self.links_editable = choices.links_editable
        self.setWindowTitle(title)
        self.resize(760, 640)
        self.key = QLineEdit()
        self.title_edit = QLineEdit(draft.title if draft else "")
        self.summary = QLineEdit(draft.summary if draft else "")
        self.tags = TypeAheadPicker(self.tr("Tags"), [(t, t) for t in choices.tags], free_text=True)
        self.tags.set_values(draft.tags if draft else ())
        self.categories = TypeAheadPicker(self.tr("Categories"), choices.categories)
        self.categories.set_values(draft.category_ids or () if draft else ())
        self.skills = TypeAheadPicker(self.tr("Skills"), choices.skills)
        self.skills.set_values(draft.skill_ids or () if draft else ())
        for picker in (self.categories, self.skills):
            picker.input.setEnabled(self.links_editable)
            picker.chosen.setEnabled(self.links_editable)
        self.body = QPlainTextEdit(draft.body if draft else "## 1. \n")
        self.body.setMinimumHeight(160)
        self.comment = QLineEdit()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the guide"))
        form = QFormLayout()
        if with_key:
            form.addRow(self.tr("&Key (e.g. kiosk-restart):"), self.key)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.tr("&Categories:"), self.categories)
        form.addRow(self.tr("S&kills:"), self.skills)
        if not self.links_editable:
            note = QLabel(self.tr("A team leader sets which categories and skills a guide belongs to."))
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(self.tr("&Body:"), self.body)
        if with_comment:
            form.addRow(self.tr("&What changed and why:"), self.comment)
        help_label = QLabel(QCoreApplication.translate("GuideEditor", BODY_HELP))
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
        links = (self.categories.values(), self.skills.values()) if self.links_editable else (None, None)
        return GuideDraft(self.title_edit.text().strip(), self.summary.text().strip(), self.body.toPlainText(),
                          tuple(self.tags.values()), *links)

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
