"""Training impact: for each training record dated in the period (both ends included), the trainee's
referral rate on that skill (deskapp/reports/rates.py) over the period's days before the training date
against the days after it. The training day itself is on neither side: it is not known whether an enquiry
that day came before or after the session. A record on a skill merged since counts for the skill it went
into, and so do the enquiries.

Where patrons rate the service ("How did we do?", deskapp/desk/patron_rating.py), the same sides also carry
the ratings of those enquiries: how many (`ratings_before`, `ratings_after`) and the share that said good
(`satisfaction_before`, `satisfaction_after`; null without ratings)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from deskapp.db.models import (
    Enquiry,
    EnquirySkill,
    PatronRating,
    RollupStaffSkillCount,
    Skill,
    Staff,
    TrainingRecord,
)
from deskapp.db.skill_identity import counts_as
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, ngettext
from deskapp.reports.common import ReportFilter, ReportResult, filter_clause, rate, require_leader
from deskapp.reports.rates import Outcomes, percent

NAME = "training-impact"
TITLE = "Training impact"
COLUMNS = ("staff", "skill", "kind", "trained_on", "uses_before", "referral_rate_before", "uses_after",
           "referral_rate_after", "change", "ratings_before", "satisfaction_before", "ratings_after",
           "satisfaction_after")


def _ratings(session: Session, flt: ReportFilter) -> dict[int, tuple[int, int, int, int]]:
    """Per training record: (ratings, good) before and after it, of the trainee's enquiries on its skill in
    the period. Distinct ratings: an enquiry that recorded a skill and one merged into it counts once."""
    t, e, rated = TrainingRecord, Enquiry, PatronRating
    logged, used = aliased(Skill), aliased(Skill)
    sides: list[ColumnElement[int]] = []
    for side in (e.asked_local_date < t.trained_on, e.asked_local_date > t.trained_on):
        sides += [func.count(distinct(case((side, rated.id)))),
                  func.count(distinct(case((and_(side, rated.rating == "good"), rated.id))))]
    query = (select(t.id, *sides).select_from(t).join(logged, logged.id == t.skill_id)
             .join(e, e.staff_id == t.staff_id).join(rated, rated.enquiry_id == e.id)
             .join(EnquirySkill, EnquirySkill.enquiry_id == e.id).join(used, used.id == EnquirySkill.skill_id)
             .where(counts_as(used) == counts_as(logged), t.trained_on >= flt.start, t.trained_on <= flt.end,
                    e.asked_local_date >= flt.start, e.asked_local_date <= flt.end)
             .group_by(t.id))
    if flt.desk_ids:
        query = query.where(e.desk_id.in_(flt.desk_ids))
    return {int(row[0]): (int(row[1]), int(row[2]), int(row[3]), int(row[4])) for row in session.execute(query)}


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    t, r = TrainingRecord, RollupStaffSkillCount
    logged, current = aliased(Skill), aliased(Skill)

    def total(condition: ColumnElement[bool], value: InstrumentedAttribute[int]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, value), else_=0)), 0)

    sides: list[ColumnElement[int]] = []
    for condition in (r.period_start < t.trained_on, r.period_start > t.trained_on):
        sides += [total(condition, r.n), total(condition, r.referred), total(condition, r.escalated),
                  total(condition, r.expected)]
    query = (
        select(t.id, Staff.name, current.label, t.kind, t.trained_on, *sides)
        .select_from(t).join(Staff, Staff.id == t.staff_id).join(logged, logged.id == t.skill_id)
        .join(current, current.id == counts_as(logged))
        # Day rows only: a training date splits a month.
        .outerjoin(r, and_(r.skill_id == current.id, r.staff_id == t.staff_id,
                           filter_clause(r, flt, days_only=True)))
        .where(t.trained_on >= flt.start, t.trained_on <= flt.end)
        .group_by(t.id, Staff.name, current.label, t.kind, t.trained_on)
        .order_by(t.trained_on, Staff.name, t.id))
    rows = []
    ratings = _ratings(session, flt)
    for record_id, name, skill, kind, trained_on, *counts in session.execute(query):
        before, after = Outcomes(*(int(v) for v in counts[:4])), Outcomes(*(int(v) for v in counts[4:]))
        n_before, good_before, n_after, good_after = ratings.get(record_id, (0, 0, 0, 0))
        rows.append({"staff": name, "skill": skill, "kind": kind, "trained_on": trained_on.isoformat(),
                     "uses_before": before.n, "referral_rate_before": before.rate, "uses_after": after.n,
                     "referral_rate_after": after.rate,
                     "change": round(after.rate - before.rate, 3) if before.n and after.n else None,
                     "ratings_before": n_before,
                     "satisfaction_before": rate(good_before, n_before) if n_before else None,
                     "ratings_after": n_after, "satisfaction_after": rate(good_after, n_after) if n_after else None})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    measured = [r for r in rows if r["change"] is not None]
    if not rows:
        summary = _("No training was recorded in this period.")
    elif not measured:
        summary = _("{n_rows} training records, but none has enquiries both before and after it yet.").format(
                n_rows=len(rows))
    else:
        before = sum(r["referral_rate_before"] * r["uses_before"] for r in measured) / sum(
            r["uses_before"] for r in measured)
        after = sum(r["referral_rate_after"] * r["uses_after"] for r in measured) / sum(
            r["uses_after"] for r in measured)
        # One whole sentence per direction: the verb's place differs between languages.
        if after < before:
            sentence = ngettext(
                "Across {n} training record with enquiries on both sides, the referral rate fell from {before} "
                "before training to {after} after.",
                "Across {n} training records with enquiries on both sides, the referral rate fell from {before} "
                "before training to {after} after.", len(measured))
        elif after > before:
            sentence = ngettext(
                "Across {n} training record with enquiries on both sides, the referral rate rose from {before} "
                "before training to {after} after.",
                "Across {n} training records with enquiries on both sides, the referral rate rose from {before} "
                "before training to {after} after.", len(measured))
        else:
            sentence = ngettext(
                "Across {n} training record with enquiries on both sides, the referral rate stayed at {before}.",
                "Across {n} training records with enquiries on both sides, the referral rate stayed at {before}.",
                len(measured))
        summary = sentence.format(n=len(measured), before=percent(before), after=percent(after))
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
