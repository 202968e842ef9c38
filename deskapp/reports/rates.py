"""The one definition of each rate the reports show, used by every report, export and the README.

- **Passed on**: an enquiry referred (to a colleague or to another service) or escalated (to the central IT
  service desk), *not counting* referrals to a target a team leader marked *expected* (a hand-over that is
  the service itself, e.g. interlibrary loans to the ILL team). Those are counted apart as *expected
  hand-overs* and never count as a gap.
- **Referral rate** = passed on ÷ enquiries (that needed the skill, or that person's uses of it).
- **READ 1–2 referral rate**: the same over the enquiries at READ level 1 or 2 only.
- A rate over fewer than SMALL_SAMPLE enquiries is flagged as a small sample; rankings use the lower end of
  its 95% Wilson interval, so 2 of 3 passed on counts as "at least 21%", never as a certain 67%.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SMALL_SAMPLE = 20
Z95 = 1.96


@dataclass(frozen=True)
class Outcomes:
    """Counts over a set of enquiries: all of them, referred (incl. expected), escalated, expected hand-overs."""

    n: int = 0
    referred: int = 0
    escalated: int = 0
    expected: int = 0

    @property
    def passed_on(self) -> int:
        return self.referred - self.expected + self.escalated

    @property
    def rate(self) -> float:
        return rate(self.passed_on, self.n)

    @property
    def small(self) -> bool:
        return self.n < SMALL_SAMPLE

    @property
    def lower_bound(self) -> float:
        return wilson_lower(self.passed_on, self.n)

    def __add__(self, other: Outcomes) -> Outcomes:
        return Outcomes(self.n + other.n, self.referred + other.referred, self.escalated + other.escalated,
                        self.expected + other.expected)


def rate(part: int | None, whole: int | None) -> float:
    """A fraction 0-1 with three decimals; 0 when there is nothing to divide by."""
    return round((part or 0) / whole, 3) if whole else 0.0


def wilson_lower(part: int, whole: int, z: float = Z95) -> float:
    """Lower end of the Wilson score interval: how high the rate is at least, given the sample size."""
    if whole <= 0:
        return 0.0
    p = part / whole
    centre = p + z * z / (2 * whole)
    spread = z * math.sqrt(p * (1 - p) / whole + z * z / (4 * whole * whole))
    return max(0.0, (centre - spread) / (1 + z * z / whole))


def percent(value: float) -> str:
    return f"{round(value * 100)}%"
