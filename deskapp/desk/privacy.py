"""Patron privacy in free-text notes: spot what looks like an email address, a phone number or a card/ID
number, so the form can warn and redact it in one key. Deliberately eager: a false alarm costs one glance,
a missed card number stays in the log until the retention purge."""

from __future__ import annotations

import re
from dataclasses import dataclass

REDACTED = "[redacted]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Digits with phone-style separators (spaces, dashes, dots, brackets) or a leading +.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?![\w])")
# A run of 6+ digits, optionally after one or two letters (student numbers like s1234567).
_NUMBER = re.compile(r"(?<![\w])[A-Za-z]{0,2}\d{6,}(?![\w])")
# Things that look numeric but are not personal: ISO dates and times of day.
_HARMLESS = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$")

KIND_LABELS = {"email": "an email address", "phone": "a phone number", "number": "a card or ID number"}


@dataclass(frozen=True)
class Finding:
    kind: str  # "email" | "phone" | "number"
    start: int
    end: int
    text: str


def find_personal_data(text: str) -> list[Finding]:
    """Spans of `text` that look like personal data, in order, never overlapping."""
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _EMAIL.finditer(text):
        findings.append(Finding("email", match.start(), match.end(), match.group()))
        taken.append(match.span())
    for match in _PHONE.finditer(text):
        value = match.group().strip()
        digits = sum(ch.isdigit() for ch in value)
        has_separator = any(ch in value for ch in " -().+")
        if not has_separator or not 8 <= digits <= 15 or _HARMLESS.match(value) or not free(*match.span()):
            continue
        findings.append(Finding("phone", match.start(), match.end(), match.group()))
        taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if free(*match.span()):
            findings.append(Finding("number", match.start(), match.end(), match.group()))
            taken.append(match.span())
    return sorted(findings, key=lambda f: f.start)


def has_personal_data(text: str) -> bool:
    return bool(find_personal_data(text))


def describe(findings: list[Finding]) -> str:
    """"an email address and a phone number" for the form's warning."""
    kinds = list(dict.fromkeys(KIND_LABELS[f.kind] for f in findings))
    if len(kinds) <= 1:
        return "".join(kinds)
    return ", ".join(kinds[:-1]) + " and " + kinds[-1]


_COUNTED = {"email": ("email address", "email addresses"), "phone": ("phone number", "phone numbers"),
            "number": ("card or ID number", "card or ID numbers")}


def count_text(findings: list[Finding]) -> str:
    """"1 email address and 2 phone numbers": what a save replaced."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    parts = [f"{n} {_COUNTED[kind][0 if n == 1 else 1]}" for kind, n in counts.items()]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def redact(text: str) -> str:
    """`text` with every finding replaced by [redacted]."""
    result, last = [], 0
    for finding in find_personal_data(text):
        result.append(text[last:finding.start])
        result.append(REDACTED)
        last = finding.end
    result.append(text[last:])
    return "".join(result)
