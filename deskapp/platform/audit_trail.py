"""Reading the audit trail: team leaders filter it by who, what, which action and when, a page at a time.

Pages are keyed on the event id (newest first: "the next page is everything older than the last row
shown"), so paging stays fast however long the trail grows and rows added meanwhile never shift a page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVarTuple

from sqlalchemy import Select, func, select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Staff
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _

PAGE_SIZE = 200
_Columns = TypeVarTuple("_Columns")


class AuditFilterError(ValueError):
    """A filter that cannot match anything sensible."""


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None  # "staff:12", "cli:alice", ...
    entity: str | None = None  # "enquiry", "staff", "guide", ...
    entity_id: str | None = None
    action: str | None = None  # "create", "edit", "delete", ...
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            moment = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise AuditFilterError(_("The '{name}' time needs a time zone.").format(name=name))
        if self.since and self.until and self.until <= self.since:
            raise AuditFilterError(_("The end of the date range must be after its start."))


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    actor_name: str  # the staff member's name, or the actor label for the CLI and the system
    action: str
    entity: str
    entity_id: str
    changes: str  # compact JSON, for display


@dataclass(frozen=True)
class AuditChoices:
    actors: tuple[tuple[str, str], ...]  # (actor label, display name)
    entities: tuple[str, ...]
    actions: tuple[str, ...]


def _filtered(query: Select[*_Columns], filt: AuditFilter) -> Select[*_Columns]:
    if filt.actor:
        query = query.where(AuditEvent.actor == filt.actor)
    if filt.entity:
        query = query.where(AuditEvent.entity == filt.entity)
    if filt.entity_id:
        query = query.where(AuditEvent.entity_id == filt.entity_id)
    if filt.action:
        query = query.where(AuditEvent.action == filt.action)
    if filt.since:
        query = query.where(AuditEvent.at >= filt.since)
    if filt.until:
        query = query.where(AuditEvent.at < filt.until)
    return query


def _summary(changes: object) -> str:
    if changes is None:
        return ""
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)


def audit_page(db: Database, actor: Actor, filt: AuditFilter = AuditFilter(), *,
               before_id: int | None = None, limit: int = PAGE_SIZE) -> list[AuditRow]:
    """Up to `limit` events matching `filt`, newest first, older than `before_id` when given."""
    actor.require("leader", N_("view the audit trail"))
    if limit < 1:
        raise AuditFilterError(_("A page must hold at least one row."))
    query = (
        select(AuditEvent, Staff.name)
        .outerjoin(Staff, Staff.id == AuditEvent.actor_staff_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    query = _filtered(query, filt)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    with db.read() as session:
        rows = session.execute(query).all()
    return [
        AuditRow(id=event.id, at=event.at, actor=event.actor, actor_name=name or event.actor,
                 action=event.action, entity=event.entity, entity_id=event.entity_id,
                 changes=_summary(event.changes))
        for event, name in rows
    ]


def audit_count(db: Database, actor: Actor, filt: AuditFilter = AuditFilter()) -> int:
    """How many events match `filt` (shown above the table)."""
    actor.require("leader", N_("view the audit trail"))
    with db.read() as session:
        return session.scalar(_filtered(select(func.count()).select_from(AuditEvent), filt)) or 0


def audit_choices(db: Database, actor: Actor) -> AuditChoices:
    """The values the filters offer: who has acted, on what, how."""
    actor.require("leader", N_("view the audit trail"))
    with db.read() as session:
        actors = session.execute(
            select(AuditEvent.actor, func.max(Staff.name))
            .outerjoin(Staff, Staff.id == AuditEvent.actor_staff_id)
            .group_by(AuditEvent.actor)
            .order_by(AuditEvent.actor)
        ).all()
        entities = session.scalars(select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)).all()
        actions = session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
    return AuditChoices(actors=tuple((label, name or label) for label, name in actors),
                        entities=tuple(entities), actions=tuple(actions))
