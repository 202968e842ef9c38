"""What to draw for each report: bars (label, value, highlighted) or a grid of coloured cells."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from deskapp.reports import ReportResult
from deskapp.ui.skills.formats import day_name, number

WEEKDAY_ORDER = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class ChartData:
    kind: str = "bars"  # "bars" or "grid"
    caption: str = ""
    bars: list[tuple[str, float, bool]] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    cells: dict[tuple[int, int], tuple[float, bool]] = field(default_factory=dict)  # value 0..1, highlighted
    legend: str = ""
    labels: dict[tuple[int, int], str] = field(default_factory=dict)  # a grid cell's value in words

    def text_equivalent(self, limit: int = 40) -> str:
        """The chart in words, for a screen reader and the tooltip: the caption, then each bar or cell."""
        if self.kind == "grid":
            parts = [f"{self.rows[r]}, {self.columns[c]}: {self.labels.get((r, c), '')}"
                     for (r, c) in sorted(self.cells)[:limit] if r < len(self.rows) and c < len(self.columns)]
        else:
            parts = [f"{label}: {number(value)}" for label, value, _h in self.bars[:limit]]
        more = len(self.cells if self.kind == "grid" else self.bars) - limit
        text = self.caption + (". " + "; ".join(parts) if parts else "")
        if more > 0:
            return text + QCoreApplication.translate("ReportChart", "; and %n more (in the table).", "", more)
        return text + "."


def chart_for(result: ReportResult) -> ChartData:
    rows = result.rows
    if result.name == "skill-gaps":
        top = [r for r in rows if r["gap_score"] > 0][:12]
        return ChartData(caption=QCoreApplication.translate(
                             "ReportChart", "Gap score (0–100), biggest gaps first"),
                         bars=[(r["skill"], r["gap_score"], r["coverage"] * 2 < r["team_size"]) for r in top],
                         legend=QCoreApplication.translate(
                             "ReportChart", "Orange, striped: fewer than half the team at the required level"))
    if result.name == "desk-stats":
        return ChartData(caption=QCoreApplication.translate(
                             "ReportChart", "Enquiries by hour of day"),
                         bars=[(r["key"], r["count"], False) for r in rows if r["section"] == "hour"])
    if result.name == "mentors":
        return ChartData(caption=QCoreApplication.translate(
                             "ReportChart", "Gap score of the skills with a suggested mentor"),
                         bars=[(r["skill"], r["gap_score"], not r["mentor"]) for r in rows],
                         legend=QCoreApplication.translate(
                             "ReportChart", "Orange, striped: nobody at level 4 to mentor"))
    if result.name == "training-impact":
        return ChartData(caption=QCoreApplication.translate(
                             "ReportChart", "Referral rate after training (%)"),
                         bars=[(f"{r['staff']} – {r['skill']}", round(100 * r["referral_rate_after"]),
                                (r["change"] or 0) > 0) for r in rows],
                         legend=QCoreApplication.translate(
                             "ReportChart", "Orange, striped: referral rate rose after training"))
    if result.name == "heatmap":
        uses: dict[str, int] = {}
        for r in rows:
            uses[r["skill"]] = uses.get(r["skill"], 0) + r["uses"]
        skills = sorted(uses, key=lambda s: -uses[s])[:16]
        staff = sorted({r["staff"] for r in rows})[:30]
        cells = {(staff.index(r["staff"]), skills.index(r["skill"])): (r["level"] / 4, bool(r["flag"]))
                 for r in rows if r["skill"] in skills and r["staff"] in staff}
        levels = {(staff.index(r["staff"]), skills.index(r["skill"])): str(r["level"])
                  for r in rows if r["skill"] in skills and r["staff"] in staff}
        return ChartData(kind="grid", caption=QCoreApplication.translate(
                             "ReportChart", "Level 0–4 (darker = higher) on the most-used skills"),
                         rows=staff, columns=skills, cells=cells, labels=levels,
                         legend=QCoreApplication.translate(
                             "ReportChart", "Red frame: used often below the required level, or referred often"))
    if result.name == "coverage":
        demand: dict[tuple[int, int], int] = {}
        uncovered: dict[tuple[int, int], int] = {}
        for r in rows:
            key = (WEEKDAY_ORDER.index(r["weekday"]), r["hour"])
            demand[key] = demand.get(key, 0) + r["demand"]
            if r["proficient_signed_in"] == 0:
                uncovered[key] = uncovered.get(key, 0) + r["demand"]
        hours = sorted({h for _d, h in demand}) or list(range(8, 22))
        busiest = max(demand.values(), default=1)
        # Framed: at least half of that hour's skill demand met nobody at the required level.
        cells = {(d, hours.index(h)): (n / busiest, 2 * uncovered.get((d, h), 0) >= n) for (d, h), n in demand.items()}
        return ChartData(kind="grid", caption=QCoreApplication.translate(
                             "ReportChart", "Demand by hour of week (darker = busier)"),
                         rows=[day_name(day) for day in range(1, 8)],
                         columns=[f"{h:02d}" for h in hours], cells=cells,
                         labels={(d, hours.index(h)): str(n) for (d, h), n in demand.items()},
                         legend=QCoreApplication.translate(
                             "ReportChart", "Red frame: half or more of that hour's demand met nobody at the "
                             "required level"))
    if result.name == "trends":
        desks = {r["desk"] for r in rows}
        return ChartData(caption=QCoreApplication.translate(
                             "ReportChart", "Enquiries month by month, desk beside desk"),
                         bars=[(r["month"] if len(desks) == 1 else f"{r['month']} · {r['desk']}", r["enquiries"],
                                "(" in r["month"]) for r in rows if r["skill"] == "All skills"],
                         legend=QCoreApplication.translate(
                             "ReportChart", "Orange, striped: a part month (only the days in brackets)"))
    return ChartData()
