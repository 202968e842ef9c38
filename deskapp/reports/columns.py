"""Human names and number formats of the report columns, shared by every face of a report: the table on
screen (deskapp/ui/skills/report_columns.py, which translates them), the XLSX and the PDF. The rows keep
their stable keys for the CLI's JSON and the CSV."""

from __future__ import annotations

from deskapp.platform.i18n import N_, _

# Labels per column key: marked here, translated at lookup time by `label` (the screen has its own, Qt's).
LABELS: dict[str, str] = {
    "rank": N_("Rank"), "skill": N_("Skill"), "group": N_("Group"), "required_level": N_("Required level"),
    "demand": N_("Demand"), "share": N_("Share"), "coverage": N_("Staff at level"), "team_size": N_("Team size"),
    "referral_rate": N_("Referral rate"), "escalation_rate": N_("Escalation rate"),
    "read12_demand": N_("READ 1–2 demand"), "read12_referral_rate": N_("READ 1–2 referral rate"),
    "read12_escalation_rate": N_("READ 1–2 escalation rate"), "bus_factor": N_("Bus factor"),
    "gap_score": N_("Gap score"), "reason": N_("Reason"), "action": N_("Suggested action"), "mentor": N_("Mentor"),
    "learners": N_("Learners"), "guide": N_("Guide"), "staff": N_("Staff"), "level": N_("Level"), "uses": N_("Uses"),
    "referred": N_("Referred"), "flag": N_("Flag"), "weekday": N_("Weekday"), "hour": N_("Hour"),
    "staff_signed_in": N_("Staff signed in"), "proficient_signed_in": N_("Proficient signed in"),
    "mentor_uses": N_("Mentor's uses"), "learner_count": N_("Learners (count)"), "note": N_("Note"), "kind": N_("Kind"),
    "trained_on": N_("Trained on"), "uses_before": N_("Uses before"),
    "referral_rate_before": N_("Referral rate before"), "uses_after": N_("Uses after"),
    "referral_rate_after": N_("Referral rate after"), "change": N_("Change"), "section": N_("Section"),
    "key": N_("Key"), "label": N_("Label"), "count": N_("Count"), "desk": N_("Desk"), "status": N_("Status"),
    "priority": N_("Priority"), "evidence": N_("Evidence"), "passed_on": N_("Passed on"),
    "expected_handovers": N_("Expected hand-overs"), "read12_passed_on": N_("READ 1–2 passed on"),
    "below_level_use": N_("Uses below level"), "small_sample": N_("Small sample"), "month": N_("Month"),
    "enquiries": N_("Enquiries"), "read12_enquiries": N_("READ 1–2 enquiries"),
}

# Fractions 0..1 shown as "14%"; `change` is a difference of two rates, shown in percentage points.
PERCENT = frozenset({"share", "referral_rate", "escalation_rate", "read12_referral_rate", "read12_escalation_rate",
                     "referral_rate_before", "referral_rate_after"})
POINTS = frozenset({"change"})
# Sentences: wrapped in a fixed width wherever they are shown, so rows grow in height, not tables in width.
SENTENCES = frozenset({"reason", "action", "note", "learners", "flag", "guide", "evidence"})


def label(key: str) -> str:
    """The column's name in the reader's language (the XLSX and PDF headers)."""
    text = LABELS.get(key)
    return _(text) if text is not None else key.replace("_", " ").capitalize()
