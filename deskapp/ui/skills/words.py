"""The domain's fixed labels as the skills and reports screens show them: levels, kinds of training, report
titles, report columns and the coded values in report rows.

The domain keeps English source texts and stable keys (the CLI's JSON and the CSV exports use them). Here
each label is marked with QT_TRANSLATE_NOOP so pyside6-lupdate extracts it into skills_da.ts, and translated
where it is shown. tests/test_ui_danish_admin.py checks that every key of the domain's tables has its entry
here, so a label added in the domain cannot reach the screen untranslated unnoticed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from deskapp.ui.skills.formats import day_name, short_date
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "SkillsWords"

LEVELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("SkillsWords", "None"),
    1: QT_TRANSLATE_NOOP("SkillsWords", "Aware (needs help)"),
    2: QT_TRANSLATE_NOOP("SkillsWords", "Can do with a guide"),
    3: QT_TRANSLATE_NOOP("SkillsWords", "Independent"),
    4: QT_TRANSLATE_NOOP("SkillsWords", "Can teach others"),
}

# The general words for each level (deskapp.people.level_descriptions.GENERAL): shown where a skill has none of
# its own.
GENERAL: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("SkillsWords", "Has not done this yet."),
    1: QT_TRANSLATE_NOOP("SkillsWords", "Knows what it is and whom to pass it to; needs a colleague to do it."),
    2: QT_TRANSLATE_NOOP("SkillsWords", "Does it with a guide or checklist at hand."),
    3: QT_TRANSLATE_NOOP("SkillsWords", "Does it alone, including the usual problems, without a guide."),
    4: QT_TRANSLATE_NOOP("SkillsWords", "Handles the unusual cases too, and can teach and mentor colleagues."),
}

KINDS: dict[str, str] = {
    "course": QT_TRANSLATE_NOOP("SkillsWords", "Course"),
    "workshop": QT_TRANSLATE_NOOP("SkillsWords", "Workshop"),
    "mentoring": QT_TRANSLATE_NOOP("SkillsWords", "Mentoring"),
    "peer-session": QT_TRANSLATE_NOOP("SkillsWords", "Peer session"),
    "from-colleague": QT_TRANSLATE_NOOP("SkillsWords", "Learned from a colleague"),
    "checklist": QT_TRANSLATE_NOOP("SkillsWords", "Checklist"),
}

PLAN_SOURCES: dict[str, str] = {
    "leader": QT_TRANSLATE_NOOP("SkillsWords", "Team leader"),
    "suggested": QT_TRANSLATE_NOOP("SkillsWords", "Suggested"),
    "learning-request": QT_TRANSLATE_NOOP("SkillsWords", "Learning request"),
}

REPORT_TITLES: dict[str, str] = {
    "coverage": QT_TRANSLATE_NOOP("SkillsWords", "Coverage by hour of week"),
    "desk-stats": QT_TRANSLATE_NOOP("SkillsWords", "Desk statistics"),
    "heatmap": QT_TRANSLATE_NOOP("SkillsWords", "Staff × skill heat map"),
    "mentors": QT_TRANSLATE_NOOP("SkillsWords", "Mentor pairs"),
    "metrics": QT_TRANSLATE_NOOP("SkillsWords", "Metrics that matter"),
    "skill-gaps": QT_TRANSLATE_NOOP("SkillsWords", "Skill gaps"),
    "training-impact": QT_TRANSLATE_NOOP("SkillsWords", "Training impact"),
    "trends": QT_TRANSLATE_NOOP("SkillsWords", "Trends month by month"),
}

# Column labels per key (deskapp.reports.columns.LABELS).
COLUMNS: dict[str, str] = {
    "rank": QT_TRANSLATE_NOOP("SkillsWords", "Rank"),
    "skill": QT_TRANSLATE_NOOP("SkillsWords", "Skill"),
    "group": QT_TRANSLATE_NOOP("SkillsWords", "Group"),
    "required_level": QT_TRANSLATE_NOOP("SkillsWords", "Required level"),
    "demand": QT_TRANSLATE_NOOP("SkillsWords", "Demand"),
    "share": QT_TRANSLATE_NOOP("SkillsWords", "Share"),
    "coverage": QT_TRANSLATE_NOOP("SkillsWords", "Staff at level"),
    "team_size": QT_TRANSLATE_NOOP("SkillsWords", "Team size"),
    "referral_rate": QT_TRANSLATE_NOOP("SkillsWords", "Referral rate"),
    "escalation_rate": QT_TRANSLATE_NOOP("SkillsWords", "Escalation rate"),
    "read12_demand": QT_TRANSLATE_NOOP("SkillsWords", "READ 1–2 demand"),
    "read12_referral_rate": QT_TRANSLATE_NOOP("SkillsWords", "READ 1–2 referral rate"),
    "read12_escalation_rate": QT_TRANSLATE_NOOP("SkillsWords", "READ 1–2 escalation rate"),
    "bus_factor": QT_TRANSLATE_NOOP("SkillsWords", "Bus factor"),
    "gap_score": QT_TRANSLATE_NOOP("SkillsWords", "Gap score"),
    "reason": QT_TRANSLATE_NOOP("SkillsWords", "Reason"),
    "action": QT_TRANSLATE_NOOP("SkillsWords", "Suggested action"),
    "mentor": QT_TRANSLATE_NOOP("SkillsWords", "Mentor"),
    "learners": QT_TRANSLATE_NOOP("SkillsWords", "Learners"),
    "guide": QT_TRANSLATE_NOOP("SkillsWords", "Guide"),
    "staff": QT_TRANSLATE_NOOP("SkillsWords", "Staff"),
    "level": QT_TRANSLATE_NOOP("SkillsWords", "Level"),
    "uses": QT_TRANSLATE_NOOP("SkillsWords", "Uses"),
    "referred": QT_TRANSLATE_NOOP("SkillsWords", "Referred"),
    "flag": QT_TRANSLATE_NOOP("SkillsWords", "Flag"),
    "weekday": QT_TRANSLATE_NOOP("SkillsWords", "Weekday"),
    "hour": QT_TRANSLATE_NOOP("SkillsWords", "Hour"),
    "staff_signed_in": QT_TRANSLATE_NOOP("SkillsWords", "Staff signed in"),
    "proficient_signed_in": QT_TRANSLATE_NOOP("SkillsWords", "Proficient signed in"),
    "mentor_uses": QT_TRANSLATE_NOOP("SkillsWords", "Mentor's uses"),
    "learner_count": QT_TRANSLATE_NOOP("SkillsWords", "Learners (count)"),
    "note": QT_TRANSLATE_NOOP("SkillsWords", "Note"),
    "kind": QT_TRANSLATE_NOOP("SkillsWords", "Kind"),
    "trained_on": QT_TRANSLATE_NOOP("SkillsWords", "Trained on"),
    "uses_before": QT_TRANSLATE_NOOP("SkillsWords", "Uses before"),
    "referral_rate_before": QT_TRANSLATE_NOOP("SkillsWords", "Referral rate before"),
    "uses_after": QT_TRANSLATE_NOOP("SkillsWords", "Uses after"),
    "referral_rate_after": QT_TRANSLATE_NOOP("SkillsWords", "Referral rate after"),
    "change": QT_TRANSLATE_NOOP("SkillsWords", "Change"),
    "section": QT_TRANSLATE_NOOP("SkillsWords", "Section"),
    "key": QT_TRANSLATE_NOOP("SkillsWords", "Key"),
    "label": QT_TRANSLATE_NOOP("SkillsWords", "Label"),
    "count": QT_TRANSLATE_NOOP("SkillsWords", "Count"),
    "desk": QT_TRANSLATE_NOOP("SkillsWords", "Desk"),
    "status": QT_TRANSLATE_NOOP("SkillsWords", "Status"),
    "priority": QT_TRANSLATE_NOOP("SkillsWords", "Priority"),
    "evidence": QT_TRANSLATE_NOOP("SkillsWords", "Evidence"),
    "passed_on": QT_TRANSLATE_NOOP("SkillsWords", "Passed on"),
    "expected_handovers": QT_TRANSLATE_NOOP("SkillsWords", "Expected hand-overs"),
    "read12_passed_on": QT_TRANSLATE_NOOP("SkillsWords", "READ 1–2 passed on"),
    "below_level_use": QT_TRANSLATE_NOOP("SkillsWords", "Uses below level"),
    "small_sample": QT_TRANSLATE_NOOP("SkillsWords", "Small sample"),
    "month": QT_TRANSLATE_NOOP("SkillsWords", "Month"),
    "enquiries": QT_TRANSLATE_NOOP("SkillsWords", "Enquiries"),
    "read12_enquiries": QT_TRANSLATE_NOOP("SkillsWords", "READ 1–2 enquiries"),
    "row": QT_TRANSLATE_NOOP("SkillsWords", "Row"),
    "repeat_referrals": QT_TRANSLATE_NOOP("SkillsWords", "Repeat referrals"),
    "ratings": QT_TRANSLATE_NOOP("SkillsWords", "Ratings"),
    "satisfaction": QT_TRANSLATE_NOOP("SkillsWords", "Said good"),
    "neutral_share": QT_TRANSLATE_NOOP("SkillsWords", "Said OK"),
    "poor_share": QT_TRANSLATE_NOOP("SkillsWords", "Said not good"),
    "peer_learning": QT_TRANSLATE_NOOP("SkillsWords", "Peer learning"),
    "peer_learning_before": QT_TRANSLATE_NOOP("SkillsWords", "Peer learning before"),
    "learning_requests": QT_TRANSLATE_NOOP("SkillsWords", "Learning requests"),
    "learning_requests_before": QT_TRANSLATE_NOOP("SkillsWords", "Learning requests before"),
    "training": QT_TRANSLATE_NOOP("SkillsWords", "Training"),
    "training_before": QT_TRANSLATE_NOOP("SkillsWords", "Training before"),
    "ratings_before": QT_TRANSLATE_NOOP("SkillsWords", "Ratings before"),
    "satisfaction_before": QT_TRANSLATE_NOOP("SkillsWords", "Said good before"),
    "ratings_after": QT_TRANSLATE_NOOP("SkillsWords", "Ratings after"),
    "satisfaction_after": QT_TRANSLATE_NOOP("SkillsWords", "Said good after"),
}

# The kinds of row of the metrics report (deskapp/reports/metrics.py).
METRIC_ROWS: dict[str, str] = {
    "desk": QT_TRANSLATE_NOOP("SkillsWords", "desk"),
    "all": QT_TRANSLATE_NOOP("SkillsWords", "all desks"),
    "repeat-referral": QT_TRANSLATE_NOOP("SkillsWords", "repeat referral"),
    "satisfaction-category": QT_TRANSLATE_NOOP("SkillsWords", "ratings by category"),
    "satisfaction-skill": QT_TRANSLATE_NOOP("SkillsWords", "ratings by skill"),
    "satisfaction-read": QT_TRANSLATE_NOOP("SkillsWords", "ratings by READ level"),
}
READ_NOT_GIVEN = QT_TRANSLATE_NOOP("SkillsWords", "READ not given")

# Coded values in report rows that are words (the exports keep the codes).
PRIORITIES: dict[str, str] = {
    "act now": QT_TRANSLATE_NOOP("SkillsWords", "act now"),
    "plan": QT_TRANSLATE_NOOP("SkillsWords", "plan"),
    "no action needed": QT_TRANSLATE_NOOP("SkillsWords", "no action needed"),
    "not needed": QT_TRANSLATE_NOOP("SkillsWords", "not needed"),
    "retired": QT_TRANSLATE_NOOP("SkillsWords", "retired"),
}
# The sections of the desk statistics report.
SECTIONS: dict[str, str] = {
    "total": QT_TRANSLATE_NOOP("SkillsWords", "total"),
    "hour": QT_TRANSLATE_NOOP("SkillsWords", "hour"),
    "weekday": QT_TRANSLATE_NOOP("SkillsWords", "weekday"),
    "week": QT_TRANSLATE_NOOP("SkillsWords", "week"),
    "month": QT_TRANSLATE_NOOP("SkillsWords", "month"),
    "domain": QT_TRANSLATE_NOOP("SkillsWords", "domain"),
    "category": QT_TRANSLATE_NOOP("SkillsWords", "category"),
    "read": QT_TRANSLATE_NOOP("SkillsWords", "READ level"),
    "channel": QT_TRANSLATE_NOOP("SkillsWords", "channel"),
    "patron_type": QT_TRANSLATE_NOOP("SkillsWords", "patron type"),
    "outcome": QT_TRANSLATE_NOOP("SkillsWords", "outcome"),
    "learning": QT_TRANSLATE_NOOP("SkillsWords", "learning"),
    "tally": QT_TRANSLATE_NOOP("SkillsWords", "tally"),
    "tally_left_out": QT_TRANSLATE_NOOP("SkillsWords", "tallies left out"),
}
ALL_SKILLS = QT_TRANSLATE_NOOP("SkillsWords", "All skills")
ALL_DESKS = QT_TRANSLATE_NOOP("SkillsWords", "All desks")
ALL_ENQUIRIES = QT_TRANSLATE_NOOP("SkillsWords", "All enquiries")
# Desk statistics' tally rows (reports/desk_stats.py): the rows keep the English, the screen translates.
TALLY_LABELS = {
    "All tallies (counted, not logged one by one)": QT_TRANSLATE_NOOP(
        "SkillsWords", "All tallies (counted, not logged one by one)"),
    "Tallies left out: their period runs past the report's": QT_TRANSLATE_NOOP(
        "SkillsWords", "Tallies left out: their period runs past the report's"),
}
CURRENT = QT_TRANSLATE_NOOP("SkillsWords", "current")
RETIRED_ON = QT_TRANSLATE_NOOP("SkillsWords", "retired %1")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _t(table: dict, key: object, fallback: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else fallback


def level_label(level: int) -> str:
    return _t(LEVELS, level, str(level))


def general_words(level: int) -> str:
    return _t(GENERAL, level, "")


def level_words(words: dict[int, str], english_general: dict[int, str]) -> dict[int, str]:
    """A skill's level descriptions with the general ones (where it has none of its own) in the screen's
    language; a leader's own words are shown as written."""
    return {level: general_words(level) if text == english_general.get(level) else text
            for level, text in words.items()}


def kind_label(kind: str) -> str:
    return _t(KINDS, kind, kind)


def plan_source(source: str) -> str:
    return _t(PLAN_SOURCES, source, source)


def report_title(name: str, fallback: str) -> str:
    return _t(REPORT_TITLES, name, fallback)


def column_label(key: str, fallback: str) -> str:
    return _t(COLUMNS, key, fallback)


def coded_value(key: str, value: str) -> str:
    """A word-valued cell of a report row as people read it: weekday names in the locale, priorities,
    a skill's status, the kind of training, the "All skills" line."""
    if key in ("weekday", "label") and value in WEEKDAYS:
        return day_name(WEEKDAYS.index(value) + 1)
    if key == "section":
        return _t(SECTIONS, value, value)
    if key == "row":
        return _t(METRIC_ROWS, value, value)
    if key == "label" and value == "READ not given":
        return QCoreApplication.translate(CONTEXT, READ_NOT_GIVEN)
    if key in ("desk", "label") and value == "All desks":
        return QCoreApplication.translate(CONTEXT, ALL_DESKS)
    if key == "priority":
        return _t(PRIORITIES, value, value)
    if key == "kind":
        return kind_label(value)
    if key == "status":
        if value == "current":
            return QCoreApplication.translate(CONTEXT, CURRENT)
        if value.startswith("retired "):
            try:
                when = short_date(date.fromisoformat(value.removeprefix("retired ")))
            except ValueError:
                return value
            return QCoreApplication.translate(CONTEXT, RETIRED_ON).replace("%1", when)
    if key == "skill" and value == "All skills":
        return QCoreApplication.translate(CONTEXT, ALL_SKILLS)
    if key == "label" and value == "All enquiries":
        return QCoreApplication.translate(CONTEXT, ALL_ENQUIRIES)
    if key == "label" and value in TALLY_LABELS:
        return _t(TALLY_LABELS, value, value)
    return value
