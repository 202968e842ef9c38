"""A UiContext for the guides and checklists screens, with scripted answers instead of modal dialogs."""

from __future__ import annotations

from deskapp.db import Database
from deskapp.platform.actor import Actor
from deskapp.ui.context import ChangeBus, UiContext
from deskapp.ui.dialogs import DialogService


class Answers(DialogService):
    """Scripted answers instead of modal dialogs."""

    def __init__(self, text: str | list[str | None] | None = None, folder: str | None = None) -> None:
        super().__init__(None)
        self.text = text  # one answer for every question, or a list answered in turn (then None: Cancel)
        self.asked: list[str] = []  # the labels of the questions asked
        self.folder = folder
        self.agree = True  # the answer to every "are you sure?"
        self.told: list[str] = []

    def error(self, title: str, text: str) -> None:
        self.told.append(text)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(label)
        if isinstance(self.text, list):
            return self.text.pop(0) if self.text else None
        return self.text

    def confirm(self, title: str, text: str) -> bool:
        self.told.append(text)
        return self.agree

    def choose_folder(self, title: str, start: str = "") -> str | None:
        return self.folder


def context_for(db: Database, actor: Actor, dialogs: DialogService | None = None) -> UiContext:
    return UiContext(db=db, desk_name="Guides test desk", bus=ChangeBus(), dialogs=dialogs or Answers(),
                     current_actor=lambda: actor)
