"""Checklists: runs keep their snapshot, ticks record who and when, overdue flags, new-starter training."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from deskapp.checklists.records import ChecklistError, ItemSpec, TemplateDraft
from deskapp.checklists.runs import due_today, get_run, run_history, set_item_note, set_run_notes, start_run, tick_item
from deskapp.checklists.templates import edit_template, get_template, list_templates, template_id_for_key
from deskapp.db import Database
from deskapp.db.models import TrainingRecord
from deskapp.platform.actor import PermissionDenied
from tests.guide_helpers import make_people

# A fixed morning in UTC, read in UTC, so due times are unambiguous.
MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def world(db: Database):
    people = make_people(db)
    with db.read() as session:
        opening = template_id_for_key(session, "desk-opening")
    return db, people, opening


def test_starter_checklists_exist(db: Database):
    with db.read() as session:
        keys = {t.key for t in list_templates(session)}
    assert {"desk-opening", "desk-closing", "new-starter-first-week", "loan-laptop-checkin"} <= keys


def test_a_run_keeps_its_items_when_the_template_is_edited_later(world):
    db, people, opening = world
    with db.write() as session:
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)
        before = get_template(session, opening)
    with db.write() as session:
        version = edit_template(session, people.leader, opening, TemplateDraft(
            before.summary.title, before.summary.description, "daily", "09:15",
            (ItemSpec("only-item", "A brand new single item"),)))
    with db.read() as session:
        run = get_run(session, run_id, now=MORNING)
    assert version == before.summary.version + 1
    assert run.template_version == before.summary.version
    assert [i.key for i in run.items] == [i.key for i in before.items]


def test_ticking_records_who_and_when_and_completes_the_run(world):
    db, people, opening = world
    with db.write() as session:
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)
        items = get_run(session, run_id, now=MORNING).items
    for item in items:
        actor = people.leader if item.role == "leader" else people.staff
        with db.write() as session:
            result = tick_item(session, actor, item.id, now=MORNING + timedelta(minutes=5))
    assert result.run_completed
    with db.read() as session:
        run = get_run(session, run_id, now=MORNING)
    assert run.completed_at is not None
    assert all(i.ticked_by in ("Sam Staff", "Lee Leader") and i.ticked_at for i in run.items)
    with db.write() as session:
        tick_item(session, people.leader, items[0].id, False)
    with db.read() as session:
        assert get_run(session, run_id).completed_at is None


def test_staff_cannot_tick_a_leaders_item(world):
    db, people, _opening = world
    with db.write() as session:
        starter = template_id_for_key(session, "new-starter-first-week")
        run_id = start_run(session, people.leader, starter, subject_staff_id=people.other_staff.staff_id)
        leader_item = next(i for i in get_run(session, run_id).items if i.role == "leader")
    with db.write() as session, pytest.raises(PermissionDenied):
        tick_item(session, people.staff, leader_item.id)


def test_required_items_left_after_the_due_time_are_overdue(world):
    db, people, opening = world
    with db.write() as session:
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)
    late = MORNING + timedelta(hours=3)
    with db.read() as session:
        run = get_run(session, run_id, now=late)
        on_time = get_run(session, run_id, now=MORNING)
        history = run_history(session, opening, now=late)
    assert run.overdue and any(i.overdue for i in run.items)
    assert all(not i.overdue for i in run.items if not i.required)
    assert not on_time.overdue
    assert history[0].id == run_id and history[0].overdue


def test_todays_due_list_shows_daily_checklists_started_or_not(world):
    db, people, opening = world
    with db.read() as session:
        due = {d.template_id: d for d in due_today(session, people.desk_id, now=MORNING, zone=UTC)}
    assert due[opening].run_id is None and not due[opening].overdue
    with db.write() as session:
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)
    with db.read() as session:
        due = {d.template_id: d for d in due_today(session, people.desk_id, now=MORNING + timedelta(hours=4),
                                                     zone=UTC)}
    assert due[opening].run_id == run_id and due[opening].overdue
    assert due[opening].required_done == 0 < due[opening].required_total
    with db.write() as session, pytest.raises(ChecklistError, match="already been started today"):
        start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)


def test_a_new_starters_skill_item_adds_a_training_record_and_untick_removes_it(world):
    db, people, _opening = world
    newcomer = people.other_staff.staff_id
    with db.write() as session:
        starter = template_id_for_key(session, "new-starter-first-week")
        with pytest.raises(ChecklistError, match="choose who"):
            start_run(session, people.leader, starter)
    with db.write() as session:
        run_id = start_run(session, people.leader, starter, subject_staff_id=newcomer)
        item = next(i for i in get_run(session, run_id).items if i.key == "shadow-eduroam-android")
    with db.write() as session:
        result = tick_item(session, people.staff, item.id)
    with db.read() as session:
        record = session.get(TrainingRecord, result.training_record_id)
        assert (record.staff_id, record.kind, record.skill_id) == (newcomer, "checklist", item.skill_id)
        assert get_run(session, run_id).subject_name == "Nia New"
    with db.write() as session:
        tick_item(session, people.staff, item.id, False)
    with db.read() as session:
        assert session.scalars(select(TrainingRecord).where(TrainingRecord.staff_id == newcomer)).all() == []


def test_notes_on_runs_and_items_are_kept(world):
    db, people, opening = world
    with db.write() as session:
        run_id = start_run(session, people.staff, opening, desk_id=people.desk_id, now=MORNING, zone=UTC)
        item_id = get_run(session, run_id).items[0].id
        set_run_notes(session, people.staff, run_id, "Printer 2 jammed")
        set_item_note(session, people.staff, item_id, "Done late")
    with db.read() as session:
        run = get_run(session, run_id)
    assert run.notes == "Printer 2 jammed" and run.items[0].note == "Done late"


def test_only_leaders_edit_templates_and_bad_drafts_are_refused(world):
    db, people, opening = world
    draft = TemplateDraft("Desk opening", "", "daily", "9am", (ItemSpec("a", "A"),))
    with db.write() as session, pytest.raises(PermissionDenied):
        edit_template(session, people.staff, opening, draft)
    with db.write() as session, pytest.raises(ChecklistError, match="09:15"):
        edit_template(session, people.leader, opening, draft)


def test_seeding_again_leaves_a_checklist_edited_in_the_app_alone(world):
    from deskapp.startup.seed import seed

    db, people, opening = world
    with db.write() as session:
        edit_template(session, people.leader, opening, TemplateDraft(
            "Our opening", "", "daily", "09:00", (ItemSpec("lights", "Lights on"),)))
    with db.write() as session:
        seed(session, force=True)
    with db.read() as session:
        template = get_template(session, opening)
    assert template.summary.title == "Our opening" and [i.key for i in template.items] == ["lights"]


def test_a_new_items_key_never_revives_a_removed_items_key(world):
    from deskapp.checklists.templates import fresh_item_key, used_item_keys

    db, people, opening = world
    with db.write() as session:
        old_keys = {i.key for i in get_template(session, opening).items}
        edit_template(session, people.leader, opening, TemplateDraft(
            "Desk opening", "", "daily", "09:00", (ItemSpec("lights", "Lights on"),)))
    with db.read() as session:
        taken = used_item_keys(session, opening)
    assert old_keys <= taken  # removed items keep their keys
    assert fresh_item_key("Lights on!", taken) == "lights-on"
    assert fresh_item_key("Lights on", taken | {"lights-on"}) == "lights-on-2"
    assert fresh_item_key("???", taken) == "item"
