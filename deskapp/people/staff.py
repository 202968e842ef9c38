"""The staff list: who can sign in, with which role. Changes are for team leaders (admins to grant admin),
each audited. Deactivated people keep their history: enquiries and audit events still name them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import Staff
from deskapp.people.auth import SignInError, check_credential_rules, needs_first_leader, set_credential
from deskapp.platform.actor import ROLE_RANK, Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import _

MAX_NAME = 120
ROLE_LABELS = {"staff": "Staff", "leader": "Team leader", "admin": "Admin"}
_INITIALS = re.compile(r"^[A-Z0-9]{1,8}$")
# The interface languages a person can choose; "" means "this PC's language" (deskapp/ui/i18n.py).
INTERFACE_LANGUAGES = ("en", "da")


class StaffError(ValueError):
    """A staff change that cannot be made; the message says why."""


@dataclass(frozen=True)
class StaffPick:
    """One name in the sign-in picker."""

    id: int
    name: str
    initials: str


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    initials: str
    role: str
    active: bool
    credential_kind: str | None
    locked_until: datetime | None
    language: str = ""  # "" follows the PC

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or datetime.now(UTC))


def clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise StaffError(_("Enter the person's name."))
    if len(cleaned) > MAX_NAME:
        raise StaffError(_("A name can be at most {MAX_NAME} characters long.").format(MAX_NAME=MAX_NAME))
    return cleaned


def clean_initials(initials: str) -> str:
    cleaned = (initials or "").strip().upper()
    if not _INITIALS.match(cleaned):
        raise StaffError(_("Initials are 1 to 8 letters or digits, for example “AB” or “AB2”."))
    return cleaned


def _row(person: Staff) -> StaffRow:
    return StaffRow(person.id, person.name, person.initials, person.role, person.active, person.credential_kind,
                    person.locked_until, person.language or "")


def list_for_sign_in(session: Session) -> list[StaffPick]:
    """Active staff, by name: the sign-in picker (no roles, nothing else)."""
    rows = session.execute(select(Staff.id, Staff.name, Staff.initials).where(Staff.active)
                           .order_by(func.lower(Staff.name), Staff.id))
    return [StaffPick(*row) for row in rows]


def count_staff(session: Session, actor: Actor, *, include_inactive: bool = False) -> int:
    actor.require("leader", "see the staff list")
    query = select(func.count()).select_from(Staff)
    if not include_inactive:
        query = query.where(Staff.active)
    return session.scalar(query) or 0


def list_staff(session: Session, actor: Actor, *, include_inactive: bool = False, offset: int = 0,
               limit: int | None = None) -> list[StaffRow]:
    """One page of the staff list with roles, active people first, by name."""
    actor.require("leader", "see the staff list")
    query = select(Staff).order_by(Staff.active.desc(), func.lower(Staff.name), Staff.id).offset(offset)
    if not include_inactive:
        query = query.where(Staff.active)
    if limit is not None:
        query = query.limit(limit)
    return [_row(p) for p in session.scalars(query)]


def get_staff(session: Session, staff_id: int) -> StaffRow:
    return _row(_load(session, staff_id))


def find_staff(session: Session, initials_or_id: str) -> int:
    """The id of the person with these initials (or this number): how the CLI names people."""
    text = (initials_or_id or "").strip()
    person = session.scalar(select(Staff).where(func.upper(Staff.initials) == text.upper()))
    if person is None and text.isdigit():
        person = session.get(Staff, int(text))
    if person is None:
        raise StaffError(_("No one on the staff list has the initials “{text}”.").format(text=text))
    return person.id


def _load(session: Session, staff_id: int) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise StaffError(_("That person is not on the staff list."))
    return person


def _check_role(role: str) -> None:
    if role not in ROLE_RANK:
        raise StaffError(_("Unknown role “{role}”: use staff, leader or admin.").format(role=role))


def _may_manage(actor: Actor, person: Staff, action: str) -> None:
    actor.require("leader", action)
    if person.role == "admin" and actor.staff_id != person.id:
        actor.require("admin", f"{action} for an admin")


def _initials_free(session: Session, initials: str, except_id: int | None = None) -> None:
    clash = session.scalar(select(Staff).where(func.upper(Staff.initials) == initials, Staff.id != (except_id or -1)))
    if clash is not None:
        raise StaffError(_("The initials {initials} already belong to {name}; choose others.").format(
                initials=initials,
                name=clash.name))


def _other_active_leaders(session: Session, staff_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Staff).where(
        Staff.active, Staff.role.in_(("leader", "admin")), Staff.id != staff_id)) or 0


def add_staff(session: Session, actor: Actor, name: str, initials: str, role: str = "staff",
              secret: str | None = None, *, hashed: str | None = None) -> int:
    """Add a person; `secret` is their first PIN or password (they cannot sign in without one)."""
    actor.require("leader", "add staff")
    _check_role(role)
    if role == "admin":
        actor.require("admin", "make someone an admin")
    person = Staff(name=clean_name(name), initials=clean_initials(initials), role=role, active=True,
                   failed_attempts=0)
    _initials_free(session, person.initials)
    if secret:
        set_credential(person, secret, hashed=hashed)
    session.add(person)
    session.flush()
    record(session, actor, "create", "staff", person.id, {"name": person.name, "initials": person.initials,
                                                           "role": role, "credential": person.credential_kind})
    return person.id


def edit_staff(session: Session, actor: Actor, staff_id: int, *, name: str | None = None,
               initials: str | None = None) -> dict[str, list[str]]:
    """Change a person's name or initials; returns what changed (field -> [old, new])."""
    person = _load(session, staff_id)
    _may_manage(actor, person, "edit staff details")
    changes: dict[str, list[str]] = {}
    if name is not None and clean_name(name) != person.name:
        changes["name"] = [person.name, clean_name(name)]
        person.name = clean_name(name)
    if initials is not None and clean_initials(initials) != person.initials:
        new = clean_initials(initials)
        _initials_free(session, new, person.id)
        changes["initials"] = [person.initials, new]
        person.initials = new
    if changes:
        record(session, actor, "edit", "staff", person.id, changes)
    return changes


def set_language(session: Session, actor: Actor, staff_id: int, language: str) -> bool:
    """The interface language a person uses at every desk ("" = each PC's own). Anyone may choose their own;
    a team leader may set it for others. Returns whether it changed (audited when it did)."""
    person = _load(session, staff_id)
    if actor.staff_id != person.id:
        _may_manage(actor, person, "choose someone else's language")
    code = (language or "").strip().lower()
    if code and code not in INTERFACE_LANGUAGES:
        raise StaffError(_("Unknown language “{language}”: use {choices} or none.").format(
            language=language, choices=", ".join(INTERFACE_LANGUAGES)))
    if code == (person.language or ""):
        return False
    record(session, actor, "edit", "staff", person.id, {"language": [person.language or "", code]})
    person.language = code
    return True


def own_language(session: Session, actor: Actor) -> str:
    """The signed-in person's own interface language ("" = each PC's own): what their settings show, and
    what the desk switches to after they or a team leader changed it."""
    if actor.staff_id is None:
        return ""
    person = session.get(Staff, actor.staff_id)
    return (person.language or "") if person is not None else ""


def set_role(session: Session, actor: Actor, staff_id: int, role: str, secret: str | None = None) -> None:
    """Make someone staff, team leader or admin. Leaders and admins need a password: give one (`secret`)
    when the person has only a PIN."""
    _check_role(role)
    person = _load(session, staff_id)
    _may_manage(actor, person, "change roles")
    if role == "admin":
        actor.require("admin", "make someone an admin")
    if role == person.role:
        return
    if person.active and ROLE_RANK[role] < ROLE_RANK["leader"] <= ROLE_RANK[person.role] \
            and not _other_active_leaders(session, person.id):
        raise StaffError(_("{name} is the last team leader or admin; make someone else one first.").format(
                name=person.name))
    # Check everything before changing anything: a refused change leaves the row as it was.
    if secret:
        check_credential_rules(role, secret)
    elif role != "staff" and person.credential_kind != "password":
        raise StaffError(_("{name} signs in with a PIN; a {value} needs a password of at least 8 characters. Give "
                           "them one with the new role.").format(name=person.name, value=ROLE_LABELS[role].lower()))
    old = person.role
    person.role = role
    if secret:
        set_credential(person, secret)
    record(session, actor, "set-role", "staff", person.id,
           {"role": [old, role], **({"credential": "reset"} if secret else {})})


def reset_credential(session: Session, actor: Actor, staff_id: int, secret: str, *,
                     hashed: str | None = None) -> str:
    """Give a person a new PIN or password (also lifts a lock-out); returns its kind."""
    person = _load(session, staff_id)
    if actor.staff_id != person.id:
        _may_manage(actor, person, "reset someone's PIN or password")
    kind = set_credential(person, secret, hashed=hashed)
    # Never the hash in the trail: only that it changed.
    record(session, actor, "reset-credential", "staff", person.id, {"credential": kind})
    return kind


def deactivate_staff(session: Session, actor: Actor, staff_id: int) -> None:
    """Take someone off the sign-in list; their enquiries and history stay theirs."""
    person = _load(session, staff_id)
    _may_manage(actor, person, "deactivate staff")
    if not person.active:
        return
    if actor.staff_id == person.id:
        raise StaffError(_("You cannot deactivate yourself; ask another team leader."))
    if person.role != "staff" and not _other_active_leaders(session, person.id):
        raise StaffError(_("{name} is the last team leader or admin; make someone else one first.").format(
                name=person.name))
    person.active = False
    record(session, actor, "deactivate", "staff", person.id, {"active": [True, False]})


def reactivate_staff(session: Session, actor: Actor, staff_id: int) -> None:
    person = _load(session, staff_id)
    _may_manage(actor, person, "reactivate staff")
    if person.active:
        return
    person.active = True
    record(session, actor, "reactivate", "staff", person.id, {"active": [False, True]})


def create_first_leader(session: Session, name: str, initials: str, password: str) -> int:
    """Create the first team leader, with admin rights so someone can manage the app from inside it.

    Refused once any leader or admin can sign in: the wizard must not become a way round the staff admin.
    """
    if not needs_first_leader(session):
        raise SignInError(_("A team leader already exists; ask them to add you on the Staff & settings page."))
    cleaned_initials = clean_initials(initials)
    clash = session.scalar(select(Staff).where(func.upper(Staff.initials) == cleaned_initials))
    if clash is not None:
        raise SignInError(_("The initials {cleaned_initials} already belong to {name}; choose others.").format(
                cleaned_initials=cleaned_initials,
                name=clash.name))
    person = Staff(name=clean_name(name), initials=cleaned_initials, role="admin", active=True)
    set_credential(person, password)
    session.add(person)
    session.flush()
    record(session, Actor.staff_member(person.id, "admin"), "create", "staff", person.id,
           {"name": person.name, "initials": person.initials, "role": "admin", "via": "first-run setup"})
    return person.id
