"""What a write changed, so every open view refreshes exactly what it shows (Anki's `OpChanges` model).

Every domain function that changes shared data records an audit event in the same transaction
(`deskapp.platform.audit.record`); that call also notes the change here, on the session. The operation
runner reads the notes after the domain call and publishes one `ChangeSet` once the transaction has
committed. So a change reaches the screens because it was written, not because a page remembered to say so.
Writes that are not audited (sign-in sessions, say) note their kinds with `note_kinds`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from deskapp.platform.i18n import _


class Change(StrEnum):
    """The kinds of thing a view can show. A view subscribes to kinds, never to free strings."""

    ENQUIRIES = "enquiries"
    STAFF = "staff"
    SKILLS = "skills"
    CATEGORIES = "categories"  # categories and their category -> skills mapping
    REFERENCE = "reference"  # the other coded lists: channels, patron types, outcomes, READ, durations, targets
    GUIDES = "guides"
    CHECKLISTS = "checklists"
    SETTINGS = "settings"
    QUICK_KEYS = "quick_keys"
    PROFICIENCY = "proficiency"
    TRAINING = "training"
    PLANS = "plans"  # development plans
    DESKS = "desks"
    DESK_SESSIONS = "desk_sessions"  # who is signed in where
    AUDIT = "audit"


# The audit trail's entity names -> the kinds of change they are. tests/test_changes.py checks that every
# entity any domain module records is listed, so a new kind of write cannot go unannounced.
ENTITY_CHANGES: Mapping[str, frozenset[Change]] = MappingProxyType({
    "enquiry": frozenset({Change.ENQUIRIES}),
    "enquiries": frozenset(),  # an export: reads enquiries, changes none
    "import_batch": frozenset({Change.ENQUIRIES}),
    "staff": frozenset({Change.STAFF}),
    "skill": frozenset({Change.SKILLS}),
    "skill_group": frozenset({Change.SKILLS}),
    "skill_levels": frozenset({Change.SKILLS}),  # a skill's level descriptions
    "development_plan_item": frozenset({Change.PLANS}),
    "category_skills": frozenset({Change.CATEGORIES, Change.SKILLS}),
    "category": frozenset({Change.CATEGORIES}),
    "reference": frozenset({Change.REFERENCE}),
    "staff_skill": frozenset({Change.PROFICIENCY}),
    "training_record": frozenset({Change.TRAINING}),
    "learning_request": frozenset({Change.TRAINING}),
    "patron_rating": frozenset({Change.ENQUIRIES}),  # how a patron found the service (reports)
    "weekly_reflection": frozenset({Change.TRAINING}),  # a person's line about their week (My record)
    "guide": frozenset({Change.GUIDES}),
    "search_alias": frozenset({Change.GUIDES}),  # search words: what a search finds
    "search_miss": frozenset({Change.GUIDES}),  # a leader dismissed a search that found nothing useful
    "checklist": frozenset({Change.CHECKLISTS}),
    "checklist_run": frozenset({Change.CHECKLISTS}),
    "desk": frozenset({Change.DESKS}),
    "setting": frozenset({Change.SETTINGS}),
    "pc-setting": frozenset({Change.SETTINGS}),
    "quick_buttons": frozenset({Change.QUICK_KEYS}),
})

_NOTES_KEY = "deskapp.changes"


@dataclass(frozen=True)
class ChangeSet:
    """Which kinds of thing changed, with the ids where the write named them, and who started it.

    `origin` is the view that ran the operation (set by the UI's runner), so it can skip its own echo.
    """

    kinds: frozenset[Change] = frozenset()
    ids: Mapping[Change, frozenset[str]] = field(default_factory=dict)
    origin: object | None = None

    @classmethod
    def of(cls, *kinds: Change) -> ChangeSet:
        return cls(frozenset(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def touches(self, kinds: Iterable[Change]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Change) -> frozenset[str]:
        return self.ids.get(kind, frozenset())

    def with_origin(self, origin: object | None) -> ChangeSet:
        return ChangeSet(self.kinds, self.ids, origin)

    def merged(self, other: ChangeSet) -> ChangeSet:
        ids = {kind: self.ids_of(kind) | other.ids_of(kind) for kind in self.ids.keys() | other.ids.keys()}
        return ChangeSet(self.kinds | other.kinds, ids, self.origin or other.origin)


class _Notes:
    def __init__(self) -> None:
        self.kinds: set[Change] = set()
        self.ids: dict[Change, set[str]] = {}


def _notes(session: Session) -> _Notes:
    notes: _Notes | None = session.info.get(_NOTES_KEY)
    if notes is None:
        notes = session.info[_NOTES_KEY] = _Notes()
    return notes


def kinds_for_entity(entity: str) -> frozenset[Change]:
    try:
        return ENTITY_CHANGES[entity]
    except KeyError:
        raise KeyError(_("audit entity {entity!r} has no kind of change in deskapp.platform.changes").format(
                entity=entity)) from None


def note_entity(session: Session, entity: str, entity_id: Any = "") -> None:
    """Called by audit.record: this write changed `entity` (and the audit trail)."""
    notes = _notes(session)
    notes.kinds.add(Change.AUDIT)
    for kind in kinds_for_entity(entity):
        notes.kinds.add(kind)
        if entity_id not in ("", None):
            notes.ids.setdefault(kind, set()).add(str(entity_id))


def note_kinds(session: Session, *kinds: Change) -> None:
    """For writes the audit trail does not record (who is signed in where, say)."""
    _notes(session).kinds.update(kinds)


def collect(session: Session) -> ChangeSet:
    """What the operations on this session changed so far (read before the session closes)."""
    notes = session.info.get(_NOTES_KEY)
    if notes is None:
        return ChangeSet()
    return ChangeSet(frozenset(notes.kinds), {kind: frozenset(ids) for kind, ids in notes.ids.items()})
