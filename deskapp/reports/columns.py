"""Human names and number formats of the report columns, shared by every face of a report: the table on
screen (deskapp/ui/skills/report_columns.py, which translates them), the XLSX and the PDF. The rows keep
their stable keys for the CLI's JSON and the CSV."""

from __future__ import annotations

# Labels per column key, translated at lookup time by `label`.
LABELS: dict[str, str] = {
    "rank": "Rank", "skill": "Skill", "group": "Group", "required_level": "Required level", "demand": "Demand",
    "share": "Share", "coverage": "Staff at level", "team_size": "Team size", "referral_rate": "Referral rate",
    "escalation_rate": "Escalation rate", "read12_demand": "READ 1–2 demand",
    "read12_referral_rate": "READ 1–2 referral rate", "read12_escalation_rate": "READ 1–2 escalation rate",
    "bus_factor": "Bus factor", "gap_score": "Gap score", "reason": "Reason", "action": "Suggested action",
    "mentor": "Mentor", "learners": "Learners", "guide": "Guide", "staff": "Staff", "level": "Level",
    "uses": "Uses", "referred": "Referred", "flag": "Flag", "weekday": "Weekday", "hour": "Hour",
    "staff_signed_in": "Staff signed in", "proficient_signed_in": "Proficient signed in",
    "mentor_uses": "Mentor's uses", "learner_count": "Learners (count)", "note": "Note", "kind": "Kind",
    "trained_on": "Trained on", "uses_before": "Uses before", "referral_rate_before": "Referral rate before",
    "uses_after": "Uses after", "referral_rate_after": "Referral rate after", "change": "Change",
    "section": "Section", "key": "Key", "label": "Label", "count": "Count", "desk": "Desk", "status": "Status",
    "priority": "Priority", "evidence": "Evidence", "passed_on": "Passed on",
    "expected_handovers": "Expected hand-overs", "read12_passed_on": "READ 1–2 passed on",
    "below_level_use": "Uses below level", "small_sample": "Small sample", "month": "Month",
    "enquiries": "Enquiries", "read12_enquiries": "READ 1–2 enquiries",
    "row": "Row", "repeat_referrals": "Repeat referrals", "ratings": "Ratings", "satisfaction": "Said good",
    "neutral_share": "Said OK", "poor_share": "Said not good", "peer_learning": "Peer learning",
    "peer_learning_before": "Peer learning before", "learning_requests": "Learning requests",
    "learning_requests_before": "Learning requests before", "training": "Training",
    "training_before": "Training before",
    "ratings_before": "Ratings before", "satisfaction_before": "Said good before", "ratings_after": "Ratings after",
    "satisfaction_after": "Said good after",
}

# Fractions 0..1 shown as "14%"; `change` is a difference of two rates, shown in percentage points.
PERCENT = frozenset({"share", "referral_rate", "escalation_rate", "read12_referral_rate", "read12_escalation_rate",
                     "referral_rate_before", "referral_rate_after", "satisfaction", "neutral_share", "poor_share",
                     "satisfaction_before", "satisfaction_after"})
POINTS = frozenset({"change"})
# Sentences: wrapped in a fixed width wherever they are shown, so rows grow in height, not tables in width.
SENTENCES = frozenset({"reason", "action", "note", "learners", "flag", "guide", "evidence"})


def label(key: str) -> str:
    """The column's name for people (untranslated; the screen translates it)."""
    return LABELS.get(key, key.replace("_", " ").capitalize())
