"""Signing in: PIN/password rules, Argon2id, lock-out, desk sessions, first run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Desk, DeskSession, Staff
from deskapp.people import auth
from deskapp.people.auth import (
    CredentialRuleError,
    LockedOut,
    SignInError,
    WrongCredential,
    check_credential_rules,
    end_desk_session,
    needs_first_leader,
    sign_in,
    touch_desk_session,
)
from deskapp.people.staff import create_first_leader

DESK = "Main Library – Ground floor desk"


def add_person(db: Database, name: str, initials: str, role: str, secret: str | None) -> int:
    with db.write() as session:
        person = Staff(name=name, initials=initials, role=role, failed_attempts=0)
        if secret:
            auth.set_credential(person, secret)
        session.add(person)
        session.flush()
        return person.id


@pytest.mark.parametrize(("role", "secret", "kind"), [
    ("staff", "1234", "pin"), ("staff", "12345678", "pin"), ("staff", "long enough", "password"),
    ("leader", "leader-pass", "password"), ("admin", "12345678x", "password"),
])
def test_credential_rules_accept(role: str, secret: str, kind: str) -> None:
    assert check_credential_rules(role, secret) == kind


@pytest.mark.parametrize(("role", "secret", "message"), [
    ("staff", "123", "4 to 8 digits"), ("staff", "123456789", "4 to 8 digits"), ("staff", "abc", "PIN of 4"),
    ("leader", "1234", "not a PIN"), ("leader", "12345678", "not a PIN"), ("admin", "short", "at least 8"),
])
def test_credential_rules_refuse_with_a_plain_message(role: str, secret: str, message: str) -> None:
    with pytest.raises(CredentialRuleError, match=message):
        check_credential_rules(role, secret)


def test_credentials_are_stored_as_argon2id_hashes(db: Database) -> None:
    staff_id = add_person(db, "Aisha Ahmed", "AA", "staff", "1234")
    with db.read() as session:
        stored = session.get(Staff, staff_id).credential_hash
    assert stored.startswith("$argon2id$")
    assert "1234" not in stored


def test_sign_in_opens_a_desk_session_and_returns_the_actor(any_db: Database) -> None:
    staff_id = add_person(any_db, "Aisha Ahmed", "AA", "staff", "1234")
    result = sign_in(any_db, staff_id, "1234", DESK)
    assert result.actor.staff_id == staff_id and result.actor.role == "staff"
    assert result.desk_name == DESK and result.name == "Aisha Ahmed"
    with any_db.read() as session:
        desk_session = session.get(DeskSession, result.desk_session_id)
        assert desk_session.staff_id == staff_id and desk_session.signed_out_at is None
        assert session.scalar(select(Desk.name).where(Desk.id == result.desk_id)) == DESK


def test_a_wrong_pin_is_counted_and_a_right_one_resets_the_count(db: Database) -> None:
    staff_id = add_person(db, "Ben Brown", "BB", "staff", "1234")
    with pytest.raises(WrongCredential, match="4 tries left") as caught:
        sign_in(db, staff_id, "9999", DESK)
    assert caught.value.attempts_left == 4
    with db.read() as session:
        assert session.get(Staff, staff_id).failed_attempts == 1
    sign_in(db, staff_id, "1234", DESK)
    with db.read() as session:
        assert session.get(Staff, staff_id).failed_attempts == 0


def test_five_wrong_pins_lock_the_person_out_until_a_stated_time(any_db: Database) -> None:
    staff_id = add_person(any_db, "Chloe Christensen", "CC", "staff", "1234")
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    for _ in range(4):
        with pytest.raises(WrongCredential):
            sign_in(any_db, staff_id, "0000", DESK, now=now)
    with pytest.raises(LockedOut, match=r"locked out after 5 wrong tries\. Try again at") as caught:
        sign_in(any_db, staff_id, "0000", DESK, now=now)
    assert caught.value.until == now + timedelta(minutes=auth.LOCKOUT_MINUTES)
    # Even the right PIN is refused while locked out ...
    with pytest.raises(LockedOut):
        sign_in(any_db, staff_id, "1234", DESK, now=now + timedelta(minutes=1))
    # ... and works once the time has passed.
    sign_in(any_db, staff_id, "1234", DESK, now=now + timedelta(minutes=auth.LOCKOUT_MINUTES, seconds=1))
    with any_db.read() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.entity == "staff")) == "lock-out"


def test_inactive_people_and_people_without_credentials_cannot_sign_in(db: Database) -> None:
    no_pin = add_person(db, "Dev Davies", "DD", "staff", None)
    with pytest.raises(SignInError, match="no PIN or password yet"):
        sign_in(db, no_pin, "1234", DESK)
    gone = add_person(db, "Emma Evans", "EE", "staff", "1234")
    with db.write() as session:
        session.get(Staff, gone).active = False
    with pytest.raises(SignInError, match="not on the staff list"):
        sign_in(db, gone, "1234", DESK)


def test_an_outdated_hash_is_rehashed_on_sign_in(db: Database) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with db.write() as session:
        person = Staff(name="Finn Fischer", initials="FF", role="staff", credential_kind="pin",
                       credential_hash=weak.hash("2468"), failed_attempts=0)
        session.add(person)
        session.flush()
        staff_id = person.id
    sign_in(db, staff_id, "2468", DESK)
    with db.read() as session:
        stored = session.get(Staff, staff_id).credential_hash
    assert not auth.HASHER.check_needs_rehash(stored)
    assert auth.HASHER.verify(stored, "2468")


def test_desk_sessions_are_touched_and_closed(db: Database) -> None:
    staff_id = add_person(db, "Grace Garcia", "GG", "staff", "1234")
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    signed = sign_in(db, staff_id, "1234", DESK, now=start)
    touch_desk_session(db, signed.desk_session_id, now=start + timedelta(minutes=30))
    end_desk_session(db, signed.desk_session_id, at_last_seen=True)
    with db.read() as session:
        row = session.get(DeskSession, signed.desk_session_id)
    assert row.signed_out_at == start + timedelta(minutes=30)


def test_signing_in_again_closes_a_session_left_open_by_a_crash(db: Database) -> None:
    staff_id = add_person(db, "Hamid Hansen", "HH", "staff", "1234")
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    first = sign_in(db, staff_id, "1234", DESK, now=start)
    touch_desk_session(db, first.desk_session_id, now=start + timedelta(minutes=5))
    second = sign_in(db, staff_id, "1234", "Science Library – Help point", now=start + timedelta(hours=2))
    with db.read() as session:
        assert session.get(DeskSession, first.desk_session_id).signed_out_at == start + timedelta(minutes=5)
        assert session.get(DeskSession, second.desk_session_id).signed_out_at is None


def test_first_run_creates_one_leader_and_then_refuses(any_db: Database) -> None:
    with any_db.write() as session:
        assert needs_first_leader(session)
        leader_id = create_first_leader(session, "  Isla   Ito ", "ii", "leader-pass")
    with any_db.read() as session:
        person = session.get(Staff, leader_id)
        assert (person.name, person.initials, person.role, person.credential_kind) == (
            "Isla Ito", "II", "admin", "password")
        assert not needs_first_leader(session)
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.entity_id == str(leader_id))) == "create"
    with pytest.raises(SignInError, match="already exists"), any_db.write() as session:
        create_first_leader(session, "Someone Else", "SE", "another-pass")


def test_first_leader_needs_a_password_not_a_pin(db: Database) -> None:
    with pytest.raises(CredentialRuleError), db.write() as session:
        create_first_leader(session, "Jonas Jensen", "JJ", "1234")
    with db.read() as session:
        assert needs_first_leader(session)


def test_people_change_their_own_pin_after_giving_the_current_one(db: Database) -> None:
    staff_id = add_person(db, "Jonas Jensen", "JJ", "staff", "1234")
    actor = sign_in(db, staff_id, "1234", DESK).actor
    with pytest.raises(CredentialRuleError):
        auth.change_own_credential(db, actor, "1234", "12")
    with pytest.raises(WrongCredential, match="4 tries left"):
        auth.change_own_credential(db, actor, "9999", "4321")
    assert auth.change_own_credential(db, actor, "1234", "4321") == "pin"
    assert sign_in(db, staff_id, "4321", DESK).actor.staff_id == staff_id
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "change-own-credential")).one()
    assert event.actor == f"staff:{staff_id}" and "4321" not in str(event.changes)
