"""The enquiry being typed on the desk, as the other pages see it: a guide walked on the Guides page while an
enquiry is open on the desk belongs to that enquiry (the person went there to help this patron).

One per window (UiContext.in_hand). The desk page holds it while its form has something in it and lets go
when the form is saved, cleared or the page goes (another person signed in); the Guides page links the guides
opened or stepped through meanwhile, and the desk records them on the enquiry when it is saved."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EnquiryInHand(QObject):
    changed = Signal()  # an enquiry was opened or let go, or its description changed
    guide_linked = Signal(int, str)  # guide id, title: the desk adds it to the enquiry's guides

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owner: QObject | None = None
        self.description = ""
        self._linked: set[int] = set()

    @property
    def is_open(self) -> bool:
        return self._owner is not None

    def hold(self, owner: QObject, description: str) -> None:
        """`owner` (the desk page) has an enquiry open, described for the other pages ("Wi-Fi / eduroam")."""
        if self._owner is not owner:
            if self._owner is not None:
                self._owner.destroyed.disconnect(self._owner_gone)
            self._owner = owner
            self._linked.clear()
            owner.destroyed.connect(self._owner_gone)
        elif description == self.description:
            return
        self.description = description
        self.changed.emit()

    def release(self, owner: QObject) -> None:
        """The enquiry was saved or cleared: guides opened from now on belong to no enquiry."""
        if self._owner is owner:
            owner.destroyed.disconnect(self._owner_gone)
            self._forget()

    def _owner_gone(self) -> None:
        self._forget()

    def _forget(self) -> None:
        self._owner, self.description = None, ""
        self._linked.clear()
        self.changed.emit()

    def link_guide(self, guide_id: int, title: str) -> bool:
        """Link a guide walked elsewhere to the enquiry open on the desk; False when none is open. Each guide
        is announced once per enquiry."""
        if self._owner is None:
            return False
        if guide_id not in self._linked:
            self._linked.add(guide_id)
            self.guide_linked.emit(guide_id, title)
        return True
