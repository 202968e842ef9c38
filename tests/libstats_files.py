"""Libstats Data Dumps written the way Libstats writes them: one line per question, the cells joined with
implode(",") and never quoted, dates month first with a 12-hour clock, the weekday spelled out."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

HEADER = ("question_id", "patron_type", "question_type", "time_spent", "question_format", "library_name",
          "location_name", "added_stamp", "asked_at", "question_time", "question_half_hour", "question_date",
          "question_weekday", "initials")
PATRONS = ("Undergrad", "Grad", "Fac/Staff", "Community")
TYPES = ("Directional", "Reference", "Technical/Computer", "Policy/Operational")
SPENT = ("0-9 minutes", "10+ minutes", "0-1 minute", "10-20 minutes")
FORMATS = ("Walk-up", "Phone", "E-mail", "IM")
LIBRARIES = ("Main Library", "Science Library")
LOCATIONS = ("Reference Desk", "Circulation", "Help Point")
INITIALS = ("AB", "CD", "EF", "GH")


def row(number: int, asked: datetime, *, rng: random.Random, location: str | None = None,
        initials: str | None = None) -> list[str]:
    added = asked + timedelta(minutes=2)
    half = asked.replace(minute=0 if asked.minute < 30 else 30)
    return [str(number), rng.choice(PATRONS), rng.choice(TYPES), rng.choice(SPENT), rng.choice(FORMATS),
            rng.choice(LIBRARIES), location or rng.choice(LOCATIONS),
            f"{added.month}/{added:%d/%Y %I:%M:%S %p}", f"{asked.month}/{asked:%d/%Y %I:%M:%S %p}",
            f"{asked:%I:%M:%S %p}", f"{half:%I:%M %p}", f"{asked.month}/{asked:%d/%Y}", f"{asked:%A}",
            initials or rng.choice(INITIALS)]


def dump(rows: list[list[str]]) -> str:
    return "".join(",".join(cells) + "\n" for cells in [list(HEADER), *rows])  # implode(","): no quoting


def write_dump(path: Path, rows: list[list[str]]) -> Path:
    path.write_text(dump(rows), encoding="utf-8")
    return path


def ordinary_rows(count: int, seed: int = 7, start: datetime = datetime(2021, 3, 1, 9, 0)) -> list[list[str]]:
    rng = random.Random(seed)
    return [row(500 + n, start + timedelta(hours=5 * n, minutes=7 * n % 60), rng=rng) for n in range(count)]
