"""Desk wall-clock fields of an enquiry, fixed when it is written (reports group by them)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from deskapp.platform.i18n import _


def local_zone() -> tzinfo:
    """This PC's time zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def local_fields(asked_at: datetime, zone: tzinfo | None = None) -> tuple[date, int]:
    """(local date, hour of week with Monday 00:00-00:59 = 0) of an aware datetime."""
    if asked_at.tzinfo is None:
        raise ValueError(_("asked_at must be time-zone aware"))
    local = asked_at.astimezone(zone or local_zone())
    return local.date(), local.weekday() * 24 + local.hour


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
