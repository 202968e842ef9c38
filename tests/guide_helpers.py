"""People for the guides and checklists tests, made directly in the database (no sign-in screen)."""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.db import Database
from deskapp.db.models import Desk, Staff
from deskapp.platform.actor import Actor


@dataclass(frozen=True)
class People:
    staff: Actor
    other_staff: Actor
    leader: Actor
    desk_id: int


def make_people(db: Database) -> People:
    with db.write() as session:
        rows = [Staff(name="Sam Staff", initials="SS1", role="staff"),
                Staff(name="Nia New", initials="NN1", role="staff"),
                Staff(name="Lee Leader", initials="LL1", role="leader")]
        desk = Desk(name="Guides test desk")
        session.add_all([*rows, desk])
        session.flush()
        return People(Actor.staff_member(rows[0].id, "staff"), Actor.staff_member(rows[1].id, "staff"),
                      Actor.staff_member(rows[2].id, "leader"), desk.id)
