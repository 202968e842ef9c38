"""Guides for the enquiry in hand: what the desk's guide panel lists while an enquiry is being logged.

Three signals, each from what the form holds so far: the guides linked to the chosen category, the guides
linked to the skills chosen (filled in from the category, or added by hand), and the guides a search for
the typed words finds (deskapp.guides.search). The order: how many of the three a guide has; then how
many of the chosen skills it covers; then its place in the search; then how often the desk used it.
So a guide for the category that also matches what is typed comes before one that only fits the category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.db.models import EnquiryGuide, Guide, GuideCategory, GuideSkill
from deskapp.guides.search import search_guides

MIN_WORDS = 3  # characters typed before the words count
SEARCH_POOL = 10
LINKED_POOL = 50


@dataclass(frozen=True)
class Suggestion:
    guide_id: int
    title: str
    snippet: str  # HTML: the search passage when the words matched, else the summary (escaped)
    category: bool  # linked to the chosen category
    skills: int  # how many of the chosen skills it is linked to
    found: bool  # the typed words found it


def suggest_guides(session: Session, category_id: int | None, skill_ids: Sequence[int], words: str,
                   limit: int = 8) -> list[Suggestion]:
    """The published guides for what the enquiry holds so far, best first (see the module docstring)."""
    in_category: set[int] = set()
    if category_id is not None:
        in_category = set(session.scalars(select(GuideCategory.guide_id)
                                          .where(GuideCategory.category_id == category_id).limit(LINKED_POOL)))
    skills: dict[int, int] = {}
    if skill_ids:
        rows = session.execute(select(GuideSkill.guide_id, func.count()).where(GuideSkill.skill_id.in_(skill_ids))
                               .group_by(GuideSkill.guide_id).limit(LINKED_POOL))
        skills = {int(gid): int(n) for gid, n in rows}
    hits = search_guides(session, words, SEARCH_POOL) if len(words.strip()) >= MIN_WORDS else []
    place = {hit.guide_id: i for i, hit in enumerate(hits)}
    ids = in_category | set(skills) | set(place)
    if not ids:
        return []
    uses = dict(session.execute(select(EnquiryGuide.guide_id, func.count()).where(EnquiryGuide.guide_id.in_(ids))
                                .group_by(EnquiryGuide.guide_id)).all())
    guides = {g.id: g for g in session.scalars(select(Guide).where(Guide.id.in_(ids), Guide.status == "published"))}
    snippets = {hit.guide_id: hit.snippet for hit in hits}

    def order(gid: int) -> tuple[int, int, int, int, str]:
        signals = (gid in in_category) + (gid in skills) + (gid in place)
        return (-signals, -skills.get(gid, 0), place.get(gid, SEARCH_POOL), -uses.get(gid, 0), guides[gid].title)

    ranked = sorted(guides, key=order)[:limit]
    return [Suggestion(gid, guides[gid].title, snippets.get(gid) or _escape(guides[gid].summary),
                       gid in in_category, skills.get(gid, 0), gid in place) for gid in ranked]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
