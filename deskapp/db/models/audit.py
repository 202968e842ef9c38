"""Append-only audit trail: who changed what, when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.db.base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index(None, "at"), Index(None, "entity", "entity_id"), Index(None, "actor_staff_id", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # "staff:12" for the signed-in person, "cli:alice" for the operating-system user of a CLI command.
    actor: Mapped[str] = mapped_column(String(120))
    actor_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    # {"field": [old, new], ...} for edits; the whole row for creates and deletes.
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"))
