"""Log, correct, delete and restore desk enquiries.

Every write keeps the report rollups in step (deskapp.db.rollup contract) and records an audit event in the same
transaction. Validation errors are EnquiryError (a ValueError) with a sentence a desk worker can act on;
nothing is half-saved because the caller's `Database.write()` rolls the whole unit back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from deskapp.db import rollup
from deskapp.db.core import table_of
from deskapp.db.models import (
    Category,
    Channel,
    Enquiry,
    EnquiryGuide,
    EnquirySkill,
    Guide,
    Outcome,
    PatronRating,
    Skill,
    TrainingRecord,
)
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.audit import diff, record
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_fields

MAX_NOTES = 2000
MAX_SKILLS = 12
# A desk PC's clock may run a little ahead of the database server's: allow that much "future".
CLOCK_SLACK = timedelta(minutes=2)


class EnquiryError(ValueError):
    """An enquiry that cannot be saved as given; the message says what to fix."""


class EnquiryNotFound(EnquiryError):
    """The enquiry is gone (deleted on another desk, or never existed)."""


# A peer-learning training record kept with a deleted enquiry (see EnquiryRecord.learning).
LearningRow = tuple[int, int, str, str, str, int | None, int | None, str]

@dataclass(frozen=True)
class EnquiryDraft:
    """What the desk form (or a quick key) hands to log_enquiry / edit_enquiry."""

    category_id: int | None
    channel_id: int | None
    outcome_id: int | None
    patron_type_id: int | None = None
    read_level: int | None = None
    duration_band_id: int | None = None
    referral_target_id: int | None = None
    skill_ids: tuple[int, ...] = ()
    notes: str = ""
    asked_at: datetime | None = None  # None: now
    guides: tuple[tuple[int, bool | None], ...] = ()  # (guide id, helped)


@dataclass(frozen=True)
class EnquiryRecord:
    """One stored enquiry with its links: what edit forms show and what Undo puts back."""

    id: int
    asked_at: datetime
    entered_at: datetime
    updated_at: datetime | None
    asked_local_date: date
    asked_hour_of_week: int
    staff_id: int
    desk_id: int
    category_id: int
    channel_id: int
    patron_type_id: int | None
    read_level: int | None
    duration_band_id: int | None
    outcome_id: int
    referral_target_id: int | None
    notes: str
    notes_purged_at: datetime | None = None
    import_batch_id: int | None = None
    import_key: str | None = None
    skill_ids: tuple[int, ...] = ()
    guides: tuple[tuple[int, bool | None], ...] = ()
    # The peer-learning training records of a referral to a colleague (deskapp/desk/peer_help.py), as
    # (staff_id, skill_id, kind, title, trained_on ISO, mentor_id, recorded_by_id, created_at ISO): a delete
    # takes them with the enquiry and a restore brings them back, exactly.
    learning: tuple[LearningRow, ...] = ()
    # The patron's answer to "How did we do?" (good, neutral, poor), if they gave one: it goes with the
    # enquiry on delete and comes back with it on restore.
    patron_rating: str | None = None

    def to_draft(self) -> EnquiryDraft:
        return EnquiryDraft(self.category_id, self.channel_id, self.outcome_id, self.patron_type_id,
                            self.read_level, self.duration_band_id, self.referral_target_id, self.skill_ids,
                            self.notes, self.asked_at, self.guides)

    def audit_view(self) -> dict[str, Any]:
        """JSON-ready fields for the audit trail."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime | date):
                data[key] = value.isoformat()
            elif isinstance(value, tuple):
                data[key] = [list(v) if isinstance(v, tuple) else v for v in value]
        return data


@dataclass(frozen=True)
class DeskDefaults:
    channel_id: int | None
    patron_type_id: int | None
    outcome_id: int | None


_ROW_FIELDS = ("id", "asked_at", "entered_at", "updated_at", "asked_local_date", "asked_hour_of_week", "staff_id",
               "desk_id", "category_id", "channel_id", "patron_type_id", "read_level", "duration_band_id",
               "outcome_id", "referral_target_id", "notes", "notes_purged_at", "import_batch_id", "import_key")
_EDITABLE = ("asked_at", "category_id", "channel_id", "patron_type_id", "read_level", "duration_band_id",
             "outcome_id", "referral_target_id", "notes")


# --- validation ----------------------------------------------------------------------------------------------

# Whole sentences per field (not "Choose a {what}"): other languages inflect the noun and its article.
_CHOOSE = {
    "category": N_("Choose a category."),
    "channel": N_("Choose a channel."),
    "outcome": N_("Choose an outcome."),
    "service it was referred to": N_("Choose a service it was referred to."),
}
_GONE = {
    "category": N_("That category is not on the list any more; choose another."),
    "channel": N_("That channel is not on the list any more; choose another."),
    "outcome": N_("That outcome is not on the list any more; choose another."),
    "patron type": N_("That patron type is not on the list any more; choose another."),
    "duration": N_("That duration is not on the list any more; choose another."),
    "service it was referred to": N_("That service it was referred to is not on the list any more; choose another."),
}


def _required(item_id: int | None, what: str) -> None:
    if item_id is None:
        raise EnquiryError(_(_CHOOSE[what]))


_LOOKUP_SQL = """SELECT
 (SELECT pickable FROM categories WHERE id = :category_id AND active) AS category,
 (SELECT 1 FROM channels WHERE id = :channel_id AND active) AS channel,
 (SELECT needs_target FROM outcomes WHERE id = :outcome_id AND active) AS outcome,
 (SELECT 1 FROM patron_types WHERE id = :patron_type_id AND active) AS patron,
 (SELECT 1 FROM duration_bands WHERE id = :duration_band_id AND active) AS duration,
 (SELECT 1 FROM referral_targets WHERE id = :referral_target_id AND active) AS referral,
 (SELECT 1 FROM read_levels WHERE level = :read_level) AS read,
 (SELECT active FROM staff WHERE id = :staff_id) AS staff,
 (SELECT 1 FROM desks WHERE id = :desk_id) AS desk,
 (SELECT COUNT(*) FROM skills WHERE id IN :skill_ids AND active) AS skills,
 (SELECT COUNT(*) FROM guides WHERE id IN :guide_ids) AS guides"""
# Plain SQL, prepared once: building an equivalent SQLAlchemy statement per save cost more than running it.
_LOOKUP = text(_LOOKUP_SQL).bindparams(bindparam("skill_ids", expanding=True),
                                       bindparam("guide_ids", expanding=True))


def _lookup(session: Session, draft: EnquiryDraft, staff_id: int | None, desk_id: int | None) -> Any:
    """Every reference the draft makes, checked in ONE round trip (a save must stay within a few ms)."""
    return session.execute(_LOOKUP, {
        "category_id": draft.category_id, "channel_id": draft.channel_id, "outcome_id": draft.outcome_id,
        "patron_type_id": draft.patron_type_id, "duration_band_id": draft.duration_band_id,
        "referral_target_id": draft.referral_target_id, "read_level": draft.read_level, "staff_id": staff_id,
        "desk_id": desk_id, "skill_ids": list(dict.fromkeys(draft.skill_ids)) or [-1],
        "guide_ids": list(dict.fromkeys(g for g, _h in draft.guides)) or [-1]}).one()


def _clean_asked_at(asked_at: datetime | None, now: datetime) -> datetime:
    if asked_at is None:
        return now
    if asked_at.tzinfo is None or asked_at.utcoffset() is None:
        raise EnquiryError(_("The time asked must include a time zone."))
    if asked_at > now + CLOCK_SLACK:
        raise EnquiryError(_("The time asked is in the future; give a time that has already passed."))
    if asked_at.year < 2000:
        raise EnquiryError(_("The time asked is too far in the past; check the date."))
    return asked_at.astimezone(UTC)


def validate(session: Session, draft: EnquiryDraft, now: datetime, *, staff_id: int | None = None,
             desk_id: int | None = None) -> EnquiryDraft:
    """The draft with its values checked and tidied (now filled in, notes trimmed, duplicates dropped).

    With `staff_id` / `desk_id` given, the signed-in person and this PC's desk are checked too."""
    _required(draft.category_id, "category")
    _required(draft.channel_id, "channel")
    _required(draft.outcome_id, "outcome")
    notes = (draft.notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise EnquiryError(_("Notes can be at most {MAX_NOTES} characters; shorten them.").format(
                MAX_NOTES=MAX_NOTES))
    skill_ids = tuple(dict.fromkeys(draft.skill_ids))
    if len(skill_ids) > MAX_SKILLS:
        raise EnquiryError(_("Choose at most {MAX_SKILLS} skills.").format(MAX_SKILLS=MAX_SKILLS))
    guides = tuple(dict((g, h) for g, h in draft.guides).items())
    asked_at = _clean_asked_at(draft.asked_at, now)
    found = _lookup(session, draft, staff_id, desk_id)
    if staff_id is not None and not found.staff:
        raise EnquiryError(_("Your staff record is not active; ask a team leader."))
    if desk_id is not None and found.desk is None:
        raise EnquiryError(_("This PC's desk is not known; set the desk name in Staff & settings."))
    if found.category is None:
        raise EnquiryError(_(_GONE["category"]))
    if not found.category:
        raise EnquiryError(_("That category is for imported history only; choose another."))
    for value, item_id, what in ((found.channel, draft.channel_id, "channel"),
                                 (found.outcome, draft.outcome_id, "outcome"),
                                 (found.patron, draft.patron_type_id, "patron type"),
                                 (found.duration, draft.duration_band_id, "duration")):
        if item_id is not None and value is None:
            raise EnquiryError(_(_GONE[what]))
    if draft.read_level is not None and found.read is None:
        raise EnquiryError(_("The READ level must be a number from 1 to 6."))
    if found.outcome:  # this outcome names the service it went to
        _required(draft.referral_target_id, "service it was referred to")
        if found.referral is None:
            raise EnquiryError(_(_GONE["service it was referred to"]))
    elif draft.referral_target_id is not None:
        label = session.scalar(select(Outcome.label).where(Outcome.id == draft.outcome_id))
        raise EnquiryError(_("“{label}” does not refer to another service; remove the referral or choose “Referred "
                             "to a specialist / other service”.").format(label=label))
    if skill_ids and found.skills != len(skill_ids):  # (with no skills the query counted id -1: zero)
        raise EnquiryError(_("One of the skills is not on the skills list any more; remove it."))
    if guides and found.guides != len(guides):
        raise EnquiryError(_("One of the guides consulted no longer exists."))
    return replace(draft, notes=notes, skill_ids=skill_ids, guides=guides, asked_at=asked_at)


def _check_actor(actor: Actor) -> int:
    if actor.staff_id is None:
        raise EnquiryError(_("An enquiry is logged by a signed-in staff member; sign in first."))
    return actor.staff_id


def _check_may_change(actor: Actor, row: Enquiry) -> None:
    if actor.is_leader or (actor.staff_id is not None and actor.staff_id == row.staff_id):
        return
    raise PermissionDenied(_("You can change only your own enquiries; ask a team leader to correct this one."))


# --- reads -----------------------------------------------------------------------------------------------------

def _links(session: Session, enquiry_id: int) -> tuple[tuple[int, ...], tuple[tuple[int, bool | None], ...]]:
    skills = tuple(session.scalars(select(EnquirySkill.skill_id).where(EnquirySkill.enquiry_id == enquiry_id)
                                   .order_by(EnquirySkill.skill_id)))
    guides = tuple((g, h) for g, h in session.execute(
        select(EnquiryGuide.guide_id, EnquiryGuide.helped).where(EnquiryGuide.enquiry_id == enquiry_id)
        .order_by(EnquiryGuide.guide_id)))
    return skills, guides


def _record_of(session: Session, row: Enquiry) -> EnquiryRecord:
    skills, guides = _links(session, row.id)
    learning = tuple((t.staff_id, t.skill_id, t.kind, t.title, t.trained_on.isoformat(), t.mentor_id,
                      t.recorded_by_id, t.created_at.isoformat())
                     for t in session.scalars(select(TrainingRecord).where(TrainingRecord.enquiry_id == row.id)
                                              .order_by(TrainingRecord.id)))
    rating = session.scalar(select(PatronRating.rating).where(PatronRating.enquiry_id == row.id))
    return EnquiryRecord(**{name: getattr(row, name) for name in _ROW_FIELDS}, skill_ids=skills, guides=guides,
                         learning=learning, patron_rating=rating)


def get_enquiry(session: Session, enquiry_id: int) -> EnquiryRecord:
    row = session.get(Enquiry, enquiry_id)
    if row is None:
        raise EnquiryNotFound(_("That enquiry has been deleted."))
    return _record_of(session, row)


def desk_defaults(session: Session, desk_id: int | None) -> DeskDefaults:
    """Sticky defaults: channel "in person", the patron type last used at this desk, outcome "resolved"."""
    channel = session.scalar(select(Channel.id).where(Channel.key == "in-person", Channel.active))
    outcome = session.scalar(select(Outcome.id).where(Outcome.key == "resolved", Outcome.active))
    patron = None
    if desk_id is not None:
        patron = session.scalar(select(Enquiry.patron_type_id).where(Enquiry.desk_id == desk_id)
                                .order_by(Enquiry.desk_id.desc(), Enquiry.asked_at.desc()).limit(1))
    return DeskDefaults(channel, patron, outcome)


# --- writes ----------------------------------------------------------------------------------------------------

def _write_links(session: Session, enquiry_id: int, draft: EnquiryDraft) -> None:
    if draft.skill_ids:
        session.execute(insert(table_of(EnquirySkill)),
                        [{"enquiry_id": enquiry_id, "skill_id": s} for s in draft.skill_ids])
    if draft.guides:
        session.execute(insert(table_of(EnquiryGuide)),
                        [{"enquiry_id": enquiry_id, "guide_id": g, "helped": h} for g, h in draft.guides])


def _apply(row: Enquiry, draft: EnquiryDraft, zone: tzinfo | None) -> None:
    for name in _EDITABLE:
        setattr(row, name, getattr(draft, name))
    if draft.asked_at is None:
        raise ValueError(_("only a validated draft (asked_at filled in) is applied to a row"))
    row.asked_local_date, row.asked_hour_of_week = local_fields(draft.asked_at, zone)


def log_enquiry(session: Session, actor: Actor, desk_id: int, draft: EnquiryDraft, *,
                now: datetime | None = None, zone: tzinfo | None = None) -> int:
    """Save one enquiry answered by the signed-in `actor` at `desk_id`; returns its id."""
    now = now or datetime.now(UTC)
    staff_id = _check_actor(actor)
    clean = validate(session, draft, now, staff_id=staff_id, desk_id=desk_id)
    values: dict[str, Any] = {name: getattr(clean, name) for name in _EDITABLE}
    values["asked_local_date"], values["asked_hour_of_week"] = local_fields(values["asked_at"], zone)
    values.update(entered_at=now, staff_id=staff_id, desk_id=desk_id)
    # A Core INSERT ... RETURNING: the ORM's unit of work is not needed for one new row.
    enquiry_id = session.execute(insert(table_of(Enquiry)).values(**values).returning(Enquiry.id)).scalar_one()
    _write_links(session, enquiry_id, clean)
    rollup.add_new_enquiry(session, enquiry_id)  # Core writes only: nothing to flush
    audit = {name: values[name] for name in (*_EDITABLE, "staff_id", "desk_id")}
    audit.update(asked_at=values["asked_at"].isoformat(), skill_ids=list(clean.skill_ids),
                 guides=[list(g) for g in clean.guides])
    record(session, actor, "create", "enquiry", enquiry_id, audit, desk_id=desk_id)
    return enquiry_id


def edit_enquiry(session: Session, actor: Actor, enquiry_id: int, draft: EnquiryDraft, *,
                 now: datetime | None = None, zone: tzinfo | None = None) -> EnquiryRecord:
    """Correct an enquiry (staff: their own; team leaders: anyone's). Returns the record as it was before."""
    now = now or datetime.now(UTC)
    row = session.get(Enquiry, enquiry_id)
    if row is None:
        raise EnquiryNotFound(_("That enquiry has been deleted, so it cannot be changed."))
    _check_may_change(actor, row)
    before = _record_of(session, row)
    clean = validate(session, draft, now)
    rollup.remove_enquiries(session, [enquiry_id])
    _apply(row, clean, zone)
    row.updated_at = now
    if (clean.skill_ids, clean.guides) != (before.skill_ids, before.guides):
        session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id == enquiry_id))
        session.execute(delete(EnquiryGuide).where(EnquiryGuide.enquiry_id == enquiry_id))
        _write_links(session, enquiry_id, clean)
    session.flush()
    rollup.add_enquiries(session, [enquiry_id])
    old = before.audit_view()
    new = _record_of(session, row).audit_view()
    changes = diff({k: old[k] for k in (*_EDITABLE, "skill_ids", "guides")},
                   {k: new[k] for k in (*_EDITABLE, "skill_ids", "guides")})
    record(session, actor, "update", "enquiry", enquiry_id, changes, desk_id=row.desk_id)
    return before


def delete_enquiry(session: Session, actor: Actor, enquiry_id: int) -> EnquiryRecord:
    """Delete an enquiry (staff: their own; leaders: anyone's); returns a snapshot for restore_enquiry."""
    row = session.get(Enquiry, enquiry_id)
    if row is None:
        raise EnquiryNotFound(_("That enquiry has already been deleted."))
    _check_may_change(actor, row)
    snapshot = _record_of(session, row)
    rollup.remove_enquiries(session, [enquiry_id])
    session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id == enquiry_id))
    session.execute(delete(EnquiryGuide).where(EnquiryGuide.enquiry_id == enquiry_id))
    session.execute(delete(TrainingRecord).where(TrainingRecord.enquiry_id == enquiry_id))
    session.delete(row)
    session.flush()
    record(session, actor, "delete", "enquiry", enquiry_id, snapshot.audit_view(), desk_id=snapshot.desk_id)
    return snapshot


def restore_enquiry(session: Session, actor: Actor, snapshot: EnquiryRecord) -> int:
    """Undo a delete: the enquiry comes back with the same id, links and times."""
    if not (actor.is_leader or actor.staff_id == snapshot.staff_id):
        raise PermissionDenied(_("You can restore only your own enquiries."))
    holder = session.get(Enquiry, snapshot.id)
    if holder is not None:
        if holder.entered_at == snapshot.entered_at and holder.staff_id == snapshot.staff_id:
            raise EnquiryError(_("That enquiry is already back in the log."))
        # Never overwrite or shuffle another enquiry to make room: say so instead of pretending it worked.
        raise EnquiryError(_("That enquiry cannot be brought back: its number now belongs to a different enquiry. "
                             "Nothing was changed; log it again if it is needed."))
    values = {name: getattr(snapshot, name) for name in _ROW_FIELDS}
    if values["import_key"] is not None and session.scalar(
            select(func.count()).select_from(Enquiry).where(Enquiry.import_key == values["import_key"])):
        values["import_key"] = None  # re-imported meanwhile: keep the restored row, drop the duplicate key
    session.add(Enquiry(**values))
    session.flush()
    valid_skills = set(session.scalars(select(Skill.id).where(Skill.id.in_(snapshot.skill_ids)))) \
        if snapshot.skill_ids else set()
    valid_guides = set(session.scalars(select(Guide.id).where(Guide.id.in_([g for g, _ in snapshot.guides])))) \
        if snapshot.guides else set()
    links = EnquiryDraft(None, None, None, skill_ids=tuple(s for s in snapshot.skill_ids if s in valid_skills),
                         guides=tuple(g for g in snapshot.guides if g[0] in valid_guides))
    _write_links(session, snapshot.id, links)
    for staff_id, skill_id, kind, title, trained_on, mentor_id, recorded_by_id, created_at in snapshot.learning:
        session.add(TrainingRecord(staff_id=staff_id, skill_id=skill_id, kind=kind, title=title,
                                   trained_on=date.fromisoformat(trained_on), mentor_id=mentor_id,
                                   recorded_by_id=recorded_by_id, created_at=datetime.fromisoformat(created_at),
                                   enquiry_id=snapshot.id))
    session.flush()
    if snapshot.patron_rating is not None:
        session.add(PatronRating(enquiry_id=snapshot.id, rating=snapshot.patron_rating))
    rollup.add_enquiries(session, [snapshot.id])
    record(session, actor, "restore", "enquiry", snapshot.id, snapshot.audit_view(), desk_id=snapshot.desk_id)
    return snapshot.id


# --- today at this desk -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TodayRow:
    id: int
    asked_at: datetime
    staff_id: int
    category_id: int
    outcome_id: int
    read_level: int | None


@dataclass(frozen=True)
class TodaySummary:
    day: date
    by_domain: dict[str, int] = field(default_factory=dict)
    total: int = 0
    mine: int = 0
    recent: tuple[TodayRow, ...] = ()


def today_at_desk(session: Session, actor: Actor, desk_id: int, *, today: date | None = None,
                  limit: int = 100) -> TodaySummary:
    """Today's enquiries at this desk: counts by domain (GROUP BY in the database), my count, the newest rows."""
    day = today or datetime.now().astimezone().date()
    where = (Enquiry.asked_local_date == day, Enquiry.desk_id == desk_id)
    by_domain = dict(session.execute(
        select(Category.domain, func.count()).select_from(Enquiry).join(Category, Category.id == Enquiry.category_id)
        .where(*where).group_by(Category.domain)).all())
    mine = 0
    if actor.staff_id is not None:
        mine = session.scalar(select(func.count()).select_from(Enquiry)
                              .where(*where, Enquiry.staff_id == actor.staff_id)) or 0
    recent = tuple(TodayRow(*r) for r in session.execute(
        select(Enquiry.id, Enquiry.asked_at, Enquiry.staff_id, Enquiry.category_id, Enquiry.outcome_id,
               Enquiry.read_level).where(*where).order_by(Enquiry.asked_at.desc(), Enquiry.id.desc()).limit(limit)))
    return TodaySummary(day, by_domain, sum(by_domain.values()), mine, recent)



# The log query lives in its own module; re-exported here so callers find every enquiry operation in one place.
from deskapp.desk.log import LogCursor, LogFilters, LogPage, LogRow, LogSort, query_log  # noqa: E402

__all__ = ["DeskDefaults", "EnquiryDraft", "EnquiryError", "EnquiryNotFound", "EnquiryRecord", "LogCursor",
           "LogFilters", "LogPage", "LogRow", "LogSort", "TodaySummary", "delete_enquiry", "desk_defaults",
           "edit_enquiry", "get_enquiry", "log_enquiry", "query_log", "restore_enquiry", "today_at_desk"]
