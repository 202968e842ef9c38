"""Export enquiries with every field to CSV or XLSX, streamed, safe to open in a spreadsheet.

The columns are what the built-in "deskapp-export" import mapping reads, so an export re-imports losslessly
(`deskapp import deskapp FILE`). Cells that a spreadsheet would run as a formula get a leading apostrophe;
the importer takes it off again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from deskapp.db import Database
from deskapp.db.models import (
    Category,
    Channel,
    Desk,
    DurationBand,
    Enquiry,
    EnquiryGuide,
    EnquirySkill,
    Guide,
    Outcome,
    PatronType,
    ReferralTarget,
    Skill,
    Staff,
)
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _

FORMATS = ("csv", "xlsx")
COLUMNS = (
    "id", "asked_at", "entered_at", "updated_at", "asked_local_date", "asked_hour_of_week", "desk",
    "staff_initials", "staff_name", "category_key", "category_label", "domain", "channel", "patron_type",
    "read_level", "duration_band", "outcome", "referral_target", "skills", "guides", "notes", "notes_purged_at",
    "import_key",
)
PAGE = 2_000
# A spreadsheet runs a cell starting with these as a formula (CSV injection); ' is escaped too, so the
# apostrophe we add can always be told from one that was there.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
# XLSX (XML 1.0) cannot hold C0 control characters other than tab, line feed and carriage return.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(ValueError):
    """The export cannot be written as asked."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    replaced_characters: int = 0


def neutralise(value: str) -> str:
    """Guard a text cell against being run as a formula by a spreadsheet."""
    return "'" + value if value[:1] in FORMULA_STARTS and value else value


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def _rows(session: Session, date_from: date | None, date_to: date | None) -> Iterator[list[object]]:
    """Every enquiry in id order, a page at a time (keyset paging: memory stays flat however many rows)."""
    referral = aliased(ReferralTarget)
    query = (
        select(Enquiry.id, Enquiry.asked_at, Enquiry.entered_at, Enquiry.updated_at, Enquiry.asked_local_date,
               Enquiry.asked_hour_of_week, Enquiry.read_level, Enquiry.notes, Enquiry.notes_purged_at,
               Enquiry.import_key, Desk.name, Staff.initials, Staff.name, Category.key, Category.label, Category.domain,
               Channel.key, PatronType.key, DurationBand.key, Outcome.key, referral.key)
        .join(Desk, Desk.id == Enquiry.desk_id)
        .join(Staff, Staff.id == Enquiry.staff_id)
        .join(Category, Category.id == Enquiry.category_id)
        .join(Channel, Channel.id == Enquiry.channel_id)
        .join(Outcome, Outcome.id == Enquiry.outcome_id)
        .outerjoin(PatronType, PatronType.id == Enquiry.patron_type_id)
        .outerjoin(DurationBand, DurationBand.id == Enquiry.duration_band_id)
        .outerjoin(referral, referral.id == Enquiry.referral_target_id)
        .order_by(Enquiry.id)
        .limit(PAGE)
    )
    if date_from:
        query = query.where(Enquiry.asked_local_date >= date_from)
    if date_to:
        query = query.where(Enquiry.asked_local_date <= date_to)
    last_id = 0
    while True:
        page = session.execute(query.where(Enquiry.id > last_id)).all()
        if not page:
            return
        ids = [row[0] for row in page]
        skills: dict[int, list[str]] = {}
        for enquiry_id, key in session.execute(
                select(EnquirySkill.enquiry_id, Skill.key).join(Skill, Skill.id == EnquirySkill.skill_id)
                .where(EnquirySkill.enquiry_id.in_(ids)).order_by(Skill.key)):
            skills.setdefault(enquiry_id, []).append(key)
        guides: dict[int, list[str]] = {}
        for enquiry_id, key, helped in session.execute(
                select(EnquiryGuide.enquiry_id, Guide.key, EnquiryGuide.helped)
                .join(Guide, Guide.id == EnquiryGuide.guide_id)
                .where(EnquiryGuide.enquiry_id.in_(ids)).order_by(Guide.key)):
            verdict = "" if helped is None else ":helped" if helped else ":not-helped"
            guides.setdefault(enquiry_id, []).append(key + verdict)
        # Plain column rows, not ORM objects: nothing piles up in the session however long the export.
        for (enquiry_id, asked_at, entered_at, updated_at, local_date, hour, read_level, notes, purged_at,
             import_key, desk, initials, staff_name, cat_key, cat_label, domain, channel, patron, band, outcome,
             target) in page:
            yield [enquiry_id, _iso(asked_at), _iso(entered_at), _iso(updated_at), local_date.isoformat(), hour,
                   desk, initials, staff_name, cat_key, cat_label, domain, channel, patron or "",
                   read_level if read_level is not None else "", band or "", outcome, target or "",
                   ";".join(skills.get(enquiry_id, [])), ";".join(guides.get(enquiry_id, [])), notes or "",
                   _iso(purged_at), import_key or ""]
        last_id = ids[-1]


def _safe(row: list[object]) -> list[object]:
    return [neutralise(v) if isinstance(v, str) else v for v in row]


def export_enquiries(db: Database, actor: Actor, out: str | Path, fmt: str | None = None, *,
                     date_from: date | None = None, date_to: date | None = None,
                     progress: Callable[[int], None] | None = None) -> ExportResult:
    """Write the enquiries asked between date_from and date_to (desk-local dates, inclusive) to `out`."""
    actor.require("leader", N_("export the enquiry log"))
    path = Path(out)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in FORMATS:
        raise ExportError(_("Cannot export as '{fmt}': choose csv or xlsx.").format(fmt=fmt))
    if date_from and date_to and date_from > date_to:
        raise ExportError(_("The start date {date_from} is after the end date {date_to}.").format(
                date_from=date_from,
                date_to=date_to))
    if not path.parent.is_dir():
        raise ExportError(_("The folder {parent} does not exist.").format(parent=path.parent))
    temp = path.with_name(path.name + ".part")  # a half-written export never takes the real name
    count = 0
    replaced = 0
    try:
        with db.read() as session:
            rows = _rows(session, date_from, date_to)
            if fmt == "csv":
                with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(COLUMNS)
                    for row in rows:
                        writer.writerow(_safe(row))
                        count += 1
                        if progress and count % PAGE == 0:
                            progress(count)
            else:
                count, replaced = _write_xlsx(temp, rows, progress)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    with db.write() as session:
        audit.record(session, actor, "export", "enquiries", "", {
            "file": path.name, "format": fmt, "rows": count,
            "from": date_from.isoformat() if date_from else None, "to": date_to.isoformat() if date_to else None})
    return ExportResult(path, count, replaced)


def _write_xlsx(path: Path, rows: Iterator[list[object]], progress: Callable[[int], None] | None) -> tuple[int, int]:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # streams rows to disk: memory stays flat
    sheet = workbook.create_sheet("Enquiries")
    sheet.append(list(COLUMNS))
    count = replaced = 0
    for row in rows:
        cells = []
        for value in _safe(row):
            if isinstance(value, str):
                value, n = _XLSX_ILLEGAL.subn("\ufffd", value)
                replaced += n
            cells.append(value)
        sheet.append(cells)
        count += 1
        if progress and count % PAGE == 0:
            progress(count)
    workbook.save(path)
    return count, replaced
