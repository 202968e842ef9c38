"""Privacy: free-text notes are kept only for the retention period; the coded fields stay for statistics.

A note is aged by when the enquiry was asked (the day the patron's words came into being), so imported
history older than the retention period arrives without its notes. The purge is one SQL UPDATE, audited as
one event; on SQLite it zeroes the freed bytes (secure_delete) and checkpoints the WAL so the old text is
not left lying in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from deskapp.db import Database
from deskapp.db.core import driver_connection, rows_matched
from deskapp.db.models import Enquiry
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.platform.shared_settings import DEFAULT_RETENTION_DAYS, get_note_retention_days

# Who acts when the app purges on its own (at start-up and daily).
SYSTEM_ACTOR = Actor(role="admin", label="system:retention")


class RetentionError(ValueError):
    """A retention period that makes no sense."""


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    older_than_days: int
    cutoff: datetime


def retention_days(session: Session) -> int:
    """The shared retention period in days (a team leader's setting, default 90)."""
    try:
        days = int(get_note_retention_days(session))
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_DAYS
    return days if days >= 1 else DEFAULT_RETENTION_DAYS


def _check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise RetentionError(_("The number of days must be a whole number."))
    if days < 1:
        raise RetentionError(_("Notes can only be purged when older than at least 1 day (got {days}).").format(
                days=days))
    return days


def purge_notes(session: Session, actor: Actor, older_than_days: int, *,
                now: datetime | None = None) -> PurgeResult:
    """Blank the notes of enquiries asked more than `older_than_days` ago; leader-only; audited."""
    actor.require("leader", N_("purge enquiry notes"))
    days = _check_days(older_than_days)
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    stamp = now or datetime.now(UTC)
    if session.get_bind().dialect.name == "sqlite":
        # Zero the bytes of the old text instead of leaving them in free pages.
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    purged = rows_matched(session.execute(
        update(Enquiry)
        .where(Enquiry.asked_at < cutoff, Enquiry.notes != "")
        .values(notes="", notes_purged_at=stamp)
        .execution_options(synchronize_session=False)
    ))
    if purged:
        audit.record(session, actor, "purge-notes", "enquiry", "",
                     {"purged": purged, "older_than_days": days, "cutoff": cutoff.isoformat()})
    return PurgeResult(purged=purged or 0, older_than_days=days, cutoff=cutoff)


def notes_older_than(session: Session, days: int, *, now: datetime | None = None) -> int:
    """How many enquiries still hold a note older than `days` (for dry runs and checks)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=_check_days(days))
    return session.scalar(
        select(func.count()).select_from(Enquiry).where(Enquiry.asked_at < cutoff, Enquiry.notes != "")
    ) or 0


def run_scheduled_purge(db: Database, *, now: datetime | None = None) -> PurgeResult:
    """The automatic purge the app runs at start-up and daily, off the GUI thread."""
    with db.write() as session:
        result = purge_notes(session, SYSTEM_ACTOR, retention_days(session), now=now)
    if result.purged and db.is_sqlite:
        checkpoint(db)
    return result


def checkpoint(db: Database) -> None:
    """Fold the WAL back into the file and truncate it, so purged text does not linger in the WAL."""
    # A raw connection in autocommit mode: a checkpoint cannot run inside a transaction.
    raw = db.engine.raw_connection()
    try:
        driver_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
