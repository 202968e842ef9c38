"""Which rows of a file are new, which were imported before, and which were edited at the source since.

A row whose format names the source's own id (Libstats' question_id, Gimlet's question_number) is known by
(format, source instance, that id), and its digest says whether the source changed it:
- not in the database: new;
- in it with the same digest: imported before, nothing to do;
- in it with another digest: edited at the source. The enquiry is updated (audited as "import-update"),
  unless someone edited it in deskapp since (an "update" event in the audit trail): then it is reported and
  left as it is, because the desk's correction is newer evidence than the source's;
- rows imported before ids were scoped carry the old cell-hash key: found by it (so unchanged, by
  definition), they get their scoped key and digest.
Rows without a source id keep the cell-hash key: an edit at the source makes them a new row, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from deskapp.db import rollup
from deskapp.db.core import table_of
from deskapp.db.models import AuditEvent, Enquiry, EnquiryGuide, EnquirySkill
from deskapp.importing.convert import Draft
from deskapp.platform import audit
from deskapp.platform.actor import Actor

KEY_CHUNK = 500
# The fields an update from the source may change (times are re-read, so the local date and hour follow).
UPDATED_FIELDS = ("asked_at", "asked_local_date", "asked_hour_of_week", "staff_id", "desk_id", "category_id",
                  "channel_id", "patron_type_id", "read_level", "duration_band_id", "outcome_id",
                  "referral_target_id")


@dataclass
class Plan:
    new: list[Draft] = field(default_factory=list)
    unchanged: int = 0
    rekey: list[tuple[int, Draft]] = field(default_factory=list)
    update: list[tuple[int, Draft]] = field(default_factory=list)
    kept: list[tuple[int, Draft]] = field(default_factory=list)  # edited at the source and in deskapp

    def kept_lines(self) -> tuple[str, ...]:
        return tuple(f"line {d.line} (enquiry {i})" for i, d in self.kept)


def _found(session: Session, keys: list[str]) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    for start in range(0, len(keys), KEY_CHUNK):
        chunk = keys[start:start + KEY_CHUNK]
        query = select(Enquiry.import_key, Enquiry.id, Enquiry.import_digest).where(Enquiry.import_key.in_(chunk))
        for key, enquiry_id, digest in session.execute(query):
            if key is not None:  # matched one of the keys asked for
                found[key] = (enquiry_id, digest)
    return found


def _edited_in_deskapp(session: Session, enquiry_ids: list[int]) -> set[int]:
    edited: set[int] = set()
    for start in range(0, len(enquiry_ids), KEY_CHUNK):
        chunk = [str(i) for i in enquiry_ids[start:start + KEY_CHUNK]]
        query = (select(AuditEvent.entity_id).distinct()
                 .where(AuditEvent.entity == "enquiry", AuditEvent.action == "update",
                        AuditEvent.entity_id.in_(chunk)))
        edited.update(int(entity_id) for entity_id in session.scalars(query))
    return edited


def _has_rows_keyed_before_0009(session: Session) -> bool:
    """Rows keyed by a hash of their cells (no digest: imported before 0009, or without a source id): only
    then are the cell-hash keys of a dump's rows looked up too (a fresh database skips the second lookup)."""
    query = select(Enquiry.id).where(Enquiry.import_key.is_not(None), Enquiry.import_digest.is_(None)).limit(1)
    return session.scalar(query) is not None


def plan(session: Session, drafts: list[Draft]) -> Plan:
    keys = [d.import_key for d in drafts]
    if _has_rows_keyed_before_0009(session):
        keys += [d.legacy_key for d in drafts if d.legacy_key]
    found = _found(session, keys)
    result = Plan()
    changed: list[tuple[int, Draft]] = []
    for draft in drafts:
        hit = found.get(draft.import_key)
        if hit is not None:
            enquiry_id, digest = hit
            if not draft.source_id or digest == draft.digest:
                result.unchanged += 1
            elif digest is None:
                result.unchanged += 1  # a scoped key without a digest yet: keep what is there, note the digest
                result.rekey.append((enquiry_id, draft))
            else:
                changed.append((enquiry_id, draft))
        elif draft.legacy_key and draft.legacy_key in found:
            result.unchanged += 1
            result.rekey.append((found[draft.legacy_key][0], draft))
        else:
            result.new.append(draft)
    edited = _edited_in_deskapp(session, [i for i, _ in changed])
    result.update = [(i, d) for i, d in changed if i not in edited]
    result.kept = [(i, d) for i, d in changed if i in edited]
    return result


def recheck_edits(session: Session, work: Plan) -> None:
    """In the transaction that writes the updates: an enquiry edited in deskapp since the plan was made
    (the rows are checked and written outside that lock) is kept as the desk corrected it, and reported."""
    edited = _edited_in_deskapp(session, [i for i, _ in work.update])
    if edited:
        work.kept += [(i, d) for i, d in work.update if i in edited]
        work.update = [(i, d) for i, d in work.update if i not in edited]


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime | date) else value


def apply(session: Session, actor: Actor, work: Plan, batch_id: int, staff_ids: dict[str, int],
          desk_ids: dict[str, int], *, notes: bool) -> None:
    """Re-key old rows, then update the enquiries edited at the source, keeping the rollups in step."""
    table = table_of(Enquiry)
    for enquiry_id, draft in work.rekey:
        session.execute(update(table).where(table.c.id == enquiry_id)
                        .values(import_key=draft.import_key, import_digest=draft.digest))
    if not work.update:
        return
    ids = [i for i, _ in work.update]
    columns = [table.c.id, *(table.c[name] for name in UPDATED_FIELDS)]
    before = {row.id: row._mapping for row in session.execute(select(*columns).where(table.c.id.in_(ids)))}
    rollup.remove_enquiries(session, ids)
    for enquiry_id, draft in work.update:
        values = {name: getattr(draft, name) for name in UPDATED_FIELDS if hasattr(draft, name)}
        values |= {"staff_id": staff_ids[draft.initials.casefold()], "desk_id": desk_ids[draft.desk.casefold()],
                   "import_digest": draft.digest, "import_batch_id": batch_id}
        if notes:
            values["notes"] = draft.notes
        session.execute(update(table).where(table.c.id == enquiry_id).values(**values))
        session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id == enquiry_id))
        session.execute(delete(EnquiryGuide).where(EnquiryGuide.enquiry_id == enquiry_id))
        if draft.skill_ids:
            session.execute(insert(table_of(EnquirySkill)),
                            [{"enquiry_id": enquiry_id, "skill_id": s} for s in draft.skill_ids])
        if draft.guides:
            session.execute(insert(table_of(EnquiryGuide)),
                            [{"enquiry_id": enquiry_id, "guide_id": g, "helped": h} for g, h in draft.guides])
        old = before[enquiry_id]
        changes: dict[str, object] = {name: [_plain(old[name]), _plain(values[name])]
                                      for name in UPDATED_FIELDS if old[name] != values[name]}
        changes["source_id"] = draft.source_id
        changes["import_batch"] = batch_id
        audit.record(session, actor, "import-update", "enquiry", enquiry_id, changes, desk_id=values["desk_id"])
    session.flush()
    rollup.add_enquiries(session, ids)
