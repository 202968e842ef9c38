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
from deskapp.db.models import Desk, ImportBatch, Staff
from deskapp.desk.privacy import redact
from deskapp.importing import commit, identity
from deskapp.importing.convert import UNKNOWN_INITIALS, UNKNOWN_STAFF_NAME, Converter, Draft
from deskapp.importing.date_order import OrderDecision, OrderFinder
from deskapp.importing.errors import ImportFileError, ImportSummary, Problem
from deskapp.importing.lookups import Lookups
from deskapp.importing.mapping import DATE_ORDERS, Mapping, detect_mapping
from deskapp.importing.reader import DELIMITER_NAMES, Table, read_table
from deskapp.importing.repair import repair_rows
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_zone

Progress = Callable[[str, int, int], None]
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
        raise ImportFileError(
            _("Unknown time zone '{zone}': use a name like Europe/London or Australia/Sydney.").format(zone=zone)
        ) from None


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
                progress: Progress | None = None, date_order: str | None = None,
                source_instance: str | None = None) -> ImportSummary:
    """Import enquiries from a CSV or XLSX file. `mapping` is a Mapping, or built-in mapping names to pick
    from by the file's header. `date_order` ("dmy" or "mdy") says how to read dates such as 01/03/2021;
    without it the file (or the mapping's date_order option) must show it. Raises ImportFileError (nothing
    written) when any row cannot be read; with dry_run=True, returns the summary with every problem instead
    and writes nothing."""
    actor.require("leader", N_("import enquiry history"))
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ImportFileError(_("Unknown date order '{date_order}': use dmy (day first) or mdy (month first).").format(
                date_order=date_order))
    # A big file makes hundreds of thousands of small objects that all live to the end: the cyclic garbage
    # collector would rescan them again and again (time grows faster than the file), and they hold no cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_file(db, actor, Path(path), mapping, desk=desk, timezone=timezone, dry_run=dry_run,
                            include_notes=include_notes, fallback_desk=fallback_desk, progress=progress,
                            date_order=date_order, source_instance=source_instance)
    finally:
        if enabled:
            gc.enable()


def _import_file(db: Database, actor: Actor, path: Path, mapping: Mapping | Sequence[str], *,
                 desk: str | None, timezone: str | tzinfo | None, dry_run: bool, include_notes: bool | None,
                 fallback_desk: str, progress: Progress | None, date_order: str | None,
                 source_instance: str | None) -> ImportSummary:
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
        people = [(initials, name) for initials, name in session.execute(select(Staff.initials, Staff.name))]
    lookups.check_mapping(chosen)
    instance = " ".join(source_instance.split()) if source_instance and source_instance.strip() else None
    converter = Converter(chosen, lookups, table.header, zone, desk_override,
                          redact if chosen.redact_notes else None, instance)
    converter.know_staff(people)
    absent = []
    if "asked_at" not in converter.index and "date" not in converter.index:
        absent.append("asked_at" if "asked_at" in chosen.columns else "date")
    if absent:
        names = ", ".join(f"'{c}'" for role in absent for c in chosen.column(role))
        raise ImportFileError(_("{name} has no column {names}, which the mapping {name2} needs. Its header is: "
                                "{value}.").format(
                name=path.name,
                names=names,
                name2=chosen.name,
                value=', '.join(table.header)))

    problems: list[Problem] = list(table.problems)
    total = len(table.rows)  # rows read, counting those the repair refuses
    table, repairs, refused = repair_rows(table, converter.roles_of_columns(), converter.knows)
    problems.extend(refused)
    order = _decide_date_order(converter, table, date_order, chosen.date_order)
    if order.undecided:
        problems.append(Problem(0, order.problem()))  # rows are still checked, to list every other problem
    else:
        converter.set_date_order(order.order)
    drafts: list[Draft] = []
    no_desk: list[int] = []  # lines whose desk column is empty: they go on the fallback desk
    instances_of_desk: dict[str, set[str]] = {}  # desk name -> the source instances (Gimlet sites) using it
    key_lines: dict[str, int] = {}
    for number, row in enumerate(table.rows, start=1):
        converted = converter.convert(row.line, row.cells)
        if isinstance(converted, Problem):
            problems.append(converted)
        elif converted.import_key in key_lines:
            problems.append(Problem(row.line, f"the import key {converted.import_key} is also on line "
                                              f"{key_lines[converted.import_key]}."))
        else:
            key_lines[converted.import_key] = row.line
            if "source_instance" in converter.index and not desk_override and not source_instance:
                instances_of_desk.setdefault(converted.desk, set()).add(converter.instance(row.cells))
            if not converted.desk:
                converted.desk = fallback_desk
                # Said, not silent: in a workbook with merged cells only the first row of a block has a value.
                if "desk" in converter.index:
                    no_desk.append(row.line)
            drafts.append(converted)
        if number % 5_000 == 0:
            report("checking", number, len(table.rows))
    report("checking", total, total)
    problems.sort(key=lambda p: p.line)

    def summary(work: identity.Plan, imported: int, new_staff: list[str], new_desks: list[str],
                batch_id: int | None) -> ImportSummary:
        new = work.new
        asked = [] if order.undecided else [d.asked_at for d in new]  # no dates that may be swapped
        return ImportSummary(
            file_name=path.name, mapping_name=chosen.name, rows_read=total, new_rows=len(new),
            already_imported=len(drafts) - len(new) - len(work.update), imported=imported, dry_run=dry_run,
            problems=tuple(problems), unmapped=converter.unmapped_values(), new_staff=tuple(new_staff),
            new_desks=tuple(new_desks), notes_left_out=converter.notes_left_out,
            notes_redacted=converter.notes_redacted, first_asked=min(asked, default=None),
            last_asked=max(asked, default=None), batch_id=batch_id,
            # No preview while the day/month order is open: it would show dates that may be wrong.
            preview=() if order.undecided else _preview(drafts, lookups, zone),
            missing_columns=tuple(converter.missing), date_order=order.order or "",
            date_order_note=order.sentence(), read_as=_read_as(table), repairs=tuple(str(r) for r in repairs),
            updated=len(work.update), kept_local_edits=work.kept_lines(),
            desk_fallback=(_fallback_note(no_desk, fallback_desk, table) if "desk" in converter.index
                           or desk_override or not drafts
                           else f"The file names no desk, so every row goes on {fallback_desk}. Use --desk to "
                                "choose another."),
            dst_notes=converter.dst_notes(), banded=converter.banded_durations(),
            shared_desks=_shared_desk_notes(instances_of_desk))

    if problems and not dry_run:
        raise ImportFileError.from_problems(path.name, problems)
    if dry_run:
        with db.read() as session:
            work = identity.plan(session, drafts)
            touched = work.new + [d for _, d in work.update]
            staff = [d.initials for d in _new_names(touched, _staff_by_initials(session), "initials").values()]
            desks = [d.desk for d in _new_names(touched, _desks_by_name(session), "desk").values()]
        return summary(work, 0, staff, desks, None)

    digest = _file_digest(path)  # read before any lock is taken
    commit.undo_abandoned(db)  # an earlier import that died part way must not count its rows twice
    with db.read() as session:  # outside the write lock; a row imported meanwhile trips the unique key
        work = identity.plan(session, drafts)
    new = work.new
    touched = new + [d for _, d in work.update]
    with db.write() as session:
        staff_ids, created_staff = _ensure_staff(session, actor, touched)
        desk_ids, created_desks = _ensure_desks(session, actor, touched)
        batch = ImportBatch(source=chosen.source, file_name=path.name[:400], file_sha256=digest,
                            row_count=0, actor=actor.label)
        session.add(batch)
        session.flush()
        batch_id = batch.id
        commit.mark_pending(session, batch_id, path.name)
    try:
        ids = commit.write_rows(db, new, commit.Target(batch_id, staff_ids, desk_ids), report)
        with db.write() as session:
            commit.clear_pending(session, batch_id)
            # Rows edited at the source are updated, and old rows re-keyed, only in the transaction that
            # finishes the import: an import taken out again has changed no row it did not add. An enquiry
            # corrected in deskapp since the plan was made is kept as the desk corrected it.
            identity.recheck_edits(session, work)
            identity.apply(session, actor, work, batch_id, staff_ids, desk_ids, notes=chosen.import_notes)
            result = summary(work, len(ids), created_staff, created_desks, batch_id)
            finished = session.get(ImportBatch, batch_id)
            assert finished is not None  # clear_pending refuses when the batch was taken out
            finished.row_count = len(ids)
            audit.record(session, actor, "import", "import_batch", batch_id, {
                "file": path.name, "sha256": digest, "mapping": chosen.name, "source": chosen.source,
                "rows_read": total, "imported": len(ids), "already_imported": result.already_imported,
                "updated": len(work.update), "kept_local_edits": list(work.kept_lines()),
                "rekeyed": len(work.rekey), "new_staff": created_staff, "new_desks": created_desks,
                "unmapped": {f"{u.field}: {u.value}": u.count for u in result.unmapped},
                "notes_left_out": converter.notes_left_out, "date_order": order.order,
                "repaired_rows": sorted({r.line for r in repairs}), "daylight_saving": list(result.dst_notes),
                "dry_run": False})
    except BaseException:
        commit.undo_after_failure(db, batch_id)
        raise
    return result


def _decide_date_order(converter: Converter, table: Table, given: str | None,
                       mapping_order: str | None) -> OrderDecision:
    """One day/month order for the whole file: as told (--date-order, then the mapping), else as its dates
    and weekdays show. Rows of the wrong width are left to the row check, which names them."""
    finder = OrderFinder(converter.mapping.date_formats)
    if given or mapping_order:
        return finder.decision(given or mapping_order, "given" if given else "mapping")
    if finder.needed:
        width = len(table.header)
        for row in table.rows:
            if len(row.cells) != width:
                continue
            weekday = converter.weekday(row.cells)
            for text, asked in converter.date_texts(row.cells):
                finder.observe(row.line, text, weekday if asked else "")
    return finder.decision()


def _shared_desk_notes(instances_of_desk: dict[str, set[str]]) -> tuple[str, ...]:
    """A desk name used by several source instances (two Gimlet sites with a "Main Desk") is one desk here:
    said, with how to keep them apart."""
    out = []
    for desk, instances in sorted(instances_of_desk.items()):
        named = sorted(i for i in instances if i)
        if desk and len(named) > 1:
            out.append(f"The location '{desk}' is used by {len(named)} sites ({'; '.join(named)}): their rows all "
                       f"go on one desk '{desk}'. To keep them apart, import each site with --desk, or use a "
                       "mapping whose desk joins the site and the location (desk = [\"site\", \"location\"]).")
    return tuple(out)


def _fallback_note(lines: list[int], desk: str, table: Table) -> str:
    """One sentence for rows whose desk column is empty ('' when none)."""
    if not lines:
        return ""
    shown = ", ".join(str(n) for n in lines[:10]) + (", …" if len(lines) > 10 else "")
    merged = " (in a workbook, merged cells leave every row but the first of a block empty)" \
        if not table.delimiter else ""
    rows = "1 row has" if len(lines) == 1 else f"{len(lines):,} rows have"
    return (f"{rows} no desk in the file, so they go on {desk}{merged}: line {shown}. Use --desk, or fill "
            "the column, to put them elsewhere.")


def _read_as(table: Table) -> str:
    """How a CSV was read, when it was not plain UTF-8 with commas ('' otherwise)."""
    parts = []
    if table.encoding and table.encoding != "UTF-8":
        parts.append(f"as {table.encoding} text")
    if table.delimiter and table.delimiter != ",":
        parts.append(f"with fields separated by {DELIMITER_NAMES[table.delimiter]}")
    return "Read " + " ".join(parts) + "." if parts else ""


def _ensure_staff(session: Session, actor: Actor, drafts: list[Draft]) -> tuple[dict[str, int], list[str]]:
    """Unknown initials become inactive staff, so imported history stays attributed to someone."""
    known = _staff_by_initials(session)
    created = []
    for key, draft in _new_names(drafts, known, "initials").items():
        unknown = draft.initials == UNKNOWN_INITIALS
        name = draft.staff_name or (UNKNOWN_STAFF_NAME if unknown else f"{draft.initials} (imported)")
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
