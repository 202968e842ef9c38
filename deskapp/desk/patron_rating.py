"""“How did we do?” (issue 19, point 4): after a save at a desk where a team leader turned it on, the patron
may answer one question on a small window turned towards them: good, neutral or poor, or skip.

A rating is linked to the enquiry and holds nothing else (deskapp/db/models/feedback.py): nothing identifies
the patron, and the reports read it only through the enquiry's coded fields (category, skills, READ level,
desk, date). Whether a desk asks is a shared setting per desk, off until a team leader turns it on: asking
patrons is a decision for the service, not for each PC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import AppSetting, Desk, Enquiry, PatronRating
from deskapp.db.models.feedback import RATINGS
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import _

SETTING_PREFIX = "patron_rating.desk."
# A rating belongs to the patron just served: the window asks right after the save, so an answer for an
# enquiry saved longer ago than this is someone else's patron (or a rating typed in afterwards) and is refused.
RATE_WITHIN = timedelta(minutes=30)


class RatingError(ValueError):
    """A rating or a setting that cannot be saved; the message says why in plain words."""


def _key(desk_id: int) -> str:
    return f"{SETTING_PREFIX}{desk_id}"


def rating_enabled(session: Session, desk_id: int) -> bool:
    """Whether this desk asks its patrons (off unless a team leader turned it on)."""
    row = session.get(AppSetting, _key(desk_id))
    return bool(row is not None and row.value is True)


def desks_asking(session: Session) -> set[int]:
    """The desks that ask their patrons."""
    rows = session.scalars(select(AppSetting).where(AppSetting.key.startswith(SETTING_PREFIX)))
    return {int(row.key.removeprefix(SETTING_PREFIX)) for row in rows if row.value is True}


def set_rating_enabled(session: Session, actor: Actor, desk_id: int, enabled: bool) -> bool:
    """A team leader turns the patron rating on or off for one desk; returns whether it changed. Audited."""
    actor.require("leader", "turn the patron rating on or off")
    if session.get(Desk, desk_id) is None:
        raise RatingError(_("There is no such desk."))
    key = _key(desk_id)
    row = session.get(AppSetting, key)
    old = bool(row is not None and row.value is True)
    if old == enabled:
        return False
    if row is None:
        session.add(AppSetting(key=key, value=enabled))
    else:
        row.value = enabled
    record(session, actor, "edit", "setting", key, {"value": [old, enabled]}, desk_id=desk_id)
    return True


def record_rating(session: Session, actor: Actor, enquiry_id: int, rating: str, *,
                  now: datetime | None = None) -> None:
    """The patron's answer for the enquiry just saved. Only the person who saved it, at a desk that asks,
    within RATE_WITHIN of saving, once."""
    if rating not in RATINGS:
        raise RatingError(_("A rating is good, neutral or poor."))
    enquiry = session.get(Enquiry, enquiry_id)
    if enquiry is None:
        raise RatingError(_("That enquiry is no longer in the log, so its rating was not kept."))
    if actor.staff_id is None or enquiry.staff_id != actor.staff_id:
        raise RatingError(_("A patron rates the enquiry they were just served with, at the desk that saved it."))
    if not rating_enabled(session, enquiry.desk_id):
        raise RatingError(_("This desk does not ask patrons how it went: a team leader turns that on."))
    if (now or datetime.now(UTC)) - enquiry.entered_at > RATE_WITHIN:
        raise RatingError(_("That enquiry was saved too long ago to be rated by its patron now."))
    if session.scalar(select(PatronRating.id).where(PatronRating.enquiry_id == enquiry_id)) is not None:
        raise RatingError(_("That enquiry has already been rated."))
    row = PatronRating(enquiry_id=enquiry_id, rating=rating)
    session.add(row)
    session.flush()
    # The audit names the desk worker (as every save does) and the enquiry; never anything of the patron.
    record(session, actor, "create", "patron_rating", row.id, {"enquiry_id": enquiry_id, "rating": rating},
           desk_id=enquiry.desk_id)


__all__ = ["RATE_WITHIN", "RATINGS", "RatingError", "desks_asking", "rating_enabled", "record_rating",
           "set_rating_enabled"]
