"""A report's summary read in Danish is Danish through and through (counts with real plurals, weekdays and
domains in Danish); the rows keep their stable English keys and names for scripts. (The XLSX and PDF words:
tests/test_report_document_words.py.)"""

from __future__ import annotations

from datetime import date

from deskapp.platform import i18n
from deskapp.reports import run_report
from tests.test_trends import history  # noqa: F401  (the fixture: three months at two desks)


def test_a_trends_report_in_danish(db, history) -> None:  # noqa: F811
    i18n.set_language("da")
    result = run_report(db, history, "trends", date(2026, 2, 27), date(2026, 4, 30))
    assert result.summary.startswith("Back desk: 1 henvendelse i 2026-04 (+1 i forhold til måneden før); "
                                     "Front desk: 1 henvendelse i 2026-04 (-3 i forhold til måneden før)")
    assert "enquir" not in result.summary
    assert result.rows[0]["skill"] == "All skills"  # a stable value in the rows, as the CSV has always had it


def test_a_heatmap_and_desk_statistics_summary_in_danish(db, history) -> None:  # noqa: F811
    i18n.set_language("da")
    stats = run_report(db, history, "desk-stats", date(2026, 2, 27), date(2026, 4, 30))
    assert stats.summary.startswith("8 henvendelser: 100% IT. Travlest kl. 10:00 og om ")
    assert "Library" not in stats.summary and "Busiest" not in stats.summary
    heat = run_report(db, history, "heatmap", date(2026, 2, 27), date(2026, 4, 30))
    assert " of " not in heat.summary and "Nobody" not in heat.summary


def test_the_skill_gaps_reasons_actions_and_summary_in_danish(db, history) -> None:  # noqa: F811
    i18n.set_language("da")
    result = run_report(db, history, "skill-gaps", date(2026, 2, 27), date(2026, 4, 30))
    sentences = [result.summary, *(row[key] for row in result.rows for key in ("reason", "action", "evidence"))]
    english = (" of ", " passed on", " was needed", "Train ", "write a guide", "nobody", "small sample",
               "Act on these", "No skill gaps")
    assert [s for s in sentences if any(word in s for word in english)] == []
    assert any("Der var brug for" in row["reason"] for row in result.rows)
    i18n.set_language("en")
    english_result = run_report(db, history, "skill-gaps", date(2026, 2, 27), date(2026, 4, 30))
    assert any(" was needed in " in row["reason"] for row in english_result.rows)
