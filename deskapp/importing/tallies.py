"""Import tallies: counts a source recorded without one row per enquiry (Suma's counts, a monthly tally
sheet). Each becomes one Tally row, never invented enquiries.

A tally is known by its source identity (`import_key`: the format, the source instance and the source's own
id) and its content (`import_digest`): a file imported again adds nothing, a tally changed at the source is
updated (the import's audit event lists each change), and two sources' ids never meet. The file is read and
checked whole first; then everything is written in one transaction, or nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.db.core import table_of
from deskapp.db.models import Desk, ImportBatch, Tally
from deskapp.importing.errors import ImportFileError, Problem
from deskapp.importing.lookups import Lookups
from deskapp.importing.reader import Table, read_table
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _, format_number, ngettext

PREVIEW_ROWS = 20
KEY_CHUNK = 500  # keys per IN (...) when looking for tallies imported before


@dataclass
class TallyDraft:
    """One tally as read from a file, before it is written."""

    line: int
    period_start: date
    period_end: date
    hour: int | None
    desk: str
    count: int
    label: str
    import_key: str
    category_id: int | None = None
    channel_id: int | None = None
    patron_type_id: int | None = None

    @cached_property  # asked for by the plan and again when the row is written
    def digest(self) -> str:
        # What the source says about the tally: a change to any of it is an edit at the source.
        parts = (self.period_start.isoformat(), self.period_end.isoformat(), str(self.hour), self.desk.casefold(),
                 str(self.count), self.label, str(self.category_id), str(self.channel_id), str(self.patron_type_id))
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass
class ParsedTallies:
    """What a format's reader made of a file: tallies, rows it cannot read, and sentences for the summary
    (rows it left out on purpose, and why)."""

    drafts: list[TallyDraft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows_read: int = 0


@dataclass(frozen=True)
class TallyFormat:
    """A tally file format: its name (the import batch's source) and how to read a table of it."""

    name: str
    title: str  # marked with N_, translated where it is shown
    parse: Callable[[Table, str, Lookups, str | None, str], ParsedTallies]


@dataclass(frozen=True)
class TallySummary:
    file_name: str
    format_name: str
    rows_read: int
    new_rows: int
    updated: int
    already_imported: int
    imported: int
    dry_run: bool
    total_count: int  # the sum of the new and updated tallies' counts
    first_day: date | None = None
    last_day: date | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    new_desks: tuple[str, ...] = ()
    batch_id: int | None = None
    preview: tuple[dict[str, str], ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """The summary as plain sentences (CLI output, the window's report)."""
        count = self.new_rows if self.dry_run else self.imported
        message = (ngettext("Would import {count} tally from {rows} rows of {file} ({format}).",
                            "Would import {count} tallies from {rows} rows of {file} ({format}).", count)
                   if self.dry_run else
                   ngettext("Imported {count} tally from {rows} rows of {file} ({format}).",
                            "Imported {count} tallies from {rows} rows of {file} ({format}).", count))
        out = [message.format(count=format_number(count), rows=format_number(self.rows_read), file=self.file_name,
                              format=_(self.format_name))]
        if self.updated:
            out.append((ngettext("Would update {n} tally changed in the source since it was imported.",
                                 "Would update {n} tallies changed in the source since they were imported.",
                                 self.updated) if self.dry_run else
                        ngettext("Updated {n} tally changed in the source since it was imported.",
                                 "Updated {n} tallies changed in the source since they were imported.",
                                 self.updated)).format(n=format_number(self.updated)))
        if self.already_imported:
            out.append(ngettext("{n} tally was imported before and is skipped.",
                                "{n} tallies were imported before and are skipped.",
                                self.already_imported).format(n=format_number(self.already_imported)))
        if self.first_day and self.last_day:
            out.append(_("Together they count {total}, from {first} to {last}. They are kept as tallies beside the "
                         "logged enquiries: desk statistics show them, the skill reports do not.").format(
                    total=format_number(self.total_count), first=self.first_day.isoformat(),
                    last=self.last_day.isoformat()))
        out.extend(self.notes)
        if self.new_desks:
            out.append((_("Would add desks: {names}.") if self.dry_run else _("Added desks: {names}.")).format(
                    names=", ".join(self.new_desks)))
        for problem in self.problems:
            out.append(_("Problem: {problem}").format(problem=problem))
        if self.problems:
            out.append(_("Nothing can be imported until these rows are fixed."))
        return out


@dataclass
class _Plan:
    new: list[TallyDraft] = field(default_factory=list)
    update: list[tuple[int, TallyDraft]] = field(default_factory=list)
    unchanged: int = 0


def _chunks(keys: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(keys), KEY_CHUNK):
        yield keys[start:start + KEY_CHUNK]


def _plan(session: Session, drafts: list[TallyDraft]) -> _Plan:
    found: dict[str, tuple[int, str | None]] = {}
    for chunk in _chunks([d.import_key for d in drafts]):
        for tally_id, key, digest in session.execute(
                select(Tally.id, Tally.import_key, Tally.import_digest).where(Tally.import_key.in_(chunk))):
            if key is not None:  # always, for a row found by its key; the column itself may be empty
                found[key] = (tally_id, digest)
    work = _Plan()
    for draft in drafts:
        known = found.get(draft.import_key)
        if known is None:
            work.new.append(draft)
        elif known[1] != draft.digest:
            work.update.append((known[0], draft))
        else:
            work.unchanged += 1
    return work


def _desks_by_name(session: Session) -> dict[str, int]:
    return {name.casefold(): desk_id for desk_id, name in session.execute(select(Desk.id, Desk.name))}


def _new_desk_names(drafts: list[TallyDraft], known: dict[str, int]) -> list[str]:
    out: dict[str, str] = {}
    for draft in drafts:
        if draft.desk.casefold() not in known:
            out.setdefault(draft.desk.casefold(), draft.desk)
    return list(out.values())


def _ensure_desks(session: Session, actor: Actor, drafts: list[TallyDraft]) -> tuple[dict[str, int], list[str]]:
    """A location the file names and this database does not know becomes an inactive desk (of the past)."""
    known = _desks_by_name(session)
    created = _new_desk_names(drafts, known)
    for name in created:
        desk = Desk(name=name, active=False)
        session.add(desk)
        session.flush()
        known[name.casefold()] = desk.id
        audit.record(session, actor, "create", "desk", desk.id,
                     {"name": name, "active": False, "reason": "location found in imported tallies"})
    return known, created


def _row(draft: TallyDraft, desk_ids: dict[str, int]) -> dict[str, object]:
    return {"period_start": draft.period_start, "period_end": draft.period_end, "hour": draft.hour,
            "desk_id": desk_ids[draft.desk.casefold()], "count": draft.count, "label": draft.label[:200],
            "category_id": draft.category_id, "channel_id": draft.channel_id,
            "patron_type_id": draft.patron_type_id, "import_key": draft.import_key, "import_digest": draft.digest}


def _preview(drafts: list[TallyDraft], lookups: Lookups) -> tuple[dict[str, str], ...]:
    tables = lookups.tables
    rows = []
    for d in drafts[:PREVIEW_ROWS]:
        period = d.period_start.isoformat() if d.period_start == d.period_end else \
            f"{d.period_start.isoformat()} – {d.period_end.isoformat()}"
        rows.append({
            "line": str(d.line), "period": period if d.hour is None else f"{period} {d.hour:02d}:00",
            "desk": d.desk, "count": str(d.count), "label": d.label,
            "category": tables["category"].labels.get(d.category_id or 0, ""),
            "channel": tables["channel"].labels.get(d.channel_id or 0, ""),
            "patron": tables["patron_type"].labels.get(d.patron_type_id or 0, ""),
        })
    return tuple(rows)


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(text: str | None) -> str:
    return " ".join(text.split())[:120] if text and text.strip() else ""


def import_tallies(db: Database, actor: Actor, path: str | Path, tally_format: TallyFormat, *,
                   desk: str | None = None, source_instance: str | None = None, dry_run: bool = False,
                   fallback_desk: str = "Imported desk") -> TallySummary:
    """Import the tallies of one file. Raises ImportFileError (nothing written) when any row cannot be read;
    with dry_run=True, returns the summary with every problem instead and writes nothing."""
    actor.require("leader", N_("import enquiry tallies"))
    path = Path(path)
    table = read_table(path)
    with db.read() as session:
        lookups = Lookups.load(session)
    parsed = tally_format.parse(table, _clean(source_instance), lookups, _clean(desk) or None,
                                _clean(fallback_desk) or "Imported desk")
    problems = sorted([*table.problems, *parsed.problems], key=lambda p: p.line)
    seen: dict[str, int] = {}
    drafts: list[TallyDraft] = []
    for draft in parsed.drafts:
        if draft.import_key in seen:
            problems.append(Problem(draft.line, _("the same tally is also on line {line}.").format(
                line=seen[draft.import_key])))
        else:
            seen[draft.import_key] = draft.line
            drafts.append(draft)
    problems.sort(key=lambda p: p.line)
    if problems and not dry_run:
        raise ImportFileError.from_problems(path.name, problems)

    def summary(work: _Plan, imported: int, new_desks: list[str], batch_id: int | None) -> TallySummary:
        touched = work.new + [d for _id, d in work.update]
        return TallySummary(
            file_name=path.name, format_name=tally_format.title, rows_read=parsed.rows_read,
            new_rows=len(work.new), updated=len(work.update), already_imported=work.unchanged, imported=imported,
            dry_run=dry_run, total_count=sum(d.count for d in touched),
            first_day=min((d.period_start for d in touched), default=None),
            last_day=max((d.period_end for d in touched), default=None), problems=tuple(problems),
            notes=tuple(parsed.notes), new_desks=tuple(new_desks), batch_id=batch_id,
            preview=_preview(drafts, lookups))

    if dry_run:
        with db.read() as session:
            work = _plan(session, drafts)
            touched = work.new + [d for _id, d in work.update]
            return summary(work, 0, _new_desk_names(touched, _desks_by_name(session)), None)

    digest = _file_digest(path)
    with db.write() as session:  # the plan inside the write: a tally imported meanwhile is seen
        work = _plan(session, drafts)
        touched = work.new + [d for _id, d in work.update]
        desk_ids, created = _ensure_desks(session, actor, touched)
        batch = ImportBatch(source=tally_format.name, file_name=path.name[:400], file_sha256=digest,
                            row_count=len(work.new), actor=actor.label)
        session.add(batch)
        session.flush()
        if work.new:
            session.execute(insert(table_of(Tally)), [
                {**_row(d, desk_ids), "source": tally_format.name, "entered_by": actor.label,
                 "import_batch_id": batch.id} for d in work.new])
        changes = []
        for tally_id, draft in work.update:
            tally = session.get(Tally, tally_id)
            assert tally is not None  # found by the plan in this transaction
            before = {"count": tally.count, "period_start": tally.period_start.isoformat(),
                      "period_end": tally.period_end.isoformat(), "hour": tally.hour, "desk_id": tally.desk_id,
                      "label": tally.label}
            for name, value in _row(draft, desk_ids).items():
                setattr(tally, name, value)
            tally.import_batch_id = batch.id
            after = {"count": tally.count, "period_start": tally.period_start.isoformat(),
                     "period_end": tally.period_end.isoformat(), "hour": tally.hour, "desk_id": tally.desk_id,
                     "label": tally.label}
            changes.append({"tally": tally_id, "key": draft.import_key, **audit.diff(before, after)})
        result = summary(work, len(work.new), created, batch.id)
        audit.record(session, actor, "import", "import_batch", batch.id, {
            "kind": "tallies", "file": path.name, "sha256": digest, "format": tally_format.name,
            "source_instance": _clean(source_instance), "rows_read": parsed.rows_read,
            "imported": len(work.new), "already_imported": work.unchanged, "updated": changes,
            "total_count": result.total_count, "new_desks": created, "left_out": list(parsed.notes),
            "dry_run": False})
    return result
