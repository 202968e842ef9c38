"""The audit trail is append-only: the database itself refuses to alter or remove its rows."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from deskapp.db.migrate import downgrade, upgrade
from deskapp.db.models import AuditEvent
from deskapp.platform import audit
from deskapp.platform.actor import Actor


def _one_event(db) -> int:
    with db.write() as session:
        audit.record(session, Actor.cli(), "create", "skill", 7, {"label": "Configure eduroam"})
    with db.read() as session:
        return session.scalar(select(func.max(AuditEvent.id)))


def test_audit_rows_cannot_be_edited(any_db):
    event_id = _one_event(any_db)

    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(actor="someone-else"))

    with any_db.read() as session:
        assert session.get(AuditEvent, event_id).actor.startswith("cli:")


def test_audit_rows_cannot_be_deleted(any_db):
    event_id = _one_event(any_db)

    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        session.execute(delete(AuditEvent))

    with any_db.read() as session:
        assert session.get(AuditEvent, event_id) is not None


def test_raw_sql_cannot_rewrite_history_either(any_db):
    event_id = _one_event(any_db)

    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        session.execute(text("UPDATE audit_events SET changes = NULL WHERE id = :id"), {"id": event_id})

    with any_db.read() as session:
        assert session.get(AuditEvent, event_id).changes == {"label": "Configure eduroam"}


@pytest.mark.postgres
def test_audit_table_cannot_be_truncated_on_postgres(pg_db):
    _one_event(pg_db)

    with pytest.raises(DBAPIError, match="append-only"), pg_db.write() as session:
        session.execute(text("TRUNCATE audit_events"))


def test_new_audit_rows_can_still_be_added(any_db):
    _one_event(any_db)
    _one_event(any_db)

    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) >= 2


def test_downgrade_removes_the_triggers_and_upgrade_restores_them(any_db):
    event_id = _one_event(any_db)

    downgrade(any_db, "0003")
    with any_db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(action="edit"))
    upgrade(any_db)

    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(action="delete"))


def test_the_trail_records_that_a_note_changed_but_never_its_words(db):
    with db.write() as session:
        audit.record(session, Actor.cli(), "edit", "enquiry", 5, {"notes": ["printer jam", "card 1234567"],
                                                                   "read_level": [1, 2]})

    with db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.changes == {"notes": ["(11 characters)", "(12 characters)"], "read_level": [1, 2]}
