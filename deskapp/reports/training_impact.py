"""Training impact: for each training record in the period, the trainee's referral rate on that skill
before the training date against after it (referred or escalated, over their enquiries that needed it)."""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from deskapp.db.models import RollupStaffSkillCount, Skill, Staff, TrainingRecord
from deskapp.platform.actor import Actor
from deskapp.reports.common import ReportFilter, ReportResult, filter_clause, percent, rate, require_leader

NAME = "training-impact"
TITLE = "Training impact"
COLUMNS = ("staff", "skill", "kind", "trained_on", "uses_before", "referral_rate_before", "uses_after",
           "referral_rate_after", "change")


def compute_rows(session: Session, flt: ReportFilter) -> list[dict]:
    t, r = TrainingRecord, RollupStaffSkillCount
    target, logged = aliased(Skill), aliased(Skill)
    before, passed = r.period_start < t.trained_on, r.referred + r.escalated

    def total(condition, value):
        return func.coalesce(func.sum(case((condition, value), else_=0)), 0)

    query = (
        select(t.id, Staff.name, target.label, t.kind, t.trained_on, total(before, r.n), total(before, passed),
               total(~before, r.n), total(~before, passed))
        .select_from(t).join(Staff, Staff.id == t.staff_id).join(target, target.id == t.skill_id)
        # Enquiries logged against a skill later merged into this one count too.
        .outerjoin(logged, func.coalesce(logged.merged_into_id, logged.id) == t.skill_id)
        .outerjoin(r, and_(r.skill_id == logged.id, r.staff_id == t.staff_id,
                           filter_clause(r, flt, days_only=True)))
        .where(t.trained_on > flt.start, t.trained_on <= flt.end)
        .group_by(t.id, Staff.name, target.label, t.kind, t.trained_on)
        .order_by(t.trained_on, Staff.name))
    rows = []
    for _id, name, skill, kind, trained_on, n_before, p_before, n_after, p_after in session.execute(query):
        rate_before, rate_after = rate(p_before, n_before), rate(p_after, n_after)
        rows.append({"staff": name, "skill": skill, "kind": kind, "trained_on": trained_on.isoformat(),
                     "uses_before": int(n_before), "referral_rate_before": rate_before, "uses_after": int(n_after),
                     "referral_rate_after": rate_after,
                     "change": round(rate_after - rate_before, 3) if n_before and n_after else None})
    return rows


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    measured = [r for r in rows if r["change"] is not None]
    if not rows:
        summary = "No training was recorded in this period."
    elif not measured:
        summary = f"{len(rows)} training records, but none has enquiries both before and after it yet."
    else:
        before = sum(r["referral_rate_before"] * r["uses_before"] for r in measured) / sum(
            r["uses_before"] for r in measured)
        after = sum(r["referral_rate_after"] * r["uses_after"] for r in measured) / sum(
            r["uses_after"] for r in measured)
        direction = "fell" if after < before else "rose" if after > before else "stayed"
        summary = (f"Across {len(measured)} training records with enquiries on both sides, the referral rate "
                   f"{direction} from {percent(before)} before training to {percent(after)} after.")
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), summary, flt)
