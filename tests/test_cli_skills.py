"""`deskapp skills …` and `deskapp training …`: the Skills area without the window, through the same domain
functions (so the same checks, the same audit trail and the same report identity after a merge)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import AuditEvent, Skill, StaffSkill, TrainingRecord
from deskapp.people.skills import find_skill, list_skills, retire_skill
from deskapp.people.training import add_training
from deskapp.platform.actor import Actor, PermissionDenied


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


@pytest.fixture
def staffed(db_path: Path, capsys) -> Path:
    assert run(db_path, "staff", "add", "Ann Lee", "--initials", "AL", "--pin", "1234") == 0
    assert run(db_path, "staff", "add", "Bo Kim", "--initials", "BK", "--role", "leader",
               "--password", "leader-pass") == 0
    capsys.readouterr()
    return db_path


def _skill(db_path: Path, label: str) -> Skill:
    database = Database(db_path)
    try:
        with database.read() as session:
            skill = session.scalar(select(Skill).where(Skill.label == label))
            session.expunge(skill)
            return skill
    finally:
        database.dispose()


def test_add_then_list_shows_the_new_skill_in_its_group(db_path: Path, capsys):
    assert run(db_path, "skills", "add", "Book a group study room", "--group", "Library",
               "--required-level", "3") == 0
    assert "Added 'Book a group study room' to Library" in capsys.readouterr().out
    assert run(db_path, "skills", "list") == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Book a group study room" in line)
    assert "Library" in line and " 3 " in line and line.endswith("current")


def test_an_unknown_group_is_a_plain_sentence_naming_the_groups(db_path: Path, capsys):
    assert run(db_path, "skills", "add", "Anything", "--group", "Nowhere") == 1
    err = capsys.readouterr().err
    assert "no skill group called 'Nowhere'" in err and "Library" in err and "Traceback" not in err


def test_a_required_level_outside_0_to_4_is_refused_and_nothing_is_added(db_path: Path, capsys):
    assert run(db_path, "skills", "add", "Too hard", "--group", "IT", "--required-level", "7") == 1
    assert "0 (none) to 4" in capsys.readouterr().err
    database = Database(db_path)
    with database.read() as session:
        assert session.scalar(select(Skill).where(Skill.label == "Too hard")) is None
    database.dispose()


def test_retire_hides_the_skill_from_the_list_and_restore_brings_it_back(db_path: Path, capsys):
    assert run(db_path, "skills", "retire", "Scan to email or USB") == 0
    assert "its history stays" in capsys.readouterr().out
    assert run(db_path, "skills", "list") == 0
    assert "Scan to email or USB" not in capsys.readouterr().out
    assert run(db_path, "skills", "list", "--all") == 0
    retired = next(line for line in capsys.readouterr().out.splitlines() if "Scan to email or USB" in line)
    assert retired.endswith("retired")
    assert run(db_path, "skills", "restore", "scan to email or usb") == 0
    assert "Restored 'Scan to email or USB'" in capsys.readouterr().out
    assert _skill(db_path, "Scan to email or USB").retired_at is None


def test_retiring_twice_says_so_and_exits_non_zero(db_path: Path, capsys):
    assert run(db_path, "skills", "retire", "Scan to email or USB") == 0
    assert run(db_path, "skills", "retire", "Scan to email or USB") == 1
    assert "already retired" in capsys.readouterr().err


def test_merge_moves_levels_across_and_lists_the_source_as_merged(staffed: Path, capsys):
    source, target = _skill(staffed, "Scan to email or USB"), _skill(staffed, "Give directions and opening hours")
    assert run(staffed, "skills", "set-level", str(source.id), "3", "--person", "AL") == 0
    assert "Confirmed Ann Lee at level 3 (proficient)" in capsys.readouterr().out
    assert run(staffed, "skills", "merge", source.label, str(target.id)) == 0
    assert f"into {target.label!r}" in capsys.readouterr().out
    assert run(staffed, "skills", "list", "--all") == 0
    merged = next(line for line in capsys.readouterr().out.splitlines() if source.label in line)
    assert merged.endswith(f"merged into {target.label}")
    database = Database(staffed)
    with database.read() as session:
        levels = session.scalars(select(StaffSkill.confirmed_level).where(StaffSkill.skill_id == target.id))
        assert list(levels) == [3]
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "merge")).actor.startswith("cli:")
    database.dispose()


def test_a_merged_skill_cannot_be_restored(db_path: Path, capsys):
    assert run(db_path, "skills", "merge", "Scan to email or USB", "Give directions and opening hours") == 0
    capsys.readouterr()
    assert run(db_path, "skills", "restore", "Scan to email or USB") == 1
    assert "merged into another skill" in capsys.readouterr().err


def test_set_level_without_a_person_changes_the_required_level(db_path: Path, capsys):
    assert run(db_path, "skills", "set-level", "Scan to email or USB", "4") == 0
    assert "now needs level 4 (can teach others)" in capsys.readouterr().out
    assert _skill(db_path, "Scan to email or USB").required_level == 4


def test_an_unknown_skill_points_to_the_full_list(db_path: Path, capsys):
    assert run(db_path, "skills", "retire", "Juggling") == 1
    assert "skills list --all" in capsys.readouterr().err


def test_training_add_then_list_with_mentor_and_expiry(staffed: Path, capsys):
    assert run(staffed, "training", "add", "AL", "Scan to email or USB", "--kind", "mentoring", "--on",
               "2026-11-03", "--expires", "2027-11-03", "--mentor", "BK", "--title", "Scanner basics") == 0
    assert "Recorded mentoring for Ann Lee in 'Scan to email or USB' on 2026-11-03" in capsys.readouterr().out
    assert run(staffed, "training", "list", "--person", "AL") == 0
    out = capsys.readouterr().out
    assert "2026-11-03  Ann Lee: Scan to email or USB" in out
    assert "with Bo Kim" in out and "Scanner basics" in out and "2027-11-03" in out


def test_training_list_marks_expired_records(staffed: Path, capsys):
    assert run(staffed, "training", "add", "AL", "Scan to email or USB", "--kind", "course", "--on",
               "2020-01-01", "--expires", "2021-01-01") == 0
    capsys.readouterr()
    assert run(staffed, "training", "list") == 0
    assert "expired 2021-01-01" in capsys.readouterr().out


def test_training_that_expires_before_it_happened_is_refused(staffed: Path, capsys):
    assert run(staffed, "training", "add", "AL", "Scan to email or USB", "--kind", "course", "--on",
               "2026-11-03", "--expires", "2026-11-02") == 1
    assert "cannot expire before" in capsys.readouterr().err
    database = Database(staffed)
    with database.read() as session:
        assert session.scalar(select(TrainingRecord)) is None
    database.dispose()


def test_a_badly_written_date_is_refused_by_the_parser(staffed: Path, capsys):
    with pytest.raises(SystemExit):
        run(staffed, "training", "add", "AL", "Scan to email or USB", "--kind", "course", "--on", "3/11/2026")
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_functions_behind_the_cli_still_refuse_staff(db: Database):
    """The CLI is the local admin; the same functions called for a staff member stop at the wall."""
    staff = Actor.staff_member(1, "staff")
    with db.write() as session:
        skill_id = find_skill(session, "Scan to email or USB")
        with pytest.raises(PermissionDenied):
            retire_skill(session, staff, skill_id)
        with pytest.raises(PermissionDenied):
            add_training(session, staff, staff_id=1, skill_id=skill_id, kind="course", trained_on=date.today())
        assert any(s.id == skill_id for s in list_skills(session))


def test_pending_lists_waiting_self_ratings_and_confirm_takes_the_persons_own_level(staffed: Path, capsys):
    database = Database(staffed)
    try:
        with database.write() as session:
            from deskapp.people.proficiency import self_assess
            from deskapp.people.staff import find_staff

            ann = find_staff(session, "AL")
            self_assess(session, Actor.staff_member(ann, "staff"), find_skill(session, "eduroam-android"), 3)
    finally:
        database.dispose()
    assert run(staffed, "skills", "pending") == 0
    out = capsys.readouterr().out
    assert "1 self-rating(s) waiting" in out and "Ann Lee: Configure eduroam on Android" in out
    assert "rates themselves 3" in out
    assert run(staffed, "skills", "confirm", "AL", "eduroam-android") == 0
    assert "Confirmed Ann Lee at level 3" in capsys.readouterr().out
    assert run(staffed, "skills", "pending") == 0
    assert "No self-ratings are waiting" in capsys.readouterr().out
    assert run(staffed, "skills", "confirm", "AL", "eduroam-android") == 1  # nothing waits: say which level
    assert "give the level to confirm" in capsys.readouterr().err
    assert run(staffed, "skills", "confirm", "AL", "eduroam-android", "2") == 0
    assert _level(staffed, "AL", "eduroam-android") == 2


def _level(db_path: Path, initials: str, key: str) -> int | None:
    from deskapp.people.staff import find_staff

    database = Database(db_path)
    try:
        with database.read() as session:
            row = session.get(StaffSkill, (find_staff(session, initials), find_skill(session, key)))
            return row.confirmed_level
    finally:
        database.dispose()


def test_training_due_lists_expired_and_soon_expiring_training_and_says_when_there_is_none(staffed: Path, capsys):
    today = date.today()
    assert run(staffed, "training", "due") == 0
    assert "No training has expired or expires in the next 30 days" in capsys.readouterr().out
    assert run(staffed, "training", "add", "AL", "eduroam-android", "--kind", "course",
               "--on", (today - timedelta(days=400)).isoformat(),
               "--expires", (today - timedelta(days=1)).isoformat()) == 0
    assert run(staffed, "training", "add", "BK", "wayfinding", "--kind", "course",
               "--on", (today - timedelta(days=300)).isoformat(),
               "--expires", (today + timedelta(days=10)).isoformat()) == 0
    capsys.readouterr()
    assert run(staffed, "training", "due") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 expired, 1 expiring in the next 30 days:"
    assert out[1].startswith("  Ann Lee: Configure eduroam on Android") and "expired" in out[1]
    assert out[2].startswith("  Bo Kim: Give directions") and "expires" in out[2]
    assert run(staffed, "training", "due", "--within", "5", "--person", "BK") == 0
    assert "No training has expired" in capsys.readouterr().out


def test_describe_level_then_levels_shows_the_leaders_words_and_marks_the_general_ones(db_path: Path, capsys):
    assert run(db_path, "skills", "describe-level", "eduroam-android", "3", "Sets it up alone, certificate too") == 0
    assert "now reads: Sets it up alone, certificate too" in capsys.readouterr().out
    assert run(db_path, "skills", "levels", "Configure eduroam on Android") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Configure eduroam on Android (required level")
    assert lines[4] == "  3 Independent: Sets it up alone, certificate too"
    assert lines[1].endswith("(general words)") and len(lines) == 6
    assert run(db_path, "skills", "describe-level", "eduroam-android", "3", "") == 0
    assert "uses the general words again" in capsys.readouterr().out
    assert run(db_path, "skills", "describe-level", "eduroam-android", "7", "x") == 1
    assert "Levels run from 0" in capsys.readouterr().err


def test_a_categorys_always_used_skills_and_choices_are_shown_and_set_from_the_cli(db_path: Path, capsys):
    assert run(db_path, "skills", "category", "it-wifi") == 0
    out = capsys.readouterr().out
    assert "always used: none" in out
    assert "choices (one key each on the form): Configure eduroam on Windows; Configure eduroam on macOS" in out
    assert run(db_path, "skills", "category", "Wi-Fi / eduroam", "--always", "vpn-setup",
               "--choices", "eduroam-android") == 0
    out = capsys.readouterr().out
    assert "(saved)" in out and "always used: Set up the VPN" in out and "form): Configure eduroam on Android\n" in out
    database = Database(db_path)
    try:
        with database.read() as session:
            event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "category_skills")).one()
            assert event.actor.startswith("cli:")
    finally:
        database.dispose()
    assert run(db_path, "skills", "category", "no-such-thing") != 0
    assert "There is no category called 'no-such-thing'" in capsys.readouterr().err


def test_leaders_list_the_learning_requests_and_answer_them_from_the_cli(db_path: Path, capsys):
    from deskapp.people.learning_requests import ask_to_learn, my_requests
    from tests.desk_helpers import make_world

    database = Database(db_path)
    try:
        world = make_world(database)
        android = world.ref.by_key("skills", "eduroam-android").id
        enquiry = world.log(world.alice, outcome_id=world.outcome("escalated-it"), skill_ids=(android,))
        with database.write() as session:
            ask_to_learn(session, world.alice, enquiry)
    finally:
        database.dispose()
    assert run(db_path, "skills", "requests") == 0
    assert "Configure eduroam on Android (1, 1) / Alice Ahmed (AA) / 1 / " in capsys.readouterr().out
    assert run(db_path, "skills", "answer", "AA", "eduroam-android", "done", "--note", "Course on 2 March") == 0
    assert "Answered 1 request of Alice Ahmed for 'Configure eduroam on Android': done." in capsys.readouterr().out
    database = Database(db_path)
    try:
        with database.read() as session:
            assert [(r.status, r.note) for r in my_requests(session, world.alice)] == [("done", "Course on 2 March")]
    finally:
        database.dispose()
    assert run(db_path, "skills", "answer", "AA", "eduroam-android", "done") != 0
    assert "no open request" in capsys.readouterr().err
