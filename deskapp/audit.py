"""Record who changed what. Every domain function that creates, edits or deletes shared data calls
`record` in the same transaction as the change, so the trail can never disagree with the data."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from deskapp.actor import Actor
from deskapp.db.models import AuditEvent


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object = "",
           changes: dict[str, Any] | None = None, desk_id: int | None = None) -> None:
    """Append one audit event. `changes` maps field -> [old, new] for edits, or holds the row for
    creates and deletes; values must be JSON-serialisable (dates as ISO strings)."""
    session.add(AuditEvent(actor=actor.label, actor_staff_id=actor.staff_id, action=action, entity=entity,
                           entity_id=str(entity_id), changes=changes, desk_id=desk_id))


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field -> [old, new] for the fields that changed."""
    return {key: [before.get(key), value] for key, value in after.items() if before.get(key) != value}
