"""What the checklist functions take and give: templates, items, runs and ticks as plain records, and the
one error they raise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

SCHEDULES = ("daily", "weekly", "per-person", "on-demand")
ROLES = ("staff", "leader")
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
DUE_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ChecklistError(ValueError):
    """A checklist operation was refused; the message says why in one sentence."""


@dataclass(frozen=True)
class ItemSpec:
    key: str
    text: str
    required: bool = True
    role: str = "staff"
    skill_id: int | None = None


@dataclass(frozen=True)
class TemplateDraft:
    title: str
    description: str = ""
    schedule: str = "on-demand"
    due_time: str | None = None
    items: tuple[ItemSpec, ...] = ()


@dataclass(frozen=True)
class TemplateSummary:
    id: int
    key: str
    title: str
    description: str
    schedule: str
    due_time: str | None
    version: int
    item_count: int


@dataclass(frozen=True)
class TemplateDetail:
    summary: TemplateSummary
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class RunItemInfo:
    id: int
    key: str
    text: str
    required: bool
    role: str
    skill_id: int | None
    ticked_at: datetime | None
    ticked_by: str | None
    note: str
    overdue: bool


@dataclass(frozen=True)
class RunDetail:
    id: int
    template_id: int
    title: str
    template_version: int
    subject_staff_id: int | None
    subject_name: str | None
    started_at: datetime
    due_at: datetime | None
    completed_at: datetime | None
    notes: str
    items: tuple[RunItemInfo, ...]
    overdue: bool


@dataclass(frozen=True)
class RunSummary:
    id: int
    template_version: int
    started_at: datetime
    started_by: str | None
    subject_name: str | None
    due_at: datetime | None
    completed_at: datetime | None
    required_total: int
    required_done: int
    overdue: bool


@dataclass(frozen=True)
class DueRun:
    template_id: int
    title: str
    schedule: str
    due_at: datetime | None
    run_id: int | None
    required_total: int
    required_done: int
    completed: bool
    overdue: bool


@dataclass(frozen=True)
class TickResult:
    run_completed: bool
    training_record_id: int | None
