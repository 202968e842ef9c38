"""Metrics that matter (issue 19, point 5), for team leaders: what the service did for patrons and what the
team learned, per desk and for all the chosen desks, on one page and as `deskapp report metrics`.

Rows, by `row`:
- `desk` (one per desk that logged enquiries in the period, or each chosen desk) and `all` (the chosen desks
  together): enquiries; the READ 1–2 referral rate (enquiries at READ level 1 or 2 passed on, as defined in
  deskapp/reports/rates.py: an expected hand-over is not passed on); patrons' ratings (`ratings` is the sample
  size; `satisfaction` the share that answered good, `neutral_share` and `poor_share` the rest); peer
  learning (learning records of referrals to a colleague, placed by their enquiry), learning requests (placed
  by their enquiry) and other training (courses, workshops, mentoring... of the people who worked at the desk
  in the period), each with the same count for the period before (`*_before`, see `period_before`).
- `repeat-referral`: one per skill passed on more than once in the period (a gap the team keeps meeting),
  most first: `enquiries` that needed it, `repeat_referrals` passed on, `referral_rate`.
- `satisfaction-category`, `satisfaction-skill`, `satisfaction-read`: the ratings by the enquiry's category,
  skill (as it counts now) and READ level, each with its sample size.

A rating holds only its enquiry (deskapp/db/models/feedback.py), so every breakdown comes from the enquiry's
coded fields; none can name a patron. These read the raw rows of one period (small tables, or enquiries
filtered by the indexed local date), not the rollups: the rollups do not cross READ level with outcome.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Category,
    Desk,
    Enquiry,
    EnquirySkill,
    LearningRequest,
    Outcome,
    PatronRating,
    ReferralTarget,
    RollupSkillCount,
    Skill,
    TrainingRecord,
)
from deskapp.db.skill_identity import counts_as
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import _, format_number
from deskapp.platform.localtime import local_zone
from deskapp.reports.common import (
    ReportFilter,
    ReportResult,
    desk_teams,
    desks_in_period,
    filter_clause,
    percent,
    rate,
    require_leader,
)

NAME = "metrics"
TITLE = "Metrics that matter"
COLUMNS = ("row", "desk", "label", "enquiries", "read12_enquiries", "read12_referral_rate", "repeat_referrals",
           "referral_rate", "ratings", "satisfaction", "neutral_share", "poor_share", "peer_learning",
           "peer_learning_before", "learning_requests", "learning_requests_before", "training", "training_before")
ALL = 0  # the key of the chosen desks together
_Columns = TypeVarTuple("_Columns")


def period_before(flt: ReportFilter) -> ReportFilter:
    """What a period is compared with. A month from its 1st (whole, or so far this month) against the same
    days of the month before, so "this month vs last" compares like with like; any other period against the
    same number of days just before it."""
    if flt.start.day == 1 and flt.end.month == flt.start.month and flt.end.year == flt.start.year:
        last_month_end = flt.start - timedelta(days=1)
        first = last_month_end.replace(day=1)
        days_in = calendar.monthrange(first.year, first.month)[1]
        whole = flt.end.day == calendar.monthrange(flt.end.year, flt.end.month)[1]
        end = last_month_end if whole else first.replace(day=min(flt.end.day, days_in))
        return ReportFilter(first, end, flt.desk_ids, flt.desk_names)
    length = flt.end - flt.start
    end = flt.start - timedelta(days=1)
    return ReportFilter(end - length, end, flt.desk_ids, flt.desk_names)


def _in_period(query: Select[*_Columns], flt: ReportFilter) -> Select[*_Columns]:
    query = query.where(Enquiry.asked_local_date >= flt.start, Enquiry.asked_local_date <= flt.end)
    return query.where(Enquiry.desk_id.in_(flt.desk_ids)) if flt.desk_ids else query


def _passed_on() -> ColumnElement[int]:
    """1 for an enquiry passed on (escalated, or referred to anything but an expected hand-over)."""
    return case((Outcome.kind == "escalated", 1),
                (and_(Outcome.kind == "referred", func.coalesce(ReferralTarget.expected, False).is_(False)), 1),
                else_=0)


def _with_all(counts: dict[int, int]) -> dict[int, int]:
    return {**counts, ALL: sum(counts.values())}


def _count_by_desk(session: Session, query: Select[int, int]) -> dict[int, int]:
    return _with_all({int(desk): int(n) for desk, n in session.execute(query)})


def _read12(session: Session, flt: ReportFilter) -> dict[int, tuple[int, int]]:
    query = _in_period(select(Enquiry.desk_id, func.count(), func.sum(_passed_on()))
                       .join(Outcome, Outcome.id == Enquiry.outcome_id)
                       .outerjoin(ReferralTarget, ReferralTarget.id == Enquiry.referral_target_id)
                       .where(Enquiry.read_level.in_((1, 2))), flt).group_by(Enquiry.desk_id)
    found = {int(desk): (int(n), int(passed or 0)) for desk, n, passed in session.execute(query)}
    found[ALL] = (sum(n for n, _p in found.values()), sum(p for _n, p in found.values()))
    return found


def _enquiries(session: Session, flt: ReportFilter) -> dict[int, int]:
    return _count_by_desk(session, _in_period(select(Enquiry.desk_id, func.count()), flt).group_by(Enquiry.desk_id))


def _peer_learning(session: Session, flt: ReportFilter) -> dict[int, int]:
    query = _in_period(select(Enquiry.desk_id, func.count()).select_from(TrainingRecord)
                       .join(Enquiry, Enquiry.id == TrainingRecord.enquiry_id), flt).group_by(Enquiry.desk_id)
    return _count_by_desk(session, query)


def _learning_requests(session: Session, flt: ReportFilter) -> dict[int, int]:
    """Requests made in the period (desk-local days), placed at their enquiry's desk. A request whose enquiry
    was deleted since counts for all desks only, and only when no desk was chosen."""
    zone = local_zone()
    start = datetime.combine(flt.start, time(0), zone).astimezone(UTC)
    end = datetime.combine(flt.end + timedelta(days=1), time(0), zone).astimezone(UTC)
    query = (select(Enquiry.desk_id, func.count()).select_from(LearningRequest)
             .outerjoin(Enquiry, Enquiry.id == LearningRequest.enquiry_id)
             .where(LearningRequest.requested_at >= start, LearningRequest.requested_at < end))
    if flt.desk_ids:
        query = query.where(Enquiry.desk_id.in_(flt.desk_ids))
    found: Counter[int] = Counter()
    for desk, n in session.execute(query.group_by(Enquiry.desk_id)):
        found[ALL] += int(n)
        if desk is not None:
            found[int(desk)] += int(n)
    return dict(found)


def _training(session: Session, flt: ReportFilter, desk_ids: list[int]) -> dict[int, int]:
    """Training other than peer learning at the desk, dated in the period, of the people who worked at each
    desk then (a course counts for every desk its person worked at, once for all desks)."""
    rows = session.execute(select(TrainingRecord.staff_id, func.count()).where(
        TrainingRecord.enquiry_id.is_(None), TrainingRecord.trained_on >= flt.start,
        TrainingRecord.trained_on <= flt.end).group_by(TrainingRecord.staff_id)).all()
    per_person = {int(staff): int(n) for staff, n in rows}
    teams = desk_teams(session, flt, desk_ids)
    found = {desk: sum(per_person.get(p, 0) for p in team) for desk, team in teams.items()}
    everyone = set().union(*teams.values()) if flt.desk_ids else set(per_person)
    found[ALL] = sum(per_person.get(p, 0) for p in everyone)
    return found


@dataclass(frozen=True)
class Ratings:
    good: int = 0
    neutral: int = 0
    poor: int = 0

    @property
    def n(self) -> int:
        return self.good + self.neutral + self.poor

    def columns(self) -> dict[str, Any]:
        """Sample size and shares; no shares without a rating (None, not a misleading 0%)."""
        if not self.n:
            return {"ratings": 0, "satisfaction": None, "neutral_share": None, "poor_share": None}
        return {"ratings": self.n, "satisfaction": rate(self.good, self.n),
                "neutral_share": rate(self.neutral, self.n), "poor_share": rate(self.poor, self.n)}


def _ratings_by(session: Session, flt: ReportFilter, key: Any, *, per_skill: bool = False) -> dict[Any, Ratings]:
    query = select(key, PatronRating.rating, func.count()).select_from(PatronRating) \
        .join(Enquiry, Enquiry.id == PatronRating.enquiry_id)
    if per_skill:
        query = query.join(EnquirySkill, EnquirySkill.enquiry_id == Enquiry.id) \
            .join(Skill, Skill.id == EnquirySkill.skill_id)
    counts: dict[Any, Counter[str]] = {}
    for value, rating, n in session.execute(_in_period(query, flt).group_by(key, PatronRating.rating)):
        counts.setdefault(value, Counter())[rating] += int(n)
    return {value: Ratings(c["good"], c["neutral"], c["poor"]) for value, c in counts.items()}


def desk_ratings(session: Session, flt: ReportFilter) -> dict[int, Ratings]:
    by_desk = _ratings_by(session, flt, Enquiry.desk_id)
    total = Ratings(*(sum(getattr(r, f) for r in by_desk.values()) for f in ("good", "neutral", "poor")))
    return {**{int(k): v for k, v in by_desk.items()}, ALL: total}


def _repeat_referrals(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    r = RollupSkillCount
    passed = func.sum(r.referred - r.expected + r.escalated)
    rows = session.execute(select(r.skill_id, Skill.label, func.sum(r.n), passed)
                           .join(Skill, Skill.id == r.skill_id).where(filter_clause(r, flt))
                           .group_by(r.skill_id, Skill.label).having(passed >= 2)
                           .order_by(passed.desc(), Skill.label))
    return [{"row": "repeat-referral", "desk": flt.desks_label, "label": label, "enquiries": int(n),
             "repeat_referrals": int(p), "referral_rate": rate(int(p), int(n))} for _sid, label, n, p in rows]


def _satisfaction_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    categories = dict(session.execute(select(Category.id, Category.label)).all())
    skills = dict(session.execute(select(Skill.id, Skill.label)).all())
    breakdowns: tuple[tuple[str, dict[Any, Ratings], Callable[[Any], str]], ...] = (
        ("satisfaction-category", _ratings_by(session, flt, Enquiry.category_id),
         lambda v: categories.get(v, str(v))),
        ("satisfaction-skill", _ratings_by(session, flt, counts_as(Skill), per_skill=True),
         lambda v: skills.get(v, str(v))),
        ("satisfaction-read", _ratings_by(session, flt, Enquiry.read_level),
         lambda v: f"READ {v}" if v else "READ not given"))
    for kind, found, label in breakdowns:
        ordered = sorted(found.items(), key=lambda item: (-item[1].n, str(label(item[0]))))
        if kind == "satisfaction-read":
            ordered = sorted(found.items(), key=lambda item: (item[0] is None, item[0] or 0))
        rows += [{"row": kind, "desk": flt.desks_label, "label": label(value), **ratings.columns()}
                 for value, ratings in ordered]
    return rows


def compute_rows(session: Session, flt: ReportFilter) -> list[dict[str, Any]]:
    before = period_before(flt)
    desks = dict(session.execute(select(Desk.id, Desk.name).where(Desk.id.in_(flt.desk_ids))
                                 .order_by(Desk.name)).all()) if flt.desk_ids else desks_in_period(session, flt)
    desk_ids = list(desks)
    enquiries, read12 = _enquiries(session, flt), _read12(session, flt)
    ratings = desk_ratings(session, flt)
    now_and_before = {name: (count(session, flt), count(session, before))
                      for name, count in (("peer_learning", _peer_learning),
                                          ("learning_requests", _learning_requests))}
    training = (_training(session, flt, desk_ids), _training(session, before, desk_ids))
    rows: list[dict[str, Any]] = []
    for key, name in [*desks.items(), (ALL, flt.desks_label)]:
        low_n, low_passed = read12.get(key, (0, 0))
        row: dict[str, Any] = {
            "row": "all" if key == ALL else "desk", "desk": name, "label": name, "enquiries": enquiries.get(key, 0),
            "read12_enquiries": low_n, "read12_referral_rate": rate(low_passed, low_n) if low_n else None,
            **ratings.get(key, Ratings()).columns(),
            "training": training[0].get(key, 0), "training_before": training[1].get(key, 0)}
        for column, (now, earlier) in now_and_before.items():
            row[column], row[f"{column}_before"] = now.get(key, 0), earlier.get(key, 0)
        rows.append(row)
    return rows + _repeat_referrals(session, flt) + _satisfaction_rows(session, flt)


def run(session: Session, actor: Actor, flt: ReportFilter) -> ReportResult:
    require_leader(actor)
    rows = compute_rows(session, flt)
    total = next(r for r in rows if r["row"] == "all")
    parts = []
    if total["read12_enquiries"]:
        parts.append(_("READ 1–2 enquiries passed on: {rate} of {n}.").format(
            rate=percent(total["read12_referral_rate"]), n=format_number(total["read12_enquiries"])))
    if total["ratings"]:
        parts.append(_("Patrons who said good: {share} of {n} ratings.").format(
            share=percent(total["satisfaction"]), n=format_number(total["ratings"])))
    else:
        parts.append(_("No patron ratings in this period."))
    parts.append(_("Peer learning {now} (before: {before}); learning requests {requests} (before: "
                   "{requests_before}).").format(
        now=format_number(total["peer_learning"]), before=format_number(total["peer_learning_before"]),
        requests=format_number(total["learning_requests"]),
        requests_before=format_number(total["learning_requests_before"])))
    rows = [{c: r.get(c) for c in COLUMNS} for r in rows]
    return ReportResult(NAME, TITLE, COLUMNS, tuple(rows), " ".join(parts), flt)
