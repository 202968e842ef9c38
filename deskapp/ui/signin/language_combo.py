"""The list to choose an interface language from: a person's own (in their settings and the staff dialog)
and a PC's default (Staff & settings). Its first entry is "" ("follow the PC" or "follow the system"),
named with the language it stands for today, so nobody has to guess what "the PC's" means."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from deskapp.ui import i18n


class LanguageCombo(QComboBox):
    """`follows`: "pc" for the person signed in here ("" = this PC's language), "desk" for a person a team
    leader sets it for ("" = whichever PC they sign in at), "system" for a PC ("" = the system's).
    `inherited`: the language "" stands for now ("en" or "da"), shown in brackets ("pc" and "system")."""

    def __init__(self, follows: str, inherited: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language")
        name = i18n.display_name(i18n.normalise(inherited) or i18n.SOURCE_LANGUAGE)
        if follows == "pc":
            first = self.tr("This PC's language (%1)").replace("%1", name)
        elif follows == "desk":  # set for someone else, who may sign in at any desk
            first = self.tr("The language of the PC they sign in at")
        else:
            first = self.tr("The system's language (%1)").replace("%1", name)
        self.addItem(first, "")
        # Each language by its own name: someone who cannot read the current one still finds theirs.
        for code in i18n.LANGUAGES:
            self.addItem(i18n.display_name(code), code)
        self.set_code(current)

    def code(self) -> str:
        """The chosen code: "" (follow), "en" or "da"."""
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(i18n.normalise(code))))
