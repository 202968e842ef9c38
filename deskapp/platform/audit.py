"""Record who changed what. Every domain function that creates, edits or deletes shared data calls
`record` in the same transaction as the change, so the trail can never disagree with the data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from deskapp.db.base import utcnow
from deskapp.db.core import table_of
from deskapp.db.models import AuditEvent
from deskapp.platform.actor import Actor
from deskapp.platform.changes import note_entity


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object = "",
           changes: dict[str, Any] | None = None, desk_id: int | None = None) -> None:
    """Append one audit event. `changes` maps field -> [old, new] for edits, or holds the row for
    creates and deletes; values must be JSON-serialisable (dates as ISO strings)."""
    # A Core insert, not an ORM object: the trail is write-only, and skipping the unit of work keeps
    # it off the hot path of every enquiry save.
    session.execute(insert(table_of(AuditEvent)).values(
        at=utcnow(), actor=actor.label, actor_staff_id=actor.staff_id, action=action, entity=entity,
        entity_id=str(entity_id), changes=_without_note_text(changes), desk_id=desk_id))
    note_entity(session, entity, entity_id)


# Free text that may identify a patron. The notes purge blanks it after the retention period, but the
# append-only trail can never be purged: so the trail records that a note was written or changed, and how
# long it was, never its words.
NOTE_FIELDS = frozenset({"notes"})


def _note_placeholder(value: Any) -> Any:
    if isinstance(value, list):
        return [_note_placeholder(item) for item in value]
    if isinstance(value, str) and value:
        return f"({len(value)} characters)"
    return value


def _without_note_text(changes: dict[str, Any] | None) -> dict[str, Any] | None:
    if not changes or not NOTE_FIELDS & changes.keys():
        return changes
    return {key: _note_placeholder(value) if key in NOTE_FIELDS else value for key, value in changes.items()}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field -> [old, new] for the fields that changed."""
    return {key: [before.get(key), value] for key, value in after.items() if before.get(key) != value}
