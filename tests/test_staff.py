"""Staff administration and shared settings: leader-only, audited, never half-saved."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Staff
from deskapp.people.auth import CredentialRuleError, sign_in
from deskapp.people.staff import (
    StaffError,
    add_staff,
    count_staff,
    deactivate_staff,
    edit_staff,
    find_staff,
    list_for_sign_in,
    list_staff,
    reactivate_staff,
    reset_credential,
    set_language,
    set_role,
)
from deskapp.platform.actor import Actor, PermissionDenied
from deskapp.platform.shared_settings import (
    SettingError,
    get_backup_folder,
    get_note_retention_days,
    set_backup_folder,
    set_note_retention_days,
)

CLI = Actor.cli()


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    with db.write() as session:
        return {
            "leader": add_staff(session, CLI, "Kiri Kaur", "KK", "leader", "leader-pass"),
            "staff": add_staff(session, CLI, "Liam Larsen", "LL", "staff", "1234"),
            "admin": add_staff(session, CLI, "Maja Murphy", "MM", "admin", "admin-pass"),
        }


def actor_for(team: dict[str, int], who: str) -> Actor:
    return Actor.staff_member(team[who], "staff" if who == "staff" else who)


def audit_actions(db: Database, staff_id: int) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "staff", AuditEvent.entity_id == str(staff_id)).order_by(AuditEvent.id)))


def test_a_leader_adds_staff_and_it_is_audited(db: Database, team: dict[str, int]) -> None:
    with db.write() as session:
        new_id = add_staff(session, actor_for(team, "leader"), "Noah Nielsen", "nn", "staff", "5678")
    with db.read() as session:
        person = session.get(Staff, new_id)
        assert (person.initials, person.role, person.credential_kind) == ("NN", "staff", "pin")
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(new_id))).one()
    assert event.actor == f"staff:{team['leader']}" and event.action == "create"
    assert "5678" not in str(event.changes) and "argon2" not in str(event.changes)


@pytest.mark.parametrize("operation", [
    lambda s, a, t: add_staff(s, a, "Olivia O'Brien", "OO", "staff", "1234"),
    lambda s, a, t: edit_staff(s, a, t["leader"], name="Someone"),
    lambda s, a, t: deactivate_staff(s, a, t["leader"]),
    lambda s, a, t: reactivate_staff(s, a, t["leader"]),
    lambda s, a, t: reset_credential(s, a, t["leader"], "new-password"),
    lambda s, a, t: set_role(s, a, t["staff"], "leader", "a-password"),
    lambda s, a, t: list_staff(s, a),
    lambda s, a, t: count_staff(s, a),
    lambda s, a, t: set_note_retention_days(s, a, 30),
    lambda s, a, t: set_backup_folder(s, a, "/tmp/backups"),
], ids=["add", "edit", "deactivate", "reactivate", "reset", "set-role", "list", "count", "retention", "backup"])
def test_staff_actor_is_refused_every_leader_only_operation(db: Database, team: dict[str, int], operation) -> None:
    with pytest.raises(PermissionDenied, match="Only a team leader"), db.write() as session:
        operation(session, actor_for(team, "staff"), team)


def test_only_an_admin_can_grant_admin_or_touch_an_admin(db: Database, team: dict[str, int]) -> None:
    leader = actor_for(team, "leader")
    with pytest.raises(PermissionDenied, match="Only an admin"), db.write() as session:
        set_role(session, leader, team["staff"], "admin", "a-password")
    with pytest.raises(PermissionDenied, match="Only an admin"), db.write() as session:
        reset_credential(session, leader, team["admin"], "taken-over!")
    with db.write() as session:
        set_role(session, actor_for(team, "admin"), team["leader"], "admin")
    with db.read() as session:
        assert session.get(Staff, team["leader"]).role == "admin"


def test_promoting_a_pin_user_needs_a_password(db: Database, team: dict[str, int]) -> None:
    leader = actor_for(team, "leader")
    with pytest.raises(StaffError, match="needs a password"), db.write() as session:
        set_role(session, leader, team["staff"], "leader")
    with pytest.raises(CredentialRuleError), db.write() as session:
        set_role(session, leader, team["staff"], "leader", "5555")
    with db.read() as session:
        assert session.get(Staff, team["staff"]).role == "staff"  # nothing half-saved
    with db.write() as session:
        set_role(session, leader, team["staff"], "leader", "liam-password")
    assert sign_in(db, team["staff"], "liam-password", "Desk").actor.role == "leader"
    assert audit_actions(db, team["staff"])[-1] == "set-role"


def test_the_last_leader_cannot_be_deactivated_or_demoted(db: Database) -> None:
    with db.write() as session:
        only = add_staff(session, CLI, "Priya Patel", "PP", "leader", "leader-pass")
    with pytest.raises(StaffError, match="last team leader"), db.write() as session:
        deactivate_staff(session, CLI, only)
    with pytest.raises(StaffError, match="last team leader"), db.write() as session:
        set_role(session, CLI, only, "staff")


def test_nobody_deactivates_themselves(db: Database, team: dict[str, int]) -> None:
    with pytest.raises(StaffError, match="cannot deactivate yourself"), db.write() as session:
        deactivate_staff(session, actor_for(team, "leader"), team["leader"])


def test_deactivated_staff_leave_the_sign_in_list_but_keep_their_history(db: Database, team: dict[str, int]) -> None:
    with db.write() as session:
        deactivate_staff(session, actor_for(team, "leader"), team["staff"])
    with db.read() as session:
        assert "LL" not in {p.initials for p in list_for_sign_in(session)}
        everyone = list_staff(session, CLI, include_inactive=True)
        assert [p.initials for p in everyone if not p.active] == ["LL"]
        assert count_staff(session, CLI) == 2 and count_staff(session, CLI, include_inactive=True) == 3
    with db.write() as session:
        reactivate_staff(session, CLI, team["staff"])
    assert audit_actions(db, team["staff"])[-2:] == ["deactivate", "reactivate"]


def test_initials_are_unique_and_names_required(db: Database, team: dict[str, int]) -> None:
    with pytest.raises(StaffError, match="already belong to Kiri Kaur"), db.write() as session:
        add_staff(session, CLI, "Kai Kim", "kk", "staff", "1234")
    with pytest.raises(StaffError, match="Enter the person's name"), db.write() as session:
        add_staff(session, CLI, "   ", "QQ", "staff", "1234")
    with pytest.raises(StaffError, match="Initials are"), db.write() as session:
        edit_staff(session, CLI, team["staff"], initials="L L")


def test_editing_records_old_and_new_values(db: Database, team: dict[str, int]) -> None:
    with db.write() as session:
        changes = edit_staff(session, actor_for(team, "leader"), team["staff"], name="Liam Lund", initials="LLU")
    assert changes == {"name": ["Liam Larsen", "Liam Lund"], "initials": ["LL", "LLU"]}
    with db.read() as session:
        assert find_staff(session, "llu") == team["staff"]


def test_reset_credential_lifts_a_lock_out(db: Database, team: dict[str, int]) -> None:
    from datetime import UTC, datetime, timedelta

    with db.write() as session:
        person = session.get(Staff, team["staff"])
        person.locked_until = datetime.now(UTC) + timedelta(minutes=10)
    with db.write() as session:
        assert reset_credential(session, actor_for(team, "leader"), team["staff"], "8642") == "pin"
    assert sign_in(db, team["staff"], "8642", "Desk").actor.staff_id == team["staff"]


def test_shared_settings_default_validate_and_audit(db: Database, team: dict[str, int]) -> None:
    leader = actor_for(team, "leader")
    with db.read() as session:
        assert get_note_retention_days(session) == 90 and get_backup_folder(session) == ""
    with db.write() as session:
        assert set_note_retention_days(session, leader, 30)
        assert not set_note_retention_days(session, leader, 30)
        set_backup_folder(session, leader, "/srv/deskapp-backups")
    with pytest.raises(SettingError), db.write() as session:
        set_note_retention_days(session, leader, 0)
    with pytest.raises(SettingError, match="full path"), db.write() as session:
        set_backup_folder(session, leader, "relative/folder")
    with db.read() as session:
        assert get_note_retention_days(session) == 30
        assert get_backup_folder(session) == "/srv/deskapp-backups"
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.entity == "setting").order_by(AuditEvent.id)))
    assert [(e.entity_id, e.changes["value"]) for e in events] == [
        ("privacy.note_retention_days", [90, 30]), ("backup.folder", ["", "/srv/deskapp-backups"])]


def test_the_staff_cli_adds_lists_and_refuses_plainly(db_path, capsys: pytest.CaptureFixture[str]) -> None:
    from deskapp.cli import main

    base = ["--db", str(db_path), "staff"]
    assert main([*base, "add", "Rosa Roberts", "--initials", "rr", "--role", "leader",
                 "--password", "rosa-password"]) == 0
    assert main([*base, "add", "Sam Singh", "--initials", "SS", "--pin", "1234"]) == 0
    assert main([*base, "set-role", "SS", "leader"]) == 1
    assert "needs a password" in capsys.readouterr().err
    assert main([*base, "deactivate", "SS"]) == 0
    assert main([*base, "list", "--all"]) == 0
    out = capsys.readouterr().out
    assert "RR" in out and "Team leader" in out and "deactivated" in out
    database = Database(db_path)
    with database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "deactivate")).one()
    database.dispose()
    assert event.actor.startswith("cli:")


def test_staff_administration_works_the_same_on_postgresql(any_db: Database) -> None:
    with any_db.write() as session:
        leader = add_staff(session, CLI, "Tariq Taylor", "TT", "leader", "tariq-password")
        staff_id = add_staff(session, CLI, "Uma Ueda", "UU", "staff", "1234")
    actor = Actor.staff_member(leader, "leader")
    with any_db.write() as session:
        set_role(session, actor, staff_id, "leader", "uma-password")
        deactivate_staff(session, actor, staff_id)
        set_note_retention_days(session, actor, 45)
    with pytest.raises(StaffError, match="last team leader"), any_db.write() as session:
        deactivate_staff(session, CLI, leader)
    with any_db.read() as session:
        assert [p.initials for p in list_for_sign_in(session)] == ["TT"]
        assert get_note_retention_days(session) == 45
        assert audit_actions(any_db, staff_id) == ["create", "set-role", "deactivate"]


def test_a_person_chooses_their_own_language_and_it_comes_with_their_sign_in(db: Database,
                                                                          team: dict[str, int]) -> None:
    with db.write() as session:
        assert set_language(session, actor_for(team, "staff"), team["staff"], "da") is True
        assert set_language(session, actor_for(team, "staff"), team["staff"], "da") is False  # no change
    assert sign_in(db, team["staff"], "1234", "Front desk").language == "da"
    assert audit_actions(db, team["staff"])[-1] == "edit"
    with db.write() as session:
        set_language(session, actor_for(team, "leader"), team["staff"], "")  # back to the PC's language
    assert sign_in(db, team["staff"], "1234", "Front desk").language == ""


def test_only_a_leader_chooses_someone_elses_language_and_only_a_known_one(db: Database,
                                                                         team: dict[str, int]) -> None:
    with db.write() as session, pytest.raises(PermissionDenied):
        set_language(session, actor_for(team, "staff"), team["leader"], "da")
    with db.write() as session, pytest.raises(StaffError, match="Unknown language"):
        set_language(session, actor_for(team, "leader"), team["staff"], "klingon")
    with db.read() as session:
        assert session.get(Staff, team["staff"]).language == ""
        assert session.get(Staff, team["leader"]).language == ""
