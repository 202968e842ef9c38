"""Skills administration, the proficiency matrix and training records: leaders change them, staff see and
rate only themselves, every change is audited, bad input is refused whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from deskapp.db.models import AuditEvent, Category, CategorySkill, Enquiry, EnquirySkill, Skill, StaffSkill
from deskapp.people import proficiency, skills, training
from deskapp.platform.actor import Actor, PermissionDenied
from tests import report_data as rd


@pytest.fixture
def team(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        bob = rd.staff(session, "Bob Baker", "BB")
        group = skills.list_groups(session)[0].id
    return {"db": db, "lee": Actor.staff_member(lee, "leader"), "ann": Actor.staff_member(ann, "staff"),
            "bob": Actor.staff_member(bob, "staff"), "group": group}


def test_staff_cannot_change_the_skills_list(team):
    with team["db"].write() as session, pytest.raises(PermissionDenied, match="team leader"):
        skills.create_skill(session, team["ann"], team["group"], "Unjam the scanner")


def test_a_leader_adds_a_skill_and_the_change_is_audited(team):
    with team["db"].write() as session:
        skill_id = skills.create_skill(session, team["lee"], team["group"], "  Unjam   the scanner ", 3)
    with team["db"].read() as session:
        skill = session.get(Skill, skill_id)
        assert (skill.label, skill.key, skill.required_level, skill.customised) == (
            "Unjam the scanner", "unjam-the-scanner", 3, True)
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "skill")).one()
        assert (event.action, event.actor, event.entity_id) == ("create", team["lee"].label, str(skill_id))


@pytest.mark.parametrize(("label", "level", "message"), [
    ("", 2, "needs a name"), ("Scanner", 7, "0 \\(none\\) to 4"),
    ("Configure eduroam on Android", 2, "already a skill"),
])
def test_bad_skills_are_refused_with_a_plain_sentence(team, label, level, message):
    with team["db"].write() as session, pytest.raises(skills.SkillError, match=message):
        skills.create_skill(session, team["lee"], team["group"], label, level)


def test_changing_a_categorys_skills_marks_it_customised_so_seeding_keeps_off(team):
    with team["db"].write() as session:
        wifi = session.scalars(select(Category).where(Category.key == "it-wifi")).one()
        skills.set_category_skills(session, team["lee"], wifi.id, [rd.skill_id(session, "vpn-setup")])
    with team["db"].read() as session:
        wifi = session.scalars(select(Category).where(Category.key == "it-wifi")).one()
        assert wifi.customised
        assert skills.category_skills(session, wifi.id) == [rd.skill_id(session, "vpn-setup")]


def test_retiring_a_skill_keeps_its_history(team):
    with team["db"].write() as session:
        front = rd.desk(session, "Front")
        enquiry = rd.enquiry(session, day=date(2026, 3, 2), hour=10, staff_id=team["ann"].staff_id, desk_id=front,
                             skills=("vpn-setup",))
        skills.retire_skill(session, team["lee"], rd.skill_id(session, "vpn-setup"))
    with team["db"].read() as session:
        assert "vpn-setup" not in {s.key for s in skills.list_skills(session)}
        assert session.get(Enquiry, enquiry) is not None
        assert session.scalar(select(EnquirySkill.skill_id).where(EnquirySkill.enquiry_id == enquiry)) == \
            rd.skill_id(session, "vpn-setup")
        assert not session.scalars(select(CategorySkill).where(
            CategorySkill.skill_id == rd.skill_id(session, "vpn-setup"))).all()


def test_merging_keeps_the_higher_level_and_moves_the_category_mapping(team):
    with team["db"].write() as session:
        macos, windows = rd.skill_id(session, "eduroam-macos"), rd.skill_id(session, "eduroam-windows")
        rd.set_level(session, team["ann"].staff_id, "eduroam-macos", 4)
        rd.set_level(session, team["ann"].staff_id, "eduroam-windows", 2)
        rd.set_level(session, team["bob"].staff_id, "eduroam-macos", 3)
        skills.merge_skill(session, team["lee"], macos, windows)
    with team["db"].read() as session:
        assert session.get(Skill, macos).merged_into_id == windows
        assert session.get(StaffSkill, (team["ann"].staff_id, windows)).confirmed_level == 4
        assert session.get(StaffSkill, (team["bob"].staff_id, windows)).confirmed_level == 3
        assert session.get(StaffSkill, (team["ann"].staff_id, macos)).confirmed_level == 4  # history kept
        assert not session.scalars(select(CategorySkill).where(CategorySkill.skill_id == macos)).all()
    with team["db"].write() as session, pytest.raises(skills.SkillError, match="already been merged"):
        skills.merge_skill(session, team["lee"], macos, windows)


def test_self_assessment_and_confirmation_are_both_kept_with_who_and_when(team):
    with team["db"].write() as session:
        wifi = rd.skill_id(session, "eduroam-android")
        proficiency.self_assess(session, team["ann"], wifi, 3)
        proficiency.confirm_level(session, team["lee"], team["ann"].staff_id, wifi, 2)
    with team["db"].read() as session:
        cell = proficiency.matrix(session, team["lee"]).cells[(team["ann"].staff_id, wifi)]
        assert (cell.self_level, cell.confirmed_level, cell.confirmed_by, cell.level) == (3, 2, "Lee Leader", 2)
        assert cell.self_assessed_at is not None and cell.confirmed_at is not None


def test_staff_cannot_confirm_levels_or_see_the_matrix_or_someone_elses_record(team):
    with team["db"].write() as session:
        wifi = rd.skill_id(session, "eduroam-android")
        with pytest.raises(PermissionDenied):
            proficiency.confirm_level(session, team["ann"], team["ann"].staff_id, wifi, 4)
        with pytest.raises(PermissionDenied):
            proficiency.matrix(session, team["ann"])
        with pytest.raises(PermissionDenied):
            proficiency.my_record(session, team["ann"], team["bob"].staff_id)
        assert proficiency.my_record(session, team["ann"]).name == "Ann Archer"


def test_training_records_are_checked_and_staff_see_only_their_own(team):
    with team["db"].write() as session:
        wifi = rd.skill_id(session, "eduroam-android")
        with pytest.raises(training.TrainingError, match="expire before"):
            training.add_training(session, team["lee"], staff_id=team["ann"].staff_id, skill_id=wifi,
                                  kind="course", trained_on=date(2026, 3, 1), expires_on=date(2026, 2, 1))
        with pytest.raises(training.TrainingError, match="kind must be one of"):
            training.add_training(session, team["lee"], staff_id=team["ann"].staff_id, skill_id=wifi,
                                  kind="osmosis", trained_on=date(2026, 3, 1))
        with pytest.raises(PermissionDenied):
            training.add_training(session, team["ann"], staff_id=team["ann"].staff_id, skill_id=wifi,
                                  kind="course", trained_on=date(2026, 3, 1))
        training.add_training(session, team["lee"], staff_id=team["ann"].staff_id, skill_id=wifi, kind="mentoring",
                              trained_on=date(2026, 3, 1), mentor_id=team["bob"].staff_id)
        training.add_training(session, team["lee"], staff_id=team["bob"].staff_id, skill_id=wifi, kind="workshop",
                              trained_on=date(2026, 3, 2), expires_on=date(2027, 3, 2))
    with team["db"].read() as session:
        mine = training.list_training(session, team["ann"])
        assert [(r.staff, r.kind, r.mentor) for r in mine] == [("Ann Archer", "mentoring", "Bob Baker")]
        assert len(training.list_training(session, team["lee"])) == 2
        with pytest.raises(PermissionDenied):
            training.list_training(session, team["ann"], team["bob"].staff_id)


def test_checklist_items_follow_a_merged_skill(db):
    from deskapp.db.models import ChecklistItem

    leader = Actor.cli()
    with db.write() as session:
        item = session.scalar(select(ChecklistItem).where(ChecklistItem.skill_id.is_not(None)))
        assert item is not None, "the starter checklists link some items to skills"
        source = item.skill_id
        target = session.scalar(select(Skill.id).where(Skill.id != source, Skill.retired_at.is_(None)))
        skills.merge_skill(session, leader, source, target)
    with db.read() as session:
        assert session.scalar(select(ChecklistItem.skill_id).where(ChecklistItem.id == item.id)) == target
        assert not session.scalar(select(ChecklistItem.id).where(ChecklistItem.skill_id == source))
