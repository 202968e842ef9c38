"""Who can help now: the colleagues signed in at this moment who hold the enquiry's skills at level 3 or above,
and the referral to one of them, which is also a peer-learning event for both people.

"Signed in now" is an open desk session seen within AVAILABLE_FOR: every desk's app refreshes its session's
`last_seen_at` every 5 minutes (deskapp/ui/session.py), so a desk whose app crashed or lost its network drops
off the list instead of offering someone who is not there. With PostgreSQL that covers every desk of the site;
with SQLite (one PC) only this PC. Nothing about the patron is read or shown: names, desks and levels only.

The learning is recorded as training records (kind "from-colleague" for the person who asked, "peer-session"
for the colleague), linked to the enquiry: the reports count them as informal training, and "My record" lists
them like any other training.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import Desk, DeskSession, Outcome, Skill, Staff, StaffSkill, TrainingRecord
from deskapp.desk.enquiries import EnquiryDraft, EnquiryError, log_enquiry
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import _
from deskapp.platform.localtime import local_zone

AVAILABLE_FOR = timedelta(minutes=12)  # two missed heartbeats of 5 minutes, and a little more
HELP_LEVEL = 3  # "independent": can do it without a guide
LIMIT = 5
REFERRED_TO_COLLEAGUE = "referred-colleague"


@dataclass(frozen=True)
class Helper:
    staff_id: int
    name: str
    initials: str
    desk_id: int
    desk_name: str
    skills: tuple[tuple[int, int], ...]  # (skill id, level) of the enquiry's skills held at level 3+, best first


def _level() -> ColumnElement[int]:
    # A leader's confirmation when there is one, else the person's own rating.
    return func.coalesce(StaffSkill.confirmed_level, StaffSkill.self_level)


def who_can_help(session: Session, actor: Actor, skill_ids: tuple[int, ...] | list[int], *,
                 now: datetime | None = None, limit: int = LIMIT) -> list[Helper]:
    """Colleagues signed in now (any desk), active, not `actor`, holding any of `skill_ids` at level 3+:
    the ones covering most of the skills first, then the higher levels, then by name."""
    if not skill_ids:
        return []
    now = now or datetime.now(UTC)
    level = _level()
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.initials, Desk.id, Desk.name, StaffSkill.skill_id, level,
               DeskSession.last_seen_at)
        .join(DeskSession, DeskSession.staff_id == Staff.id)
        .join(Desk, Desk.id == DeskSession.desk_id)
        .join(StaffSkill, StaffSkill.staff_id == Staff.id)
        .where(Staff.active, Staff.id != (actor.staff_id or -1), DeskSession.signed_out_at.is_(None),
               DeskSession.last_seen_at >= now - AVAILABLE_FOR, StaffSkill.skill_id.in_(list(skill_ids)),
               level >= HELP_LEVEL))
    people: dict[int, dict[str, Any]] = {}
    for staff_id, name, initials, desk_id, desk_name, skill_id, held, seen in rows:
        person = people.setdefault(staff_id, {"name": name, "initials": initials, "skills": {}, "seen": None})
        if person["seen"] is None or seen > person["seen"]:  # (one open session each; the newest if not)
            person.update(desk_id=desk_id, desk_name=desk_name, seen=seen)
        person["skills"][skill_id] = int(held)
    helpers = [Helper(staff_id, p["name"], p["initials"], p["desk_id"], p["desk_name"],
                      tuple(sorted(p["skills"].items(), key=lambda item: -item[1])))
               for staff_id, p in people.items()]
    helpers.sort(key=lambda h: (-len(h.skills), -sum(level for _s, level in h.skills), h.name.casefold()))
    return helpers[:limit]


@dataclass(frozen=True)
class PeerReferral:
    enquiry_id: int
    colleague: str
    skill_ids: tuple[int, ...]


def log_referred_to_colleague(session: Session, actor: Actor, desk_id: int, draft: EnquiryDraft,
                              colleague_id: int, *, now: datetime | None = None,
                              zone: tzinfo | None = None) -> PeerReferral:
    """Save the enquiry as referred to a colleague and record what both learned: for each of its skills the
    colleague holds at level 3+, a "from-colleague" record for the asker and a "peer-session" one for the
    colleague, dated today (local), linked to the enquiry. All or nothing: one transaction."""
    now = now or datetime.now(UTC)
    if actor.staff_id is None:
        raise EnquiryError(_("Only a signed-in person can refer an enquiry to a colleague."))
    colleague = session.get(Staff, colleague_id)
    if colleague is None or not colleague.active:
        raise EnquiryError(_("That colleague is not on the staff list any more: pick another one."))
    if colleague.id == actor.staff_id:
        raise EnquiryError(_("You cannot refer an enquiry to yourself: pick a colleague."))
    held = dict(session.execute(
        select(StaffSkill.skill_id, _level()).where(StaffSkill.staff_id == colleague.id,
                                                    StaffSkill.skill_id.in_(list(draft.skill_ids)),
                                                    _level() >= HELP_LEVEL)).all()) if draft.skill_ids else {}
    learned = tuple(s for s in draft.skill_ids if s in held)
    if not learned:
        raise EnquiryError(_("{name} does not hold this enquiry's skills at level {HELP_LEVEL} or above (any "
                             "more): nothing was saved. Press F9 again to see who can help now.").format(
                name=colleague.name,
                HELP_LEVEL=HELP_LEVEL))
    outcome = session.scalar(select(Outcome.id).where(Outcome.key == REFERRED_TO_COLLEAGUE, Outcome.active))
    if outcome is None:
        outcome = session.scalar(select(Outcome.id).where(Outcome.kind == "referred", ~Outcome.needs_target,
                                                          Outcome.active).order_by(Outcome.sort_order))
    if outcome is None:
        raise EnquiryError(_("There is no outcome for “referred to a colleague”: a team leader must add one."))
    enquiry_id = log_enquiry(session, actor, desk_id, replace(draft, outcome_id=outcome, referral_target_id=None),
                             now=now, zone=zone)
    asker = session.get(Staff, actor.staff_id)
    assert asker is not None
    today = now.astimezone(zone or local_zone()).date()
    labels = dict(session.execute(select(Skill.id, Skill.label).where(Skill.id.in_(learned))).all())
    for skill_id in learned:
        for staff, kind, other, mentor in ((asker, "from-colleague", colleague, colleague.id),
                                           (colleague, "peer-session", asker, None)):
            row = TrainingRecord(staff_id=staff.id, skill_id=skill_id, kind=kind, trained_on=today,
                                 title=f"Learned with {other.initials} at the desk", mentor_id=mentor,
                                 recorded_by_id=actor.staff_id, enquiry_id=enquiry_id)
            session.add(row)
            session.flush()
            record(session, actor, "create", "training_record", row.id,
                   {"staff_id": staff.id, "skill": labels.get(skill_id, skill_id), "kind": kind,
                    "with": other.id, "enquiry_id": enquiry_id, "trained_on": today.isoformat()}, desk_id=desk_id)
    return PeerReferral(enquiry_id, colleague.name, learned)
