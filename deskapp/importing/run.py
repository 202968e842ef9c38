"""Import one file: read it whole, check every row outside any lock, then write all new rows or none.

The rows go in short batches (importing/commit.py), each with its report rollups, so the desks keep
saving during a large import, and an import that fails part way takes its rows out again.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.db.models import Desk, Enquiry, ImportBatch, Staff
from deskapp.desk.privacy import redact
from deskapp.importing import commit
from deskapp.importing.convert import Converter, Draft
from deskapp.importing.errors import ImportFileError, ImportSummary, Problem
from deskapp.importing.lookups import Lookups
from deskapp.importing.mapping import Mapping, detect_mapping
from deskapp.importing.reader import read_table
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.localtime import local_zone

Progress = Callable[[str, int, int], None]
KEY_CHUNK = 500
PREVIEW_ROWS = 20
FALLBACK_DESK = "Imported desk"


def resolve_zone(zone: str | tzinfo | None) -> tzinfo:
    if zone is None or zone == "":
        return local_zone()
    if isinstance(zone, tzinfo):
        return zone
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportFileError(f"Unknown time zone '{zone}': use a name like Europe/London or "
                              "Australia/Sydney.") from None


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _existing_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), KEY_CHUNK):
        chunk = keys[start:start + KEY_CHUNK]
        found.update(session.scalars(select(Enquiry.import_key).where(Enquiry.import_key.in_(chunk))))
    return found


def _staff_by_initials(session: Session) -> dict[str, int]:
    return {initials.casefold(): staff_id for staff_id, initials in session.execute(select(Staff.id, Staff.initials))}


def _desks_by_name(session: Session) -> dict[str, int]:
    return {name.casefold(): desk_id for desk_id, name in session.execute(select(Desk.id, Desk.name))}


def _new_names(drafts: list[Draft], known: dict[str, int], attribute: str) -> dict[str, Draft]:
    """First draft for each name not known yet (case-insensitive), in file order."""
    out: dict[str, Draft] = {}
    for draft in drafts:
        name = getattr(draft, attribute)
        if name.casefold() not in known and name.casefold() not in out:
            out[name.casefold()] = draft
    return out


def _preview(drafts: list[Draft], lookups: Lookups, zone: tzinfo) -> tuple[dict[str, str], ...]:
    tables = lookups.tables
    rows = []
    for d in drafts[:PREVIEW_ROWS]:
        rows.append({
            "line": str(d.line),
            "asked": d.asked_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            "staff": d.initials,
            "desk": d.desk,
            "category": tables["category"].labels[d.category_id],
            "channel": tables["channel"].labels[d.channel_id],
            "patron": tables["patron_type"].labels.get(d.patron_type_id or 0, ""),
            "read": str(d.read_level or ""),
            "duration": tables["duration"].labels.get(d.duration_band_id or 0, ""),
            "outcome": tables["outcome"].labels[d.outcome_id],
            "skills": ", ".join(tables["skills"].labels[s] for s in d.skill_ids),
            "notes": d.notes[:80],
        })
    return tuple(rows)


def import_file(db: Database, actor: Actor, path: str | Path, mapping: Mapping | Sequence[str], *,
                desk: str | None = None, timezone: str | tzinfo | None = None, dry_run: bool = False,
                include_notes: bool | None = None, fallback_desk: str = FALLBACK_DESK,
                progress: Progress | None = None) -> ImportSummary:
    """Import enquiries from a CSV or XLSX file. `mapping` is a Mapping, or built-in mapping names to pick
    from by the file's header. Raises ImportFileError (nothing written) when any row cannot be read;
    with dry_run=True, returns the summary with every problem instead and writes nothing."""
    actor.require("leader", "import enquiry history")
    # A big file makes hundreds of thousands of small objects that all live to the end: the cyclic garbage
    # collector would rescan them again and again (time grows faster than the file), and they hold no cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_file(db, actor, Path(path), mapping, desk=desk, timezone=timezone, dry_run=dry_run,
                            include_notes=include_notes, fallback_desk=fallback_desk, progress=progress)
    finally:
        if enabled:
            gc.enable()


def _import_file(db: Database, actor: Actor, path: Path, mapping: Mapping | Sequence[str], *,
                 desk: str | None, timezone: str | tzinfo | None, dry_run: bool, include_notes: bool | None,
                 fallback_desk: str, progress: Progress | None) -> ImportSummary:
    zone = resolve_zone(timezone)
    report = progress or (lambda _stage, _done, _total: None)
    report("reading", 0, 1)
    table = read_table(path)
    chosen = mapping if isinstance(mapping, Mapping) else detect_mapping(list(table.header), list(mapping))
    if include_notes is not None:
        chosen = chosen.with_notes(include_notes)
    desk_override = " ".join(desk.split())[:120] if desk and desk.strip() else None

    with db.read() as session:
        lookups = Lookups.load(session)
    lookups.check_mapping(chosen)
    converter = Converter(chosen, lookups, table.header, zone, desk_override,
                          redact if chosen.redact_notes else None)
    absent = [] if "initials" in converter.index else ["initials"]
    if "asked_at" not in converter.index and "date" not in converter.index:
        absent.append("asked_at" if "asked_at" in chosen.columns else "date")
    if absent:
        names = ", ".join(f"'{c}'" for role in absent for c in chosen.column(role))
        raise ImportFileError(f"{path.name} has no column {names}, which the mapping {chosen.name} needs. "
                              f"Its header is: {', '.join(table.header)}.")

    problems: list[Problem] = list(table.problems)
    drafts: list[Draft] = []
    key_lines: dict[str, int] = {}
    total = len(table.rows)
    for number, row in enumerate(table.rows, start=1):
        result = converter.convert(row.line, row.cells)
        if isinstance(result, Problem):
            problems.append(result)
        elif result.import_key in key_lines:
            problems.append(Problem(row.line, f"the import key {result.import_key} is also on line "
                                              f"{key_lines[result.import_key]}."))
        else:
            key_lines[result.import_key] = row.line
            if not result.desk:
                result.desk = fallback_desk
            drafts.append(result)
        if number % 5_000 == 0:
            report("checking", number, total)
    report("checking", total, total)
    problems.sort(key=lambda p: p.line)

    def summary(new: list[Draft], imported: int, new_staff: list[str], new_desks: list[str],
                batch_id: int | None) -> ImportSummary:
        asked = [d.asked_at for d in new]
        return ImportSummary(
            file_name=path.name, mapping_name=chosen.name, rows_read=total, new_rows=len(new),
            already_imported=len(drafts) - len(new), imported=imported, dry_run=dry_run,
            problems=tuple(problems), unmapped=converter.unmapped_values(), new_staff=tuple(new_staff),
            new_desks=tuple(new_desks), notes_left_out=converter.notes_left_out,
            notes_redacted=converter.notes_redacted, first_asked=min(asked, default=None),
            last_asked=max(asked, default=None), batch_id=batch_id,
            preview=_preview(drafts, lookups, zone), missing_columns=tuple(converter.missing))

    if problems and not dry_run:
        raise ImportFileError.from_problems(path.name, problems)
    if dry_run:
        with db.read() as session:
            existing = _existing_keys(session, list(key_lines))
            new = [d for d in drafts if d.import_key not in existing]
            staff = [d.initials for d in _new_names(new, _staff_by_initials(session), "initials").values()]
            desks = [d.desk for d in _new_names(new, _desks_by_name(session), "desk").values()]
        return summary(new, 0, staff, desks, None)

    digest = _file_digest(path)  # read before any lock is taken
    commit.undo_abandoned(db)  # an earlier import that died part way must not count its rows twice
    with db.read() as session:  # outside the write lock; a row imported meanwhile trips the unique key
        existing = _existing_keys(session, list(key_lines))
    new = [d for d in drafts if d.import_key not in existing]
    with db.write() as session:
        staff_ids, created_staff = _ensure_staff(session, actor, new)
        desk_ids, created_desks = _ensure_desks(session, actor, new)
        batch = ImportBatch(source=chosen.source, file_name=path.name[:400], file_sha256=digest,
                            row_count=0, actor=actor.label)
        session.add(batch)
        session.flush()
        batch_id = batch.id
        commit.mark_pending(session, batch_id, path.name)
    try:
        ids = commit.write_rows(db, new, commit.Target(batch_id, staff_ids, desk_ids), report)
        imported = summary(new, len(ids), created_staff, created_desks, batch_id)
        with db.write() as session:
            commit.clear_pending(session, batch_id)
            stored = session.get(ImportBatch, batch_id)
            if stored is None:  # taken out meanwhile as a stopped import (commit.py): say so, keep nothing
                raise ImportFileError("The import was stopped and its rows were taken out again. Nothing of it "
                                      "was kept: import the file again.")
            stored.row_count = len(ids)
            audit.record(session, actor, "import", "import_batch", batch_id, {
                "file": path.name, "sha256": digest, "mapping": chosen.name, "source": chosen.source,
                "rows_read": total, "imported": len(ids), "already_imported": imported.already_imported,
                "new_staff": created_staff, "new_desks": created_desks,
                "unmapped": {f"{u.field}: {u.value}": u.count for u in imported.unmapped},
                "notes_left_out": converter.notes_left_out, "dry_run": False})
    except BaseException:
        commit.undo_after_failure(db, batch_id)
        raise
    return imported


def _ensure_staff(session: Session, actor: Actor, drafts: list[Draft]) -> tuple[dict[str, int], list[str]]:
    """Unknown initials become inactive staff, so imported history stays attributed to someone."""
    known = _staff_by_initials(session)
    created = []
    for key, draft in _new_names(drafts, known, "initials").items():
        name = draft.staff_name or f"{draft.initials} (imported)"
        person = Staff(name=name, initials=draft.initials, role="staff", active=False)
        session.add(person)
        session.flush()
        known[key] = person.id
        created.append(draft.initials)
        audit.record(session, actor, "create", "staff", person.id,
                     {"name": name, "initials": draft.initials, "role": "staff", "active": False,
                      "reason": "initials found in imported history"})
    return known, created


def _ensure_desks(session: Session, actor: Actor, drafts: list[Draft]) -> tuple[dict[str, int], list[str]]:
    known = _desks_by_name(session)
    created = []
    for key, draft in _new_names(drafts, known, "desk").items():
        desk = Desk(name=draft.desk, active=False)  # a desk of the past; a leader can switch it on
        session.add(desk)
        session.flush()
        known[key] = desk.id
        created.append(draft.desk)
        audit.record(session, actor, "create", "desk", desk.id,
                     {"name": draft.desk, "active": False, "reason": "location found in imported history"})
    return known, created
