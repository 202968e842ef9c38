"""Troubleshooting guides: list, read, create, edit (every edit a version), propose and publish, feedback,
the review queue, and the links to categories and skills.

Who may do what (checked here, whoever calls): anyone signed in reads guides, gives feedback and proposes
edits; team leaders (and the CLI operator) create published guides, edit directly, publish or reject
proposals, archive, mark reviewed and change links. A staff member's new guide starts as a draft proposal.
Every change records an audit event in the same transaction, and re-indexes the guide for search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from deskapp.db.core import rows_matched, table_of
from deskapp.db.models import (
    Category,
    Enquiry,
    EnquiryGuide,
    Guide,
    GuideCategory,
    GuideFeedback,
    GuideSkill,
    GuideVersion,
    Skill,
    Staff,
)
from deskapp.guides.format import KEY_PATTERN, GuideFormatError, join_tags, parse_steps, split_tags
from deskapp.guides.search import index_guide
from deskapp.platform import audit
from deskapp.platform.actor import Actor
from deskapp.platform.i18n import N_, _
from deskapp.platform.localtime import local_zone

FEEDBACK_KINDS = ("helpful", "not-helpful", "outdated")
REVIEW_INTERVAL = timedelta(days=365)
DEFAULT_UNUSED_MONTHS = 6


class GuideError(ValueError):
    """A guide operation was refused; the message says why in one sentence."""


class GuideNotFound(GuideError):
    pass


@dataclass(frozen=True)
class GuideDraft:
    """What an author writes. Links (None: leave as they are) apply only when a leader edits directly."""

    title: str
    summary: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    category_ids: tuple[int, ...] | None = None
    skill_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class GuideSummary:
    id: int
    key: str
    title: str
    summary: str
    status: str
    current_version: int
    review_due_on: date | None


@dataclass(frozen=True)
class GuideDetail:
    id: int
    key: str
    title: str
    summary: str
    body: str
    tags: tuple[str, ...]
    status: str
    current_version: int
    owner_id: int | None
    last_reviewed_on: date | None
    review_due_on: date | None
    category_ids: tuple[int, ...]
    skill_ids: tuple[int, ...]
    category_keys: tuple[str, ...]
    skill_keys: tuple[str, ...]
    customised: bool
    updated_at: datetime
    helpful_count: int
    outdated_open_count: int
    pending_proposals: int


@dataclass(frozen=True)
class VersionInfo:
    number: int
    title: str
    summary: str
    body: str
    tags: tuple[str, ...]
    status: str
    author: str
    created_at: datetime
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_comment: str


@dataclass(frozen=True)
class FeedbackInfo:
    id: int
    kind: str
    comment: str
    version_number: int
    staff_name: str | None
    created_at: datetime
    resolved: bool


@dataclass(frozen=True)
class ReviewItem:
    guide_id: int
    title: str
    reasons: tuple[str, ...]  # "outdated", "unused", "review-due", "proposed"
    outdated_count: int
    pending_proposals: int
    last_used_at: datetime | None
    review_due_on: date | None


def _today() -> date:
    return datetime.now(local_zone()).date()


def _guide(session: Session, guide_id: int) -> Guide:
    guide = session.get(Guide, guide_id)
    if guide is None:
        raise GuideNotFound(_("There is no guide with id {guide_id}.").format(guide_id=guide_id))
    return guide


def _check_draft(draft: GuideDraft) -> None:
    if not draft.title.strip():
        raise GuideError(_("A guide needs a title."))
    if len(draft.title) > 200:
        raise GuideError(_("A guide title must be at most 200 characters."))
    try:
        parse_steps(draft.body)
    except GuideFormatError as error:
        raise GuideError(_("The guide text has a problem: {error}").format(error=error)) from None


def _check_links(session: Session, draft: GuideDraft) -> None:
    for ids, model, name in ((draft.category_ids, Category, "category"), (draft.skill_ids, Skill, "skill")):
        if ids:
            found = set(session.scalars(select(model.id).where(model.id.in_(ids))))
            missing = sorted(set(ids) - found)
            if missing:
                raise GuideError(_("There is no {name} with id {missing}.").format(name=name, missing=missing[0]))


def _set_links(session: Session, guide_id: int, category_ids: Sequence[int] | None,
               skill_ids: Sequence[int] | None) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for ids, model, column, name in ((category_ids, GuideCategory, GuideCategory.category_id, "categories"),
                                      (skill_ids, GuideSkill, GuideSkill.skill_id, "skills")):
        if ids is None:
            continue
        before = sorted(session.scalars(select(column).where(model.guide_id == guide_id)))
        after = sorted(set(ids))
        if before != after:
            session.execute(delete(model).where(model.guide_id == guide_id))
            field = "category_id" if model is GuideCategory else "skill_id"
            session.add_all(model(guide_id=guide_id, **{field: value}) for value in after)
            changes[name] = [before, after]
    return changes


def _version_row(guide_id: int, number: int, draft: GuideDraft, status: str, actor: Actor | None,
                 author_label: str = "") -> GuideVersion:
    return GuideVersion(guide_id=guide_id, number=number, title=draft.title.strip(), summary=draft.summary.strip(),
                        body=draft.body, tags=join_tags(draft.tags), status=status,
                        author_id=actor.staff_id if actor else None,
                        author_label=author_label or (actor.label if actor else ""))


def _next_number(session: Session, guide_id: int) -> int:
    return (session.scalar(select(func.max(GuideVersion.number)).where(GuideVersion.guide_id == guide_id)) or 0) + 1


def _apply_version(session: Session, guide: Guide, version: GuideVersion, *,
                   reindex: bool = True) -> dict[str, list[Any]]:
    """Make `version` the published text of `guide`; the previously published version is superseded."""
    before = {"title": guide.title, "summary": guide.summary, "body": guide.body, "tags": guide.tags,
              "current_version": guide.current_version, "status": guide.status}
    session.execute(table_of(GuideVersion).update()
                    .where(GuideVersion.guide_id == guide.id, GuideVersion.status == "published",
                           GuideVersion.number != version.number)
                    .values(status="superseded"))
    version.status = "published"
    guide.title, guide.summary, guide.body, guide.tags = version.title, version.summary, version.body, version.tags
    guide.current_version = version.number
    if guide.status == "draft":
        guide.status = "published"
    after = {"title": guide.title, "summary": guide.summary, "body": guide.body, "tags": guide.tags,
             "current_version": guide.current_version, "status": guide.status}
    session.flush()
    if reindex:
        index_guide(session, guide.id)
    return audit.diff(before, after)


# ---- reading ---------------------------------------------------------------------------------------------

def _summary(guide: Guide) -> GuideSummary:
    return GuideSummary(guide.id, guide.key, guide.title, guide.summary, guide.status, guide.current_version,
                        guide.review_due_on)


def list_guides(session: Session, *, include_unpublished: bool = False, offset: int = 0,
                limit: int | None = None) -> list[GuideSummary]:
    statement = select(Guide).order_by(Guide.title, Guide.id).offset(offset).limit(limit)
    if not include_unpublished:
        statement = statement.where(Guide.status == "published")
    return [_summary(g) for g in session.scalars(statement)]


def count_guides(session: Session, *, include_unpublished: bool = False) -> int:
    statement = select(func.count()).select_from(Guide)
    if not include_unpublished:
        statement = statement.where(Guide.status == "published")
    return int(session.scalar(statement) or 0)


def guide_id_for_key(session: Session, key: str) -> int | None:
    return session.scalar(select(Guide.id).where(Guide.key == key))


def get_guide(session: Session, guide_id: int) -> GuideDetail:
    guide = _guide(session, guide_id)
    categories = session.execute(select(Category.id, Category.key).join(GuideCategory)
                                 .where(GuideCategory.guide_id == guide_id).order_by(Category.sort_order)).all()
    skills = session.execute(select(Skill.id, Skill.key).join(GuideSkill)
                             .where(GuideSkill.guide_id == guide_id).order_by(Skill.sort_order)).all()
    counts = session.execute(
        select(func.count().filter(GuideFeedback.kind == "helpful"),
               func.count().filter(GuideFeedback.kind == "outdated", GuideFeedback.resolved_at.is_(None)))
        .where(GuideFeedback.guide_id == guide_id)).one()
    pending = session.scalar(select(func.count()).select_from(GuideVersion)
                             .where(GuideVersion.guide_id == guide_id, GuideVersion.status == "proposed"))
    return GuideDetail(
        guide.id, guide.key, guide.title, guide.summary, guide.body, split_tags(guide.tags), guide.status,
        guide.current_version, guide.owner_id, guide.last_reviewed_on, guide.review_due_on,
        tuple(c.id for c in categories), tuple(s.id for s in skills), tuple(c.key for c in categories),
        tuple(s.key for s in skills), guide.customised, guide.updated_at, int(counts[0]), int(counts[1]),
        int(pending or 0))


def tags_in_use(session: Session) -> list[str]:
    """Every tag on a guide, for type-ahead when tagging (a few hundred guides at most hold tags)."""
    found = {tag for text in session.scalars(select(Guide.tags).where(Guide.tags != "").distinct())
             for tag in split_tags(text)}
    return sorted(found, key=str.casefold)


def guides_for_category(session: Session, category_id: int, limit: int = 10) -> list[GuideSummary]:
    """Published guides linked to a category, the most used first."""
    uses = (select(EnquiryGuide.guide_id, func.count().label("uses")).group_by(EnquiryGuide.guide_id).subquery())
    statement = (select(Guide).join(GuideCategory, GuideCategory.guide_id == Guide.id)
                 .outerjoin(uses, uses.c.guide_id == Guide.id)
                 .where(GuideCategory.category_id == category_id, Guide.status == "published")
                 .order_by(func.coalesce(uses.c.uses, 0).desc(), Guide.title).limit(limit))
    return [_summary(g) for g in session.scalars(statement)]


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def versions(session: Session, guide_id: int) -> list[VersionInfo]:
    """Every version of a guide, newest first, with author and review."""
    _guide(session, guide_id)
    rows = list(session.scalars(select(GuideVersion).where(GuideVersion.guide_id == guide_id)
                                .order_by(GuideVersion.number.desc())))
    names = _staff_names(session, {r.author_id for r in rows if r.author_id} |
                         {r.reviewed_by_id for r in rows if r.reviewed_by_id})
    return [VersionInfo(r.number, r.title, r.summary, r.body, split_tags(r.tags), r.status,
                        names.get(r.author_id or 0, r.author_label), r.created_at,
                        names.get(r.reviewed_by_id) if r.reviewed_by_id else None, r.reviewed_at,
                        r.review_comment) for r in rows]


def feedback_for(session: Session, guide_id: int, limit: int = 50) -> list[FeedbackInfo]:
    rows = list(session.scalars(select(GuideFeedback).where(GuideFeedback.guide_id == guide_id)
                                .order_by(GuideFeedback.created_at.desc(), GuideFeedback.id.desc()).limit(limit)))
    names = _staff_names(session, {r.staff_id for r in rows if r.staff_id})
    return [FeedbackInfo(r.id, r.kind, r.comment, r.version_number, names.get(r.staff_id or 0), r.created_at,
                         r.resolved_at is not None) for r in rows]


# ---- writing ---------------------------------------------------------------------------------------------

def create_guide(session: Session, actor: Actor, key: str, draft: GuideDraft, *,
                 author_label: str = "") -> int:
    """A new guide: published at once when a leader writes it, else a draft awaiting a leader."""
    if not KEY_PATTERN.match(key or "") or len(key) > 100:
        raise GuideError(_("A guide key is lowercase letters, digits and hyphens, like 'eduroam-android'."))
    if guide_id_for_key(session, key) is not None:
        raise GuideError(_("A guide with the key '{key}' already exists.").format(key=key))
    _check_draft(draft)
    _check_links(session, draft)
    published = actor.is_leader
    guide = Guide(key=key, title=draft.title.strip(), summary=draft.summary.strip(),
                  body=draft.body if published else "", tags=join_tags(draft.tags) if published else "",
                  status="published" if published else "draft", owner_id=actor.staff_id, current_version=1,
                  review_due_on=_today() + REVIEW_INTERVAL, customised=True)
    session.add(guide)
    session.flush()
    session.add(_version_row(guide.id, 1, draft, "published" if published else "proposed", actor, author_label))
    links = _set_links(session, guide.id, draft.category_ids or (), draft.skill_ids or ())
    index_guide(session, guide.id)
    audit.record(session, actor, "create", "guide", guide.id,
                 {"key": key, "title": guide.title, "status": guide.status, **links})
    return guide.id


def edit_guide(session: Session, actor: Actor, guide_id: int, draft: GuideDraft, comment: str = "") -> int:
    """A leader's edit: published at once as a new version. Returns the version number."""
    actor.require("leader", N_("publish a guide edit (propose it instead)"))
    guide = _guide(session, guide_id)
    _check_draft(draft)
    _check_links(session, draft)
    version = _version_row(guide.id, _next_number(session, guide.id), draft, "published", actor)
    version.reviewed_by_id, version.reviewed_at, version.review_comment = actor.staff_id, datetime.now(UTC), comment
    session.add(version)
    session.flush()
    changes = _apply_version(session, guide, version)
    changes |= _set_links(session, guide.id, draft.category_ids, draft.skill_ids)
    guide.customised = True
    audit.record(session, actor, "edit", "guide", guide.id, {**changes, "version": version.number})
    return version.number


def propose_edit(session: Session, actor: Actor, guide_id: int, draft: GuideDraft, comment: str = "") -> int:
    """Anyone may propose an edit; it waits for a team leader. Returns the proposed version number."""
    guide = _guide(session, guide_id)
    _check_draft(draft)
    version = _version_row(guide.id, _next_number(session, guide.id), draft, "proposed", actor)
    version.review_comment = comment.strip()
    session.add(version)
    session.flush()
    audit.record(session, actor, "propose", "guide", guide.id, {"version": version.number, "title": version.title})
    return version.number


def _proposal(session: Session, guide_id: int, number: int) -> GuideVersion:
    version = session.scalars(select(GuideVersion).where(GuideVersion.guide_id == guide_id,
                                                         GuideVersion.number == number)).one_or_none()
    if version is None:
        raise GuideError(_("Guide {guide_id} has no version {number}.").format(guide_id=guide_id, number=number))
    if version.status != "proposed":
        raise GuideError(_("Version {number} is {status}, not waiting for review.").format(
                number=number,
                status=version.status))
    return version


def publish_version(session: Session, actor: Actor, guide_id: int, number: int, comment: str = "") -> None:
    actor.require("leader", N_("publish a guide edit"))
    guide = _guide(session, guide_id)
    version = _proposal(session, guide_id, number)
    version.reviewed_by_id, version.reviewed_at, version.review_comment = (
        actor.staff_id, datetime.now(UTC), comment.strip() or version.review_comment)
    changes = _apply_version(session, guide, version)
    guide.customised = True
    audit.record(session, actor, "publish", "guide", guide.id, {**changes, "version": number})


def reject_version(session: Session, actor: Actor, guide_id: int, number: int, comment: str) -> None:
    actor.require("leader", N_("reject a guide edit"))
    if not comment.strip():
        raise GuideError(_("Say in a few words why the edit is rejected, so its author can learn from it."))
    version = _proposal(session, guide_id, number)
    version.status = "rejected"
    version.reviewed_by_id, version.reviewed_at, version.review_comment = actor.staff_id, datetime.now(UTC), comment
    audit.record(session, actor, "reject", "guide", guide_id, {"version": number, "comment": comment})


def add_feedback(session: Session, actor: Actor, guide_id: int, kind: str, comment: str = "") -> int:
    if kind not in FEEDBACK_KINDS:
        raise GuideError(_("Feedback must be one of: {value}.").format(value=', '.join(FEEDBACK_KINDS)))
    if kind == "outdated" and not comment.strip():
        raise GuideError(_("Say what is out of date, so a team leader can fix it."))
    guide = _guide(session, guide_id)
    row = GuideFeedback(guide_id=guide_id, version_number=guide.current_version, staff_id=actor.staff_id,
                        kind=kind, comment=comment.strip())
    session.add(row)
    session.flush()
    audit.record(session, actor, "feedback", "guide", guide_id, {"kind": kind, "comment": row.comment})
    return row.id


def mark_reviewed(session: Session, actor: Actor, guide_id: int, next_review_on: date | None = None) -> None:
    """A leader confirms the guide is current: outdated flags are resolved and the next review is set."""
    actor.require("leader", N_("mark a guide as reviewed"))
    guide = _guide(session, guide_id)
    today = _today()
    before = {"last_reviewed_on": guide.last_reviewed_on, "review_due_on": guide.review_due_on}
    guide.last_reviewed_on = today
    guide.review_due_on = next_review_on or today + REVIEW_INTERVAL
    resolved = rows_matched(session.execute(table_of(GuideFeedback).update()
                                            .where(GuideFeedback.guide_id == guide_id,
                                                   GuideFeedback.kind == "outdated",
                                                   GuideFeedback.resolved_at.is_(None))
                                            .values(resolved_at=datetime.now(UTC), resolved_by_id=actor.staff_id)))
    after = {"last_reviewed_on": guide.last_reviewed_on, "review_due_on": guide.review_due_on}
    changes = {k: [str(v[0]) if v[0] else None, str(v[1])] for k, v in audit.diff(before, after).items()}
    audit.record(session, actor, "review", "guide", guide_id, {**changes, "resolved_outdated": resolved})


def set_links(session: Session, actor: Actor, guide_id: int, category_ids: Sequence[int] | None,
              skill_ids: Sequence[int] | None) -> None:
    actor.require("leader", N_("change which categories and skills a guide belongs to"))
    guide = _guide(session, guide_id)
    draft = GuideDraft(title="-", category_ids=tuple(category_ids or ()), skill_ids=tuple(skill_ids or ()))
    _check_links(session, draft)
    changes = _set_links(session, guide_id, category_ids, skill_ids)
    if changes:
        guide.customised = True
        audit.record(session, actor, "links", "guide", guide_id, changes)


def archive_guide(session: Session, actor: Actor, guide_id: int) -> None:
    actor.require("leader", N_("archive a guide"))
    guide = _guide(session, guide_id)
    if guide.status != "archived":
        audit.record(session, actor, "archive", "guide", guide_id, {"status": [guide.status, "archived"]})
        guide.status = "archived"
        guide.customised = True
        index_guide(session, guide_id)


# ---- review queue ----------------------------------------------------------------------------------------

def review_queue(session: Session, today: date | None = None,
                 unused_months: int = DEFAULT_UNUSED_MONTHS) -> list[ReviewItem]:
    """Guides a leader should look at: flagged outdated, unused for months, past review date, or with
    proposals waiting. Aggregated in SQL."""
    today = today or _today()
    cutoff = datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=30 * unused_months)
    outdated = (select(GuideFeedback.guide_id, func.count().label("n"))
                .where(GuideFeedback.kind == "outdated", GuideFeedback.resolved_at.is_(None))
                .group_by(GuideFeedback.guide_id).subquery())
    proposed = (select(GuideVersion.guide_id, func.count().label("n")).where(GuideVersion.status == "proposed")
                .group_by(GuideVersion.guide_id).subquery())
    used = (select(EnquiryGuide.guide_id, func.max(Enquiry.asked_at).label("last"))
            .join(Enquiry, Enquiry.id == EnquiryGuide.enquiry_id).group_by(EnquiryGuide.guide_id).subquery())
    felt = (select(GuideFeedback.guide_id, func.max(GuideFeedback.created_at).label("last"))
            .group_by(GuideFeedback.guide_id).subquery())
    rows = session.execute(
        select(Guide.id, Guide.title, Guide.review_due_on, Guide.created_at, func.coalesce(outdated.c.n, 0),
               func.coalesce(proposed.c.n, 0), used.c.last, felt.c.last)
        .outerjoin(outdated, outdated.c.guide_id == Guide.id)
        .outerjoin(proposed, proposed.c.guide_id == Guide.id)
        .outerjoin(used, used.c.guide_id == Guide.id)
        .outerjoin(felt, felt.c.guide_id == Guide.id)
        .where(Guide.status != "archived")
        .where(or_(outdated.c.n > 0, proposed.c.n > 0, Guide.review_due_on < today,
                   (Guide.created_at < cutoff) & func.coalesce(used.c.last, felt.c.last).is_(None),
                   func.coalesce(used.c.last, cutoff) < cutoff))
        .order_by(func.coalesce(outdated.c.n, 0).desc(), Guide.review_due_on, Guide.title)
    ).all()
    items = []
    for gid, title, due, created, n_outdated, n_proposed, last_used, last_feedback in rows:
        reasons = []
        if n_outdated:
            reasons.append("outdated")
        if n_proposed:
            reasons.append("proposed")
        if due is not None and due < today:
            reasons.append("review-due")
        last = max((t for t in (last_used, last_feedback) if t is not None), default=None)
        if (last is None and created < cutoff) or (last_used is not None and last_used < cutoff
                                                   and (last_feedback is None or last_feedback < cutoff)):
            reasons.append("unused")
        if reasons:
            items.append(ReviewItem(gid, title, tuple(reasons), int(n_outdated), int(n_proposed), last_used, due))
    return items
