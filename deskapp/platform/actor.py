"""Who is acting, and the permission wall every domain function checks.

The GUI acts as the signed-in staff member. The CLI acts as the local operator with admin rights: whoever
can open the database already holds its data. Its audit events name the operating-system user.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from deskapp.platform.i18n import _

ROLE_RANK = {"staff": 0, "leader": 1, "admin": 2}


class PermissionDenied(PermissionError):
    """The actor's role does not allow this operation."""


@dataclass(frozen=True)
class Actor:
    role: str
    label: str
    staff_id: int | None = None

    @classmethod
    def staff_member(cls, staff_id: int, role: str) -> Actor:
        return cls(role=role, label=f"staff:{staff_id}", staff_id=staff_id)

    @classmethod
    def cli(cls) -> Actor:
        try:
            user = getpass.getuser()
        except Exception:
            user = "unknown"
        return cls(role="admin", label=f"cli:{user}")

    @property
    def is_leader(self) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK["leader"]

    def require(self, role: str, action: str) -> None:
        """Raise PermissionDenied unless this actor holds `role` or higher."""
        if ROLE_RANK[self.role] < ROLE_RANK[role]:
            # Both words in the reader's language: `action` is marked with N_ where require is called.
            needed = _("a team leader") if role == "leader" else _("an admin")
            raise PermissionDenied(_("Only {needed} can {action}.").format(needed=needed, action=_(action)))
