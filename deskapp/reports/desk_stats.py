"""Desk statistics as library desks report them: volume by hour, weekday, week and month; domain and
category mix; READ distribution; channel, patron-type and outcome mix.

Rows are long-format, one per (section, key): `total` once, then `hour`, `weekday`, `week`, `month`,
`domain`, `category`, `read`, `channel`, `patron_type`, `outcome`, `learning` (peer-learning records
of referrals to a colleague in the period: informal training), and, when there are any, `tally` (counts kept
as tallies, beside the logged enquiries and never added to them) and `tally_left_out`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from deskapp.db.models import (
    Category,
    Channel,
    Enquiry,
    Outcome,
    PatronType,
    ReadLevel,
    RollupEnquiryCount,
    Tally,
    TrainingRecord,
)
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _, format_number, ngettext
from deskapp.reports.common import WEEKDAYS, ReportFilter, ReportResult, filter_clause, percent, rate, require_leader

NAME = "desk-stats"
TITLE = "Desk statistics"
COLUMNS = ("section", "key", "label", "count", "share")
# Marked: the rows keep these English words (exports are read by scripts); the summary translates them.
DOMAIN_LABELS = {"library": N_("Library"), "it": N_("IT"), "other": N_("Other")}
R = RollupEnquiryCount


def _week_start(session: Session, column: QueryableAttribute[date]) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, "-6 days", "weekday 1")
    return func.cast(func.date_trunc("week", column), R.period_start.type)


def _month(session: Session, column: QueryableAttribute[date]) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def _by_dim(session: Session, flt: ReportFilter, dim: str) -> dict[int, int]:
    rows = session.execute(select(R.value, func.sum(R.n)).where(filter_clause(R, flt), R.dim == dim)
                           .group_by(R.value))
    return {value: int(n) for value, n in rows}


def _labels(session: Session, model: Any) -> dict[int, tuple[str, str, int]]:
    return {row.id: (row.key, row.label, row.sort_order) for row in session.scalars(select(model))}


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    total = int(session.scalar(select(func.coalesce(func.sum(R.n), 0))
                               .where(filter_clause(R, flt), R.dim == "all")) or 0)
    rows: list[dict[str, Any]] = [{"section": "total", "key": "total", "label": "All enquiries", "count": total}]

    def add(section: str, key: Any, label: str, count: int) -> None:
        rows.append({"section": section, "key": str(key), "label": label, "count": int(count)})

    hours = filter_clause(R, flt), R.dim == "hour"
    hour, weekday = R.value % 24, R.value // 24
    for value, n in session.execute(select(hour, func.sum(R.n)).where(*hours).group_by(hour).order_by(hour)):
        add("hour", f"{value:02d}", f"{value:02d}:00–{value + 1:02d}:00", n)
    for value, n in session.execute(select(weekday, func.sum(R.n)).where(*hours).group_by(weekday).order_by(weekday)):
        add("weekday", WEEKDAYS[int(value)].lower(), WEEKDAYS[int(value)], n)
    # Weeks and months need whole days: the day rows of the "all" dimension, one per day and desk.
    days = filter_clause(R, flt, days_only=True)
    week = _week_start(session, R.period_start)
    for start, n in session.execute(select(week, func.sum(R.n)).where(days, R.dim == "all").group_by(week)
                                    .order_by(week)):
        add("week", str(start), f"Week of {start}", n)
    month = _month(session, R.period_start)
    for key, n in session.execute(select(month, func.sum(R.n)).where(days, R.dim == "all").group_by(month)
                                  .order_by(month)):
        add("month", key, key, n)

    categories = _by_dim(session, flt, "category")
    category_rows = {c.id: c for c in session.scalars(select(Category))}
    domains: dict[str, int] = {}
    for cid, n in categories.items():
        domain = category_rows[cid].domain if cid in category_rows else "other"
        domains[domain] = domains.get(domain, 0) + n
    for domain in sorted(domains, key=lambda d: -domains[d]):
        add("domain", domain, DOMAIN_LABELS.get(domain, domain), domains[domain])
    for cid in sorted(categories, key=lambda c: -categories[c]):
        category = category_rows.get(cid)
        add("category", category.key if category else cid, category.label if category else f"Category {cid}",
            categories[cid])

    reads = _by_dim(session, flt, "read")
    read_labels = {r.level: r.label for r in session.scalars(select(ReadLevel))}
    for level in sorted(reads):
        add("read", level, f"READ {level}: {read_labels.get(level, '')}" if level else "READ not given", reads[level])

    for section, dim, model in (("channel", "channel", Channel), ("patron_type", "patron", PatronType),
                                ("outcome", "outcome", Outcome)):
        counts = _by_dim(session, flt, dim)
        labels = _labels(session, model)
        for value in sorted(counts, key=lambda v: labels.get(v, ("", "", 999))[2]):
            key, label, _ = labels.get(value, ("not-given", "Not given", 0))
            add(section, key, label, counts[value])
    for row in rows:
        row["share"] = rate(row["count"], total)
    # Informal training at the desk: the peer-learning records of referrals to a colleague ("who can help
    # now"), one per person and skill, dated and placed by their enquiry. Not a share of the enquiries.
    learning = select(func.count()).select_from(TrainingRecord).join(Enquiry, Enquiry.id == TrainingRecord.enquiry_id)\
        .where(Enquiry.asked_local_date >= flt.start, Enquiry.asked_local_date <= flt.end)
    if flt.desk_ids:
        learning = learning.where(Enquiry.desk_id.in_(flt.desk_ids))
    rows.append({"section": "learning", "key": "peer_learning",
                 "label": "Peer learning: learned with a colleague at the desk (per person and skill)",
                 "count": int(session.scalar(learning) or 0), "share": None})
    rows.extend(tally_rows(session, flt))
    return rows


def tally_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    """Tallies (counts imported from Suma or a tally sheet) whose whole period falls inside the report's:
    their sum, then one row per thing counted in the source's words. A tally that only overlaps the period
    is left out, never split (a month's 400 cannot be shared out by day), and the last row says how many."""
    desks = (Tally.desk_id.in_(flt.desk_ids),) if flt.desk_ids else ()
    inside = (Tally.period_start >= flt.start, Tally.period_end <= flt.end, *desks)
    by_label = session.execute(select(Tally.label, func.count(), func.sum(Tally.count)).where(*inside)
                               .group_by(Tally.label)).all()
    left_out = int(session.scalar(select(func.count()).select_from(Tally).where(
        Tally.period_start <= flt.end, Tally.period_end >= flt.start, *desks,
        ~((Tally.period_start >= flt.start) & (Tally.period_end <= flt.end)))) or 0)
    if not by_label and not left_out:
        return []
    rows = [{"section": "tally", "key": "total", "label": "All tallies (counted, not logged one by one)",
             "count": sum(int(n) for _label, _tallies, n in by_label), "share": None}]
    for label, _tallies, n in sorted(by_label, key=lambda r: (-int(r[2]), r[0])):
        rows.append({"section": "tally", "key": label, "label": label or "Not named", "count": int(n),
                     "share": None})
    rows.append({"section": "tally_left_out", "key": "left_out",
                 "label": "Tallies left out: their period runs past the report's", "count": left_out,
                 "share": None})
    return rows


def _tally_sentence(rows: list[dict[str, Any]]) -> str:
    tallied = next((r["count"] for r in rows if r["section"] == "tally" and r["key"] == "total"), None)
    if tallied is None:
        return ""
    left_out = next(r["count"] for r in rows if r["section"] == "tally_left_out")
    text = _("Tallies, counted beside the logged enquiries and not added to them: {count}.").format(
        count=format_number(tallied))
    if left_out:
        text += " " + ngettext("{n} tally is left out: its period runs past this one.",
                               "{n} tallies are left out: their periods run past this one.", left_out).format(
                n=format_number(left_out))
    return text


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    total = int(rows[0]["count"])  # a SUM: a float on some databases, always a whole count
    if not total:
        summary = _("No enquiries were logged in this period.")
    else:
        def top(section: str) -> dict[str, Any]:
            return max((r for r in rows if r["section"] == section), key=lambda r: r["count"])

        busiest_hour, busiest_day = top("hour"), top("weekday")
        domains = ", ".join(f"{percent(r['share'])} {_(r['label'])}" for r in rows if r["section"] == "domain")
        summary = (ngettext("{total} enquiry: {domains}. Busiest at {value} and on {busiest_day}s; most common: "
                            "{value2}.",
                            "{total} enquiries: {domains}. Busiest at {value} and on {busiest_day}s; most common: "
                            "{value2}.", total).format(
                total=format_number(total),
                domains=domains,
                value=busiest_hour['label'].split('–')[0],
                busiest_day=_(busiest_day['label']),
                value2=top('category')['label']))
    tallies = _tally_sentence(rows)
    if tallies:
        summary = f"{summary} {tallies}"
    return ReportResult(NAME, TITLE, COLUMNS, tuple({c: r[c] for c in COLUMNS} for r in rows), summary, flt)
