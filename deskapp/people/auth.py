"""Signing in at a shared desk PC: credentials, lock-out, and the desk sessions coverage reports count.

Staff may use a PIN (4-8 digits); team leaders and admins must use a password of at least 8 characters.
Credentials are hashed with Argon2id (argon2-cffi) and re-hashed on sign-in when the parameters change.
Five wrong attempts lock that person out for LOCKOUT_MINUTES.

Sign-in takes a Database rather than a Session: a wrong PIN must be counted (committed) even though the
call then raises, and the slow Argon2 check runs outside any write transaction so other desks never wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.db.models import Desk, DeskSession, Staff
from deskapp.platform.actor import ROLE_RANK, Actor
from deskapp.platform.audit import record
from deskapp.platform.desks import ensure_desk
from deskapp.platform.i18n import _, ngettext
from deskapp.platform.localtime import local_zone

MAX_ATTEMPTS = 5
LOCKOUT_MINUTES = 15
MIN_PASSWORD = 8
PIN_LENGTHS = range(4, 9)

# Argon2id at OWASP's recommended baseline (19 MiB, 2 passes, 1 lane). The library default (64 MiB, 3 passes,
# 4 lanes) took 0.7 s per check on our 2-core test box: on an old desk PC that is a frozen sign-in screen
# many times a day. Stored hashes carry their parameters; raise these and every hash is upgraded at its
# owner's next sign-in (check_needs_rehash).
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class CredentialRuleError(ValueError):
    """A PIN or password that does not meet the rules for the person's role."""


class SignInError(ValueError):
    """Signing in did not work; the message says why in a plain sentence."""


class WrongCredential(SignInError):
    def __init__(self, message: str, attempts_left: int) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left


class LockedOut(SignInError):
    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class SignIn:
    """Who is signed in where: the actor for domain calls, and the desk session to touch and close."""

    actor: Actor
    name: str
    initials: str
    desk_id: int
    desk_name: str
    desk_session_id: int
    language: str = ""  # the person's own interface language; "" follows the PC

    @property
    def role(self) -> str:
        return self.actor.role


def credential_kind(secret: str) -> str:
    """"pin" for 4-8 digits, else "password"."""
    return "pin" if secret.isdigit() and len(secret) in PIN_LENGTHS else "password"


def check_credential_rules(role: str, secret: str) -> str:
    """Raise CredentialRuleError unless `secret` suits `role`; return its kind ("pin" or "password")."""
    if role not in ROLE_RANK:
        raise CredentialRuleError(_("Unknown role “{role}”: use staff, leader or admin.").format(role=role))
    secret = secret or ""
    if secret.isdigit():
        if len(secret) not in PIN_LENGTHS:
            raise CredentialRuleError(_("A PIN is 4 to 8 digits."))
        if role != "staff":
            raise CredentialRuleError(
                _("Team leaders and admins sign in with a password of at least {MIN_PASSWORD} characters, not a "
                  "PIN.").format(MIN_PASSWORD=MIN_PASSWORD))
        return "pin"
    if len(secret) < MIN_PASSWORD:
        if role == "staff":
            raise CredentialRuleError(
                _("Use a PIN of 4 to 8 digits, or a password of at least {MIN_PASSWORD} characters.").format(
                        MIN_PASSWORD=MIN_PASSWORD))
        raise CredentialRuleError(_("A password needs at least {MIN_PASSWORD} characters.").format(
                MIN_PASSWORD=MIN_PASSWORD))
    if secret.strip() != secret:
        raise CredentialRuleError(_("A password cannot start or end with a space."))
    return "password"


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def set_credential(person: Staff, secret: str, *, hashed: str | None = None) -> str:
    """Check the rules for the person's role and store the hash (or a hash made already); return the kind."""
    kind = check_credential_rules(person.role, secret)
    person.credential_kind = kind
    person.credential_hash = hashed or hash_secret(secret)
    person.failed_attempts = 0
    person.locked_until = None
    return kind


def local_time_text(moment: datetime) -> str:
    """A time as this desk's wall clock shows it; with the date when it is not today."""
    local = moment.astimezone(local_zone())
    if local.date() == datetime.now(local_zone()).date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %Y %H:%M")


def _locked_message(name: str, until: datetime) -> str:
    return (f"{name} is locked out after {MAX_ATTEMPTS} wrong tries. Try again at {local_time_text(until)}, "
            "or ask a team leader to reset the PIN or password.")


@dataclass(frozen=True)
class _Candidate:
    id: int
    name: str
    initials: str
    role: str
    hash: str | None
    locked_until: datetime | None


def sign_in(db: Database, staff_id: int, secret: str, desk_name: str, *, now: datetime | None = None) -> SignIn:
    """Check the PIN or password and open a desk session; raise SignInError (or a subclass) otherwise."""
    now = now or datetime.now(UTC)
    with db.read() as session:
        person = session.get(Staff, staff_id)
        if person is None or not person.active:
            raise SignInError(_("That name is not on the staff list any more. Pick your name again."))
        candidate = _Candidate(person.id, person.name, person.initials, person.role, person.credential_hash,
                               person.locked_until)
    if candidate.locked_until is not None and candidate.locked_until > now:
        raise LockedOut(_locked_message(candidate.name, candidate.locked_until), candidate.locked_until)
    if not candidate.hash:
        raise SignInError(_("{name} has no PIN or password yet. Ask a team leader to set one.").format(
                name=candidate.name))
    try:
        HASHER.verify(candidate.hash, secret or "")
        ok = True
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    if not ok:
        _count_failure(db, candidate, now)  # commits, then raises
    return _open_session(db, candidate, secret, desk_name, now)


def _count_failure(db: Database, candidate: _Candidate, now: datetime) -> None:
    with db.write() as session:
        # Atomic increment: two desks failing at once both count.
        session.execute(update(Staff).where(Staff.id == candidate.id)
                        .values(failed_attempts=Staff.failed_attempts + 1))
        person = session.get(Staff, candidate.id, populate_existing=True)
        assert person is not None
        if person.failed_attempts >= MAX_ATTEMPTS:
            until = now + timedelta(minutes=LOCKOUT_MINUTES)
            person.failed_attempts = 0
            person.locked_until = until
            record(session, Actor.staff_member(person.id, person.role), "lock-out", "staff", person.id,
                   {"locked_until": until.isoformat(), "reason": f"{MAX_ATTEMPTS} wrong tries"})
            error: SignInError = LockedOut(_locked_message(person.name, until), until)
        else:
            left = MAX_ATTEMPTS - person.failed_attempts
            if person.credential_kind == "pin":
                text = ngettext("That PIN is not right. {left} try left before {name} is locked out for "
                                "{minutes} minutes.", "That PIN is not right. {left} tries left before {name} is "
                                "locked out for {minutes} minutes.", left)
            else:
                text = ngettext("That password is not right. {left} try left before {name} is locked out for "
                                "{minutes} minutes.", "That password is not right. {left} tries left before {name} "
                                "is locked out for {minutes} minutes.", left)
            error = WrongCredential(text.format(left=left, name=person.name, minutes=LOCKOUT_MINUTES), left)
    raise error


def _open_session(db: Database, candidate: _Candidate, secret: str, desk_name: str, now: datetime) -> SignIn:
    new_hash = hash_secret(secret) if HASHER.check_needs_rehash(candidate.hash or "") else None
    with db.write() as session:
        person = session.get(Staff, candidate.id)
        assert person is not None
        person.failed_attempts = 0
        person.locked_until = None
        if new_hash and person.credential_hash == candidate.hash:
            person.credential_hash = new_hash
        actor = Actor.staff_member(person.id, person.role)
        desk_id = ensure_desk(session, desk_name, actor)
        _close_open_sessions(session, person.id)
        desk_session = DeskSession(staff_id=person.id, desk_id=desk_id, signed_in_at=now, last_seen_at=now)
        session.add(desk_session)
        session.flush()
        desk = session.get(Desk, desk_id)
        assert desk is not None
        return SignIn(actor, person.name, person.initials, desk_id, desk.name, desk_session.id,
                      person.language or "")


def _close_open_sessions(session: Session, staff_id: int) -> None:
    """A person is at one desk at a time: a session left open (crash, power cut) ends when last seen."""
    session.execute(update(DeskSession)
                    .where(DeskSession.staff_id == staff_id, DeskSession.signed_out_at.is_(None))
                    .values(signed_out_at=DeskSession.last_seen_at))


def touch_desk_session(db: Database, desk_session_id: int, *, now: datetime | None = None) -> None:
    """Still here (called now and then while signed in, and when the screen locks)."""
    with db.write() as session:
        session.execute(update(DeskSession)
                        .where(DeskSession.id == desk_session_id, DeskSession.signed_out_at.is_(None))
                        .values(last_seen_at=now or datetime.now(UTC)))


def end_desk_session(db: Database, desk_session_id: int, *, at_last_seen: bool = False,
                     now: datetime | None = None) -> None:
    """Sign out: close the desk session now, or when last seen (a locked screen someone else took over)."""
    now = now or datetime.now(UTC)
    with db.write() as session:
        values = {"signed_out_at": DeskSession.last_seen_at} if at_last_seen else {
            "signed_out_at": now, "last_seen_at": now}
        session.execute(update(DeskSession)
                        .where(DeskSession.id == desk_session_id, DeskSession.signed_out_at.is_(None))
                        .values(**values))


# --- first run ---------------------------------------------------------------------------------------------

def needs_first_leader(session: Session) -> bool:
    """True while no active team leader or admin can sign in: the app then offers the first-run wizard."""
    count = session.scalar(select(func.count()).select_from(Staff).where(
        Staff.active, Staff.role.in_(("leader", "admin")), Staff.credential_hash.is_not(None)))
    return not count


def change_own_credential(db: Database, actor: Actor, current: str, new: str, *,
                          now: datetime | None = None) -> str:
    """A signed-in person sets their own PIN or password, so no team leader needs to know it.

    The current one is asked for (someone may use an unlocked desk); wrong answers count towards lock-out.
    """
    if actor.staff_id is None:
        raise SignInError(_("Only a signed-in person can change their own PIN or password."))
    now = now or datetime.now(UTC)
    with db.read() as session:
        person = session.get(Staff, actor.staff_id)
        if person is None or not person.active:
            raise SignInError(_("That name is not on the staff list any more."))
        candidate = _Candidate(person.id, person.name, person.initials, person.role, person.credential_hash,
                               person.locked_until)
    check_credential_rules(candidate.role, new)  # a bad new one costs no try
    try:
        HASHER.verify(candidate.hash or "", current or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        _count_failure(db, candidate, now)
    hashed = hash_secret(new)
    with db.write() as session:
        person = session.get(Staff, candidate.id)
        assert person is not None
        kind = set_credential(person, new, hashed=hashed)
        record(session, actor, "change-own-credential", "staff", person.id, {"credential": kind})
    return kind
