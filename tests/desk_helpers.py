"""Fixtures for the desk tests: people and a desk made directly (no sign-in screen needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Desk, Enquiry, Staff
from deskapp.desk.enquiries import EnquiryDraft, desk_defaults, log_enquiry
from deskapp.desk.reference import ReferenceLists, load_reference
from deskapp.platform.actor import Actor

DESK_NAME = "Main Library – Ground floor desk"


@dataclass
class DeskWorld:
    db: Database
    desk_id: int
    other_desk_id: int
    alice: Actor  # staff
    bob: Actor  # staff
    lena: Actor  # team leader
    ref: ReferenceLists

    def category(self, key: str) -> int:
        return self.ref.by_key("categories", key).id  # type: ignore[union-attr]

    def outcome(self, key: str) -> int:
        return self.ref.by_key("outcomes", key).id  # type: ignore[union-attr]

    def draft(self, category: str = "it-wifi", **changes) -> EnquiryDraft:
        defaults = {"channel_id": self.ref.by_key("channels", "in-person").id,
                    "outcome_id": self.outcome("resolved")}
        defaults.update(changes)
        return EnquiryDraft(category_id=self.category(category), **defaults)

    def log(self, actor: Actor, category: str = "it-wifi", desk_id: int | None = None, **changes) -> int:
        with self.db.write() as session:
            return log_enquiry(session, actor, desk_id or self.desk_id, self.draft(category, **changes))

    def enquiry(self, enquiry_id: int) -> Enquiry | None:
        with self.db.read() as session:
            return session.get(Enquiry, enquiry_id)

    def audit(self, action: str | None = None) -> list[AuditEvent]:
        with self.db.read() as session:
            query = session.query(AuditEvent).filter(AuditEvent.entity == "enquiry")
            if action:
                query = query.filter(AuditEvent.action == action)
            return list(query.order_by(AuditEvent.id))

    def defaults(self):
        with self.db.read() as session:
            return desk_defaults(session, self.desk_id)


def make_world(db: Database) -> DeskWorld:
    with db.write() as session:
        desk = Desk(name=DESK_NAME)
        other = Desk(name="Science Library – Help point")
        people = [Staff(name="Alice Ahmed", initials="AA", role="staff"),
                  Staff(name="Bob Brown", initials="BB", role="staff"),
                  Staff(name="Lena Larsen", initials="LL", role="leader")]
        session.add_all([desk, other, *people])
        session.flush()
        ids = [p.id for p in people]
        desk_id, other_id = desk.id, other.id
    with db.read() as session:
        ref = load_reference(session)
    return DeskWorld(db, desk_id, other_id, Actor.staff_member(ids[0], "staff"),
                     Actor.staff_member(ids[1], "staff"), Actor.staff_member(ids[2], "leader"), ref)


def minutes_ago(minutes: int) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=minutes)
