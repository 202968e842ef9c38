"""Trends: each month of the period, desk beside desk, for the whole desk and for each skill: enquiries,
passed on and the referral rate (deskapp.reports.rates, the one definition), READ 1–2 the same, and the
change in the rate since the month before. So a leader sees next month whether the training worked.

A month cut by the period's start or end is labelled with the days it covers ("2026-08 (6–31)"), never as
if it were whole. Each month is one set of GROUP BYs over the rollups (month rows inside, day rows at the
ragged ends), so the cost follows the number of months, not of enquiries.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, format_number, ngettext
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    desks_in_period,
    report_skills,
    require_leader,
)
from deskapp.reports.rates import Outcomes, percent
from deskapp.reports.skill_gaps import demand_by_skill, total_enquiries

NAME = "trends"
TITLE = "Trends month by month"
COLUMNS = ("month", "desk", "skill", "enquiries", "passed_on", "referral_rate", "read12_enquiries",
           "read12_referral_rate", "change", "small_sample")
ALL_SKILLS = "All skills"


def months(start: date, end: date) -> list[tuple[date, date, str]]:
    """(first day, last day, label) of each month the period touches, clipped to the period."""
    out = []
    first = start.replace(day=1)
    while first <= end:
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        lo, hi = max(first, start), min(last, end)
        label = first.strftime("%Y-%m")
        if (lo, hi) != (first, last):
            label += f" ({lo.day}–{hi.day})"
        out.append((lo, hi, label))
        first = last + timedelta(days=1)
    return out


def _row(month: str, desk: str, skill: str, enquiries: int, outcomes: Outcomes, low: Outcomes,
         before: Outcomes | None) -> dict[str, Any]:
    change = None
    if before is not None and before.n and outcomes.n:
        change = round(outcomes.rate - before.rate, 3)
    return {"month": month, "desk": desk, "skill": skill, "enquiries": enquiries, "passed_on": outcomes.passed_on,
            "referral_rate": outcomes.rate, "read12_enquiries": low.n, "read12_referral_rate": low.rate,
            "change": change, "small_sample": outcomes.small}


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    desks = desks_in_period(session, flt)
    rows: list[dict[str, Any]] = []
    previous: dict[tuple[int, int], Outcomes] = {}  # (desk, skill) -> last month's outcomes
    previous_total: dict[int, int | None] = {}
    for lo, hi, label in months(flt.start, flt.end):
        month = ReportFilter(lo, hi, flt.desk_ids, flt.desk_names)
        counts = demand_by_skill(session, month, per_desk=True)
        # Retired skills keep their history month by month (marked as retired): retiring erases nothing.
        shown = report_skills(session, month, {sid for _d, sid in counts})
        labels = {sid: info["skill"] + (f" (retired {info['retired_on'].isoformat()})" if info["retired_on"] else "")
                  for sid, info in shown.items()}
        totals = total_enquiries(session, month, per_desk=True)
        seen: dict[tuple[int, int], Outcomes] = {}
        for desk_id, desk in desks.items():
            # The desk's own line counts its enquiries. Rates are per skill: the enquiry rollups do not know
            # which referrals went to an expected target, so a desk-wide rate could not keep the one definition.
            total = totals.get(desk_id, 0)
            rows.append({"month": label, "desk": desk, "skill": ALL_SKILLS, "enquiries": total, "passed_on": None,
                         "referral_rate": None, "read12_enquiries": None, "read12_referral_rate": None,
                         "change": None, "small_sample": False, "_before": previous_total.get(desk_id),
                         "_whole": "(" not in label})
            # A count is compared only between whole months: a part month has fewer days, not fewer enquiries.
            previous_total[desk_id] = total if "(" not in label else None
            skill_rows = []
            for (d, sid), c in counts.items():
                if d != desk_id or sid not in labels:
                    continue
                skill_rows.append(_row(label, desk, labels[sid], c.all.n, c.all, c.low, previous.get((desk_id, sid))))
                seen[(desk_id, sid)] = c.all
            rows.extend(sorted(skill_rows, key=lambda r: (-r["enquiries"], r["skill"])))
        previous = seen
    return rows


def summary_for(rows: list[dict[str, Any]]) -> str:
    lines = [r for r in rows if r["skill"] == ALL_SKILLS]
    if not lines:
        return _("No enquiries in this period.")
    whole = [r for r in lines if r["_whole"]] or lines
    month = whole[-1]["month"]  # the last whole month, when there is one: a part month misleads
    parts = []
    for line in [r for r in whole if r["month"] == month]:
        text = ngettext("{desk}: {n} enquiry in {month}", "{desk}: {n} enquiries in {month}",
                        int(line["enquiries"])).format(desk=line["desk"], n=format_number(line["enquiries"]),
                                                       month=line["month"])
        if line["_before"] is not None:
            text += " " + _("({change} on the month before)").format(
                change=f"{line['enquiries'] - line['_before']:+d}")
        parts.append(text)
    changed = [r for r in rows if r["month"] == month and r["skill"] != ALL_SKILLS and r["change"] is not None
               and not r["small_sample"]]
    if changed:
        best = min(changed, key=lambda r: r["change"])
        parts.append(_("biggest fall in referrals: {skill} at {desk}, {rate} passed on in {month} ({change} "
                       "points)").format(skill=best["skill"], desk=best["desk"], rate=percent(best["referral_rate"]),
                                         month=best["month"], change=f"{round(best['change'] * 100):+d}"))
    return "; ".join(parts) + "."


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    summary = summary_for(rows)
    return ReportResult(NAME, TITLE, COLUMNS, tuple({c: r[c] for c in COLUMNS} for r in rows), summary, flt)
