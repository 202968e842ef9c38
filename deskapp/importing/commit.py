"""Write an import's checked rows in short batches, all or nothing, so the desks keep saving meanwhile.

One long transaction would hold SQLite's write lock (and on PostgreSQL the report rollup rows every desk
save also updates) for the whole import: a desk save during a 300,000-row import waited 10 s and failed.
So the rows go in batches sized to hold the lock about a quarter of a second, each its own transaction,
with a pause between batches in which a waiting desk takes the lock (engine.py polls for it more often
than the pause is long).

All or nothing: the batch row is written first with a pending marker (app setting `import.pending.ID`)
that every batch refreshes (a heartbeat). The last transaction clears the marker, sets the row count and
writes the audit event. An import that fails part way takes its rows out again at once; one whose process
died (power cut, kill) leaves its marker behind, and the next start of deskapp or the next import takes
those rows out: on the same PC once that process has ended (the marker names the PC and the process; after
SAME_PC_GRACE), from another PC once the heartbeat has stopped for ABANDONED_AFTER. Until then they are in
the log like any other imported rows.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from deskapp.db import Database, rollup
from deskapp.db.core import driver_connection, table_of
from deskapp.db.models import AppSetting, Enquiry, EnquiryGuide, EnquirySkill, ImportBatch
from deskapp.importing.convert import Draft
from deskapp.importing.errors import ImportFileError
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _
from deskapp.platform.processes import process_alive

Progress = Callable[[str, int, int], None]
# Each batch should hold the write lock about this long: a desk that wants to save waits at most one batch.
# The rows per batch follow from the last batch's time (a slow or busy PC gets smaller batches).
BATCH_SECONDS = 0.25
FIRST_BATCH_ROWS = 500
MIN_BATCH_ROWS, MAX_BATCH_ROWS = 50, 10_000
PAUSE_SECONDS = 0.01  # between batches: five times the interval at which a waiting writer asks for the lock
PENDING_PREFIX = "import.pending."
# A live import refreshes its heartbeat every batch (well under a second). Half an hour without one is a
# dead process, even allowing for clocks that differ between PCs.
ABANDONED_AFTER = timedelta(minutes=30)
SAME_PC_GRACE = timedelta(seconds=60)
UNDO_ACTOR = Actor(role="admin", label="system:import")

# One enquiry's values in ENQUIRY_COLUMNS order (as SQLAlchemy binds them, or as the SQLite driver stores them).
Row = tuple[Any, ...]
ENQUIRY_COLUMNS = ("asked_at", "entered_at", "updated_at", "asked_local_date", "asked_hour_of_week", "staff_id",
                   "desk_id", "category_id", "channel_id", "patron_type_id", "read_level", "duration_band_id",
                   "outcome_id", "referral_target_id", "notes", "notes_purged_at", "import_batch_id", "import_key",
                   "import_digest")


class Pacer:
    """How many rows the next batch takes so that it holds the lock about BATCH_SECONDS."""

    def __init__(self, rows: int = FIRST_BATCH_ROWS) -> None:
        self.rows = rows

    @contextmanager
    def batch(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        elapsed = time.perf_counter() - started  # with any wait for the lock: a busy desk makes batches smaller
        wanted = int(self.rows * BATCH_SECONDS / max(elapsed, 1e-3))
        # At most doubling per batch: one quick batch (a warm cache) must not make the next one a long one.
        self.rows = max(MIN_BATCH_ROWS, min(MAX_BATCH_ROWS, 2 * self.rows, wanted))


@dataclass(frozen=True)
class Target:
    """Where the rows go: the pending batch, and the ids of the staff and desks they name."""

    batch_id: int
    staff_ids: dict[str, int]
    desk_ids: dict[str, int]


def _key(batch_id: int) -> str:
    return f"{PENDING_PREFIX}{batch_id}"


def mark_pending(session: Session, batch_id: int, file_name: str) -> None:
    # Who writes it: on this same PC a dead importer is recognised within a minute, not after ABANDONED_AFTER.
    session.add(AppSetting(key=_key(batch_id), value={"beat": datetime.now(UTC).isoformat(), "file": file_name,
                                                      "host": socket.gethostname(), "pid": os.getpid()}))


def _beat(session: Session, batch_id: int) -> None:
    """Refresh the heartbeat; refuses to go on if another PC took this import for dead and undid it."""
    marker = session.get(AppSetting, _key(batch_id), with_for_update=True)
    if marker is None or session.get(ImportBatch, batch_id) is None:
        raise ImportFileError(_("The import was stopped and its rows were taken out again (it seemed to have "
                                "stopped for a long time). Nothing of it was kept: import the file again."))
    written = marker.value if isinstance(marker.value, dict) else {}
    marker.value = {**written, "beat": datetime.now(UTC).isoformat()}


def clear_pending(session: Session, batch_id: int) -> None:
    _beat(session, batch_id)
    session.delete(session.get(AppSetting, _key(batch_id)))


def write_rows(db: Database, drafts: list[Draft], target: Target, report: Progress,
               pacer: Pacer | None = None) -> list[int]:
    """Insert the rows (with their skills, guides and rollups) in short transactions; returns their ids."""
    pacer = pacer or Pacer()
    now = datetime.now(UTC)
    ids: list[int] = []
    start = 0
    while start < len(drafts):
        chunk = drafts[start:start + pacer.rows]
        values = [_values(d, now, target) for d in chunk]  # built before the lock is taken
        if db.is_sqlite:
            values = [_sqlite_row(v) for v in values]
        with pacer.batch(), db.write() as session:
            _beat(session, target.batch_id)
            chunk_ids = _insert_sqlite(session, values) if db.is_sqlite else _insert_returning(session, values)
            _insert_links(session, chunk, chunk_ids)
            if chunk_ids:
                rollup.add_imported(session, target.batch_id, min(chunk_ids), max(chunk_ids))
        ids.extend(chunk_ids)
        start += len(chunk)
        report("writing", start, len(drafts))
        time.sleep(PAUSE_SECONDS)  # a desk waiting to save gets the lock now
    return ids


def undo(db: Database, batch_id: int, reason: str) -> int:
    """Take a pending import's rows out again, in short transactions; returns how many. Does nothing to an
    import that finished (its marker is gone)."""
    removed = 0
    pacer = Pacer()
    while True:
        with pacer.batch(), db.write() as session:
            # The marker row is locked first (PostgreSQL; SQLite's write lock already serialises): two PCs
            # undoing the same import at once would otherwise take its rows out of the rollups twice.
            if session.get(AppSetting, _key(batch_id), with_for_update=True) is None:
                return removed
            ids = list(session.scalars(select(Enquiry.id).where(Enquiry.import_batch_id == batch_id)
                                       .order_by(Enquiry.id).limit(pacer.rows)))
            if not ids:
                batch = session.get(ImportBatch, batch_id)
                audit.record(session, UNDO_ACTOR, "undo", "import_batch", batch_id, {
                    "file": batch.file_name if batch else "", "rows_taken_out": removed, "reason": reason})
                if batch is not None:
                    session.delete(batch)
                session.delete(session.get(AppSetting, _key(batch_id)))
                return removed
            # The batch's first ids in order: exactly its rows in [first, last].
            first, last = ids[0], ids[-1]
            rollup.remove_imported(session, batch_id, first, last)
            in_range = select(Enquiry.id).where(Enquiry.import_batch_id == batch_id, Enquiry.id.between(first, last))
            session.execute(delete(EnquirySkill).where(EnquirySkill.enquiry_id.in_(in_range)))
            session.execute(delete(EnquiryGuide).where(EnquiryGuide.enquiry_id.in_(in_range)))
            session.execute(delete(Enquiry).where(Enquiry.import_batch_id == batch_id,
                                                  Enquiry.id.between(first, last)))
            removed += len(ids)
        time.sleep(PAUSE_SECONDS)


def undo_after_failure(db: Database, batch_id: int) -> None:
    """The import failed part way: take its rows out now. If that fails too (the database is gone), the
    marker stays and a later start takes them out."""
    with suppress(Exception):
        undo(db, batch_id, "the import failed part way")


def _abandoned(value: object, cutoff: datetime, same_pc_cutoff: datetime) -> bool:
    """A pending import is dead when its program on this PC is gone, or (any PC) its heartbeat is old."""
    if not isinstance(value, dict) or not value.get("beat"):
        return True
    beat = datetime.fromisoformat(value["beat"])
    if beat <= cutoff:
        return True
    pid = value.get("pid")
    # The short grace covers two PCs with the same name (cloned images): a live import beats every second.
    return (value.get("host") == socket.gethostname() and isinstance(pid, int) and pid != os.getpid()
            and beat <= same_pc_cutoff and not process_alive(pid))


def undo_abandoned(db: Database, older_than: timedelta = ABANDONED_AFTER,
                   same_pc_grace: timedelta = SAME_PC_GRACE) -> list[int]:
    """Take out the rows of imports whose program died part way: on this PC once the program is gone (and
    its heartbeat is `same_pc_grace` old), from another PC once the heartbeat is older than `older_than`."""
    cutoff = datetime.now(UTC) - older_than
    same_pc_cutoff = datetime.now(UTC) - same_pc_grace
    with db.read() as session:
        markers = session.scalars(select(AppSetting).where(AppSetting.key.startswith(PENDING_PREFIX))).all()
    undone = []
    for marker in markers:
        if _abandoned(marker.value, cutoff, same_pc_cutoff):
            batch_id = int(marker.key[len(PENDING_PREFIX):])
            undo(db, batch_id, "the import stopped part way (its program ended)")
            undone.append(batch_id)
    return undone


def _values(d: Draft, now: datetime, target: Target) -> Row:
    return (d.asked_at, d.entered_at or now, d.updated_at, d.asked_local_date, d.asked_hour_of_week,
            target.staff_ids[d.initials.casefold()], target.desk_ids[d.desk.casefold()], d.category_id,
            d.channel_id, d.patron_type_id, d.read_level, d.duration_band_id, d.outcome_id, d.referral_target_id,
            d.notes, d.notes_purged_at, target.batch_id, d.import_key,
            # Only rows known by a source id keep a digest: a cell-hash row is found by its key alone, and
            # one without a digest may yet be matched by a mapping that later names the source id.
            d.digest if d.source_id else None)


def _insert_links(session: Session, drafts: list[Draft], ids: list[int]) -> None:
    links = [{"enquiry_id": i, "skill_id": s} for i, d in zip(ids, drafts, strict=True) for s in d.skill_ids]
    guides = [{"enquiry_id": i, "guide_id": g, "helped": h}
              for i, d in zip(ids, drafts, strict=True) for g, h in d.guides]
    if links:
        session.execute(insert(table_of(EnquirySkill)), links)
    if guides:
        session.execute(insert(table_of(EnquiryGuide)), guides)


def _sqlite_time(moment: datetime | None) -> str | None:
    """SQLAlchemy's SQLite storage format for a UTC datetime (what UTCDateTime would bind)."""
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_row(v: Row) -> Row:
    """The values as the SQLite driver stores them (what SQLAlchemy's types would bind)."""
    return (_sqlite_time(v[0]), _sqlite_time(v[1]), _sqlite_time(v[2]), v[3].isoformat(), *v[4:15],
            _sqlite_time(v[15]), v[16], v[17], v[18])


def _insert_sqlite(session: Session, values: list[Row]) -> list[int]:
    """Straight to the driver: this transaction holds SQLite's write lock (BEGIN IMMEDIATE), so numbering
    the rows from max(id) is safe, and executemany skips SQLAlchemy's per-value work (5x faster here)."""
    first_id = (session.scalar(select(func.max(Enquiry.id))) or 0) + 1
    cursor = driver_connection(session.connection().connection).cursor()
    columns = ", ".join(("id", *ENQUIRY_COLUMNS))
    marks = ", ".join("?" for _ in range(len(ENQUIRY_COLUMNS) + 1))
    sql = f"INSERT INTO {Enquiry.__tablename__} ({columns}) VALUES ({marks})"
    rows = [(first_id + n, *v) for n, v in enumerate(values)]
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()
    return list(range(first_id, first_id + len(values)))


def _insert_returning(session: Session, values: list[Row]) -> list[int]:
    """PostgreSQL numbers the rows from its sequence (other desks insert at the same time) and returns
    the ids in the order given."""
    table = table_of(Enquiry)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    chunk = [dict(zip(ENQUIRY_COLUMNS, v, strict=True)) for v in values]
    return list(session.execute(statement, chunk).scalars())
