"""Privacy: notes older than the retention period are purged; the coded fields stay for statistics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.cli import main
from deskapp.db.models import AuditEvent, Enquiry
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.retention import RetentionError, purge_notes, retention_days, run_scheduled_purge
from deskapp.platform.shared_settings import set_note_retention_days
from tests.safety_helpers import coded_ids, ensure_staff_and_desk, insert_enquiry

NOW = datetime.now(UTC)
LEADER = Actor(role="leader", label="staff:900", staff_id=None)


def add(db, notes: str, days_ago: int) -> int:
    with db.write() as session:
        staff_id, desk_id = ensure_staff_and_desk(session)
        return insert_enquiry(session, staff_id, desk_id, coded_ids(session), notes=notes,
                              asked_at=NOW - timedelta(days=days_ago))


def test_old_notes_are_purged_and_the_coded_fields_stay(any_db):
    old = add(any_db, "eduroam on a Pixel, profile reinstalled", 120)
    recent = add(any_db, "printer queue stuck", 10)
    with any_db.read() as session:
        before = session.get(Enquiry, old)

    with any_db.write() as session:
        result = purge_notes(session, Actor.cli(), 90)

    assert result.purged == 1
    with any_db.read() as session:
        purged, kept = session.get(Enquiry, old), session.get(Enquiry, recent)
        assert purged.notes == "" and purged.notes_purged_at is not None
        assert (purged.category_id, purged.channel_id, purged.outcome_id, purged.asked_at) == (
            before.category_id, before.channel_id, before.outcome_id, before.asked_at)
        assert kept.notes == "printer queue stuck" and kept.notes_purged_at is None


def test_a_purge_is_audited_as_one_event(any_db):
    for days in (100, 120, 140):
        add(any_db, "note", days)

    with any_db.write() as session:
        purge_notes(session, LEADER, 90)
    with any_db.write() as session:
        again = purge_notes(session, LEADER, 90)

    assert again.purged == 0
    with any_db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "purge-notes")).all()
    assert len(events) == 1
    assert events[0].changes["purged"] == 3 and events[0].actor == "staff:900"


def test_staff_cannot_purge_notes(db):
    add(db, "keep me", 200)

    with pytest.raises(PermissionDenied), db.write() as session:
        purge_notes(session, Actor.staff_member(1, "staff"), 90)

    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enquiry).where(Enquiry.notes != "")) == 1


def test_a_nonsense_period_is_refused(db):
    with pytest.raises(RetentionError, match="at least 1 day"), db.write() as session:
        purge_notes(session, Actor.cli(), 0)


def test_the_scheduled_purge_follows_the_team_leaders_setting(any_db):
    add(any_db, "forty days old", 40)
    with any_db.read() as session:
        assert retention_days(session) == 90
    assert run_scheduled_purge(any_db).purged == 0

    with any_db.write() as session:
        set_note_retention_days(session, Actor.cli(), 30)

    assert run_scheduled_purge(any_db).purged == 1


def test_purged_text_is_not_left_behind_in_the_sqlite_file(db):
    secret = "zq-unique-marker-4471"
    add(db, f"student said {secret}", 200)

    run_scheduled_purge(db)
    db.dispose()

    files = [db.sqlite_path, db.sqlite_path.with_name(db.sqlite_path.name + "-wal")]
    assert all(secret.encode() not in path.read_bytes() for path in files if path.exists())


def test_cli_purge_notes(db_path, capsys):
    from deskapp.db import Database

    db = Database(db_path)
    add(db, "old", 50)
    add(db, "new", 5)
    db.dispose()

    assert main(["--db", str(db_path), "privacy", "purge-notes", "--older-than", "30", "--dry-run"]) == 0
    assert main(["--db", str(db_path), "privacy", "purge-notes", "--older-than", "30"]) == 0
    assert main(["--db", str(db_path), "privacy", "purge-notes", "--older-than", "-3"]) == 1

    out = capsys.readouterr()
    assert "1 notes are older than 30 days" in out.out and "Purged 1 notes" in out.out
    assert "at least 1 day" in out.err


def test_the_audit_trail_does_not_keep_a_copy_of_purged_notes(db):
    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry

    with db.write() as session:
        staff_id, desk_id = ensure_staff_and_desk(session)
        category, channel, outcome = coded_ids(session)
        log_enquiry(session, Actor.staff_member(staff_id, "staff"), desk_id,
                    EnquiryDraft(category, channel, outcome, notes="zq-audit-marker",
                                 asked_at=NOW - timedelta(days=200)))
    run_scheduled_purge(db)

    with db.read() as session:
        texts = [str(c) for c in session.scalars(select(AuditEvent.changes))]
    assert not any("zq-audit-marker" in text for text in texts)
