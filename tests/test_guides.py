"""Guides: every edit a version; staff propose, leaders publish; feedback; the review queue."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Category, Enquiry, EnquiryGuide, Guide
from deskapp.guides.guides import (
    GuideDraft,
    GuideError,
    add_feedback,
    edit_guide,
    get_guide,
    guide_id_for_key,
    guides_for_category,
    mark_reviewed,
    propose_edit,
    publish_version,
    reject_version,
    review_queue,
    versions,
)
from deskapp.platform.actor import PermissionDenied
from tests.guide_helpers import make_people

BODY = "## 1. Check\nLook at it.\n\n? Fixed?\n- Yes → 2\n- No → 2\n\n## 2. Log it\nDone.\n"


@pytest.fixture
def world(db: Database):
    people = make_people(db)
    with db.read() as session:
        guide_id = guide_id_for_key(session, "password-reset")
    return db, people, guide_id


def test_a_leaders_edit_is_a_new_published_version_with_author_and_time(world):
    db, people, guide_id = world
    with db.write() as session:
        number = edit_guide(session, people.leader, guide_id, GuideDraft("Reset a password", "S", BODY, ("pw",)))
    with db.read() as session:
        history = versions(session, guide_id)
        guide = get_guide(session, guide_id)
    assert number == 2 and guide.current_version == 2 and guide.title == "Reset a password"
    assert [(v.number, v.status) for v in history] == [(2, "published"), (1, "superseded")]
    assert history[0].author == "Lee Leader" and history[0].created_at.tzinfo is not None
    assert guide.customised


def test_staff_cannot_publish_directly_but_can_propose_and_a_leader_publishes(world):
    db, people, guide_id = world
    with db.write() as session, pytest.raises(PermissionDenied):
        edit_guide(session, people.staff, guide_id, GuideDraft("Mine", "", BODY))
    with db.write() as session:
        number = propose_edit(session, people.staff, guide_id, GuideDraft("Better title", "", BODY), "clearer")
    with db.read() as session:
        assert get_guide(session, guide_id).title != "Better title"
        assert get_guide(session, guide_id).pending_proposals == 1
    with db.write() as session, pytest.raises(PermissionDenied):
        publish_version(session, people.other_staff, guide_id, number)
    with db.write() as session:
        publish_version(session, people.leader, guide_id, number, "thanks")
    with db.read() as session:
        guide = get_guide(session, guide_id)
        history = versions(session, guide_id)
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "guide")))
    assert guide.title == "Better title" and guide.current_version == number
    assert history[0].author == "Sam Staff" and history[0].reviewed_by == "Lee Leader"
    assert actions == ["propose", "publish"]


def test_a_rejected_proposal_needs_a_reason_and_changes_nothing(world):
    db, people, guide_id = world
    with db.write() as session:
        number = propose_edit(session, people.staff, guide_id, GuideDraft("Worse", "", BODY))
    with db.write() as session, pytest.raises(GuideError, match="why"):
        reject_version(session, people.leader, guide_id, number, " ")
    with db.write() as session:
        reject_version(session, people.leader, guide_id, number, "Steps are out of order")
    with db.read() as session:
        assert get_guide(session, guide_id).title != "Worse"
        assert versions(session, guide_id)[0].status == "rejected"
    with db.write() as session, pytest.raises(GuideError, match="not waiting"):
        publish_version(session, people.leader, guide_id, number)


def test_a_proposal_with_broken_branches_is_refused_and_nothing_is_saved(world):
    db, people, guide_id = world
    with db.write() as session, pytest.raises(GuideError, match="does not exist"):
        propose_edit(session, people.staff, guide_id, GuideDraft("T", "", "## 1. A\n? Q\n- Yes → 9\n"))
    with db.read() as session:
        assert len(versions(session, guide_id)) == 1


def test_feedback_is_recorded_and_outdated_needs_a_comment(world):
    db, people, guide_id = world
    with db.write() as session:
        add_feedback(session, people.staff, guide_id, "helpful")
    with db.write() as session, pytest.raises(GuideError, match="out of date"):
        add_feedback(session, people.staff, guide_id, "outdated", "")
    with db.write() as session:
        add_feedback(session, people.staff, guide_id, "outdated", "The reset page moved")
    with db.read() as session:
        guide = get_guide(session, guide_id)
    assert (guide.helpful_count, guide.outdated_open_count) == (1, 1)


def test_the_review_queue_lists_outdated_unused_and_overdue_guides_until_reviewed(world):
    db, people, guide_id = world
    today = date.today()
    with db.write() as session:
        add_feedback(session, people.staff, guide_id, "outdated", "The reset page moved")
        overdue = guide_id_for_key(session, "room-booking")
        session.get(Guide, overdue).review_due_on = today - timedelta(days=1)
        old = guide_id_for_key(session, "scan-to-email")
        session.get(Guide, old).created_at = datetime.now(UTC) - timedelta(days=400)
        used = guide_id_for_key(session, "vpn-remote-access")
        session.get(Guide, used).created_at = datetime.now(UTC) - timedelta(days=400)
        enquiry = Enquiry(asked_at=datetime.now(UTC), asked_local_date=today, asked_hour_of_week=10,
                          staff_id=people.staff.staff_id, desk_id=people.desk_id,
                          category_id=session.scalar(select(Category.id).limit(1)), channel_id=1, outcome_id=1)
        session.add(enquiry)
        session.flush()
        session.add(EnquiryGuide(enquiry_id=enquiry.id, guide_id=used, helped=True))
    with db.read() as session:
        queue = {item.guide_id: item.reasons for item in review_queue(session, today)}
    assert "outdated" in queue[guide_id]
    assert "review-due" in queue[overdue]
    assert queue[old] == ("unused",)
    assert used not in queue
    with db.write() as session, pytest.raises(PermissionDenied):
        mark_reviewed(session, people.staff, guide_id)
    with db.write() as session:
        mark_reviewed(session, people.leader, guide_id)
    with db.read() as session:
        assert guide_id not in {item.guide_id for item in review_queue(session, today)}
        assert get_guide(session, guide_id).last_reviewed_on is not None


def test_guides_for_a_category_are_the_linked_published_ones(world):
    db, _people, _guide_id = world
    with db.read() as session:
        wifi = session.scalar(select(Category.id).where(Category.key == "it-wifi"))
        titles = [g.title for g in guides_for_category(session, wifi)]
    assert titles and all("eduroam" in t for t in titles)
