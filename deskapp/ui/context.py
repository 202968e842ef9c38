"""What every screen is given through its constructor: the database, who is signed in, at which desk,
the change bus and the dialog service. Pages never reach for globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from deskapp.platform.actor import Actor
from deskapp.startup.database import Database
from deskapp.ui.dialogs import DialogService


class ChangeBus(QObject):
    """Domain calls return what changed; the caller announces it here so other views refresh only that.

    Kinds: "enquiries", "guides", "checklists", "skills", "staff", "settings", "audit".
    """

    changed = Signal(str)
    actor_changed = Signal(object)  # Actor | None (None: locked / signed out)


@dataclass
class UiContext:
    db: Database
    desk_name: str
    bus: ChangeBus
    dialogs: DialogService
    current_actor: Callable[[], Actor | None]
    # The per-user settings file for save_user_setting/load_settings (None: the real one; tests pass a temp file).
    user_config: Path | None = None

    def actor(self) -> Actor:
        """The signed-in person; screens are only reachable while someone is signed in."""
        actor = self.current_actor()
        if actor is None:
            raise RuntimeError("no one is signed in")
        return actor
