"""The coded lists the enquiry form and the log offer: categories (with aliases, the skills always used and the
candidate skills offered as one-key choices), channels,
patron types, READ levels, duration bands, outcomes, referral targets, skills, desks and staff names.

Loaded once per screen (a few small queries) and searched in memory: type-ahead must answer per keystroke.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.db.models import (
    Category,
    CategorySkill,
    Channel,
    Desk,
    DurationBand,
    Outcome,
    PatronType,
    ReadLevel,
    ReferralTarget,
    Skill,
    SkillGroup,
    Staff,
)

DOMAIN_LABELS = {"library": "Library", "it": "IT", "other": "Other"}
_WORD = re.compile(r"[\w]+", re.UNICODE)


@dataclass(frozen=True)
class Option:
    id: int
    key: str
    label: str
    description: str = ""


_AnyOption = TypeVar("_AnyOption", bound=Option)
# The coded lists that are a key, a label and a description, nothing more.
_Simple = TypeVar("_Simple", Channel, PatronType, DurationBand, ReferralTarget)


@dataclass(frozen=True)
class CategoryOption(Option):
    domain: str = "library"
    aliases: tuple[str, ...] = ()
    skill_ids: tuple[int, ...] = ()  # always used: pre-filled on the form and on an F-key enquiry
    candidate_skill_ids: tuple[int, ...] = ()  # offered as one-key choices, recorded only when picked
    pickable: bool = True


@dataclass(frozen=True)
class OutcomeOption(Option):
    kind: str = "resolved"
    needs_target: bool = False


@dataclass(frozen=True)
class SkillOption(Option):
    group: str = ""


@dataclass(frozen=True)
class PersonOption:
    id: int
    name: str
    initials: str
    active: bool = True


@dataclass(frozen=True)
class ReferenceLists:
    categories: tuple[CategoryOption, ...]
    channels: tuple[Option, ...]
    patron_types: tuple[Option, ...]
    read_levels: tuple[Option, ...]  # id = the level 1-6
    duration_bands: tuple[Option, ...]
    outcomes: tuple[OutcomeOption, ...]
    referral_targets: tuple[Option, ...]
    skills: tuple[SkillOption, ...]
    desks: tuple[Option, ...] = ()
    staff: tuple[PersonOption, ...] = ()
    _by_id: dict[str, dict[int, Option | PersonOption]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("categories", "channels", "patron_types", "read_levels", "duration_bands", "outcomes",
                     "referral_targets", "skills", "desks", "staff"):
            self._by_id[name] = {item.id: item for item in getattr(self, name)}

    def get(self, list_name: str, item_id: int | None) -> Option | PersonOption | None:
        """The item of `list_name` with this id, or None."""
        if item_id is None:
            return None
        return self._by_id[list_name].get(item_id)

    # Typed accessors for the lists whose items carry more than a label.
    def category(self, item_id: int | None) -> CategoryOption | None:
        item = self.get("categories", item_id)
        return item if isinstance(item, CategoryOption) else None

    def outcome(self, item_id: int | None) -> OutcomeOption | None:
        item = self.get("outcomes", item_id)
        return item if isinstance(item, OutcomeOption) else None

    def person(self, item_id: int | None) -> PersonOption | None:
        item = self.get("staff", item_id)
        return item if isinstance(item, PersonOption) else None

    def label(self, list_name: str, item_id: int | None) -> str:
        item = self.get(list_name, item_id)
        if item is None:
            return ""
        return item.name if isinstance(item, PersonOption) else item.label

    def by_key(self, list_name: str, key: str) -> Option | None:
        return next((item for item in getattr(self, list_name) if getattr(item, "key", None) == key), None)

    @property
    def pickable_categories(self) -> tuple[CategoryOption, ...]:
        return tuple(c for c in self.categories if c.pickable)

    def search_categories(self, text: str, limit: int = 8) -> list[CategoryOption]:
        return search_categories(self.pickable_categories, text, limit)

    def search_skills(self, text: str, limit: int = 8) -> list[SkillOption]:
        return search_options(self.skills, text, limit)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _score(query_words: list[str], query: str, label: str, extra: Sequence[str]) -> int | None:
    """Rank a candidate, or None when it does not match. Lower is better.

    Every query word must be the start of some word of the label or an alias ("edu" -> "eduroam",
    "pass mfa" -> "Passwords & MFA"); a label that starts with the whole query ranks first.
    """
    label_folded = label.casefold()
    label_words = _words(label)
    alias_words = [w for alias in extra for w in _words(alias)]
    best = None
    for word in query_words:
        if any(w.startswith(word) for w in label_words):
            rank = 1
        elif any(w.startswith(word) for w in alias_words) or any(a.casefold().startswith(query) for a in extra):
            rank = 2
        elif word in label_folded:
            rank = 3  # inside a word ("fi" in "Wi-Fi")
        else:
            return None
        best = rank if best is None else max(best, rank)
    if label_folded.startswith(query):
        return 0
    return best


def search_options(options: Sequence[_AnyOption], text: str, limit: int = 8,
                   aliases: dict[int, Sequence[str]] | None = None) -> list[_AnyOption]:
    query = " ".join(text.casefold().split())
    if not query:
        return list(options[:limit])
    query_words = _words(query) or [query]
    scored = []
    for order, option in enumerate(options):
        extra = (aliases or {}).get(option.id, ())
        score = _score(query_words, query, option.label, extra)
        if score is not None:
            scored.append((score, order, option))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [option for _score_, _order, option in scored[:limit]]


def search_categories(categories: Sequence[CategoryOption], text: str, limit: int = 8) -> list[CategoryOption]:
    """Categories whose label words, aliases or prefixes match `text`, best first ("edu" finds Wi-Fi / eduroam)."""
    return search_options(categories, text, limit, {c.id: c.aliases for c in categories})


def load_reference(session: Session) -> ReferenceLists:
    """Every active list, in the order the team set (sort_order)."""
    mapping: dict[int, list[int]] = {}
    candidates: dict[int, list[int]] = {}
    for category_id, skill_id, candidate in session.execute(
            select(CategorySkill.category_id, CategorySkill.skill_id, CategorySkill.candidate)
            .join(Skill, Skill.id == CategorySkill.skill_id)
            .where(Skill.active, Skill.retired_at.is_(None))
            .order_by(CategorySkill.category_id, Skill.sort_order, Skill.id)):
        (candidates if candidate else mapping).setdefault(category_id, []).append(skill_id)

    def simple(model: type[_Simple]) -> tuple[Option, ...]:
        rows = session.scalars(select(model).where(model.active).order_by(model.sort_order, model.id))
        return tuple(Option(r.id, r.key, r.label, r.description) for r in rows)

    categories = tuple(
        CategoryOption(c.id, c.key, c.label, c.description, domain=c.domain, aliases=tuple(c.aliases.split()),
                       skill_ids=tuple(mapping.get(c.id, ())), candidate_skill_ids=tuple(candidates.get(c.id, ())),
                       pickable=c.pickable)
        for c in session.scalars(select(Category).where(Category.active)
                                 .order_by(Category.domain, Category.sort_order, Category.id)))
    outcomes = tuple(
        OutcomeOption(o.id, o.key, o.label, o.description, kind=o.kind, needs_target=o.needs_target)
        for o in session.scalars(select(Outcome).where(Outcome.active).order_by(Outcome.sort_order, Outcome.id)))
    groups = {g.id: g.label for g in session.scalars(select(SkillGroup))}
    skills = tuple(
        SkillOption(s.id, s.key, s.label, s.description, group=groups.get(s.group_id, ""))
        for s in session.scalars(select(Skill).where(Skill.active, Skill.retired_at.is_(None),
                                                     Skill.merged_into_id.is_(None))
                                 .order_by(Skill.sort_order, Skill.id)))
    read_levels = tuple(Option(r.level, str(r.level), r.label, r.description)
                        for r in session.scalars(select(ReadLevel).order_by(ReadLevel.level)))
    desks = tuple(Option(d.id, str(d.id), d.name) for d in session.scalars(select(Desk).order_by(Desk.name)))
    staff = tuple(PersonOption(s.id, s.name, s.initials, s.active)
                  for s in session.scalars(select(Staff).order_by(Staff.name)))
    return ReferenceLists(categories=categories, channels=simple(Channel), patron_types=simple(PatronType),
                          read_levels=read_levels, duration_bands=simple(DurationBand), outcomes=outcomes,
                          referral_targets=simple(ReferralTarget), skills=skills, desks=desks, staff=staff)
