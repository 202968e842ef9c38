"""Desks (service points). Each PC names its desk in its per-PC settings; the row is made on first use."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import Desk
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import _

MAX_DESK_NAME = 120


class DeskNameError(ValueError):
    """A desk name that cannot be used."""


@dataclass(frozen=True)
class DeskInfo:
    id: int
    name: str
    active: bool


def clean_desk_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise DeskNameError(_("Give this desk a name, for example “Main Library – Ground floor desk”."))
    if len(cleaned) > MAX_DESK_NAME:
        raise DeskNameError(_("A desk name can be at most {MAX_DESK_NAME} characters long.").format(
                MAX_DESK_NAME=MAX_DESK_NAME))
    return cleaned


def find_desk(session: Session, name: str) -> int | None:
    """The id of the desk with this name (ignoring case and extra spaces), or None."""
    cleaned = clean_desk_name(name)
    return session.scalar(select(Desk.id).where(func.lower(Desk.name) == cleaned.lower()).order_by(Desk.id))


def ensure_desk(session: Session, name: str, actor: Actor | None = None) -> int:
    """The id of the desk called `name`, creating it (audited when an actor is given) if it is new."""
    existing = find_desk(session, name)
    if existing is not None:
        return existing
    desk = Desk(name=clean_desk_name(name))
    session.add(desk)
    session.flush()
    if actor is not None:
        record(session, actor, "create", "desk", desk.id, {"name": desk.name}, desk_id=desk.id)
    return desk.id


def list_desks(session: Session, *, include_inactive: bool = False) -> list[DeskInfo]:
    query = select(Desk).order_by(Desk.name)
    if not include_inactive:
        query = query.where(Desk.active)
    return [DeskInfo(d.id, d.name, d.active) for d in session.scalars(query)]


def desks_and_this_one(session: Session, this_desk_name: str) -> tuple[list[DeskInfo], int | None]:
    """The active desks and the id of the one this PC is named after (None while the PC has no valid name)."""
    try:
        here = find_desk(session, this_desk_name)
    except DeskNameError:
        here = None
    return list_desks(session), here
