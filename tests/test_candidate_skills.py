"""A category's skills are either always used or candidates, offered as one-key choices and recorded only when
picked: a Wi-Fi enquiry counts the device setup that was needed, not all four eduroam skills."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from deskapp.db import Database
from deskapp.db.models import AuditEvent, Category, CategorySkill
from deskapp.desk.quick_buttons import QuickButtonError, QuickButtonSpec, configure_quick_buttons, configured_buttons
from deskapp.desk.reference import load_reference
from deskapp.people import skills
from deskapp.platform.actor import PermissionDenied
from deskapp.startup.seed import seed
from tests import report_data as rd
from tests.desk_helpers import DeskWorld, make_world
from tests.test_seed import changed_resources

EDUROAM = ("eduroam-windows", "eduroam-macos", "eduroam-android", "eduroam-ios")


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def keys_of(db: Database, ids) -> set[str]:
    with db.read() as session:
        ref = load_reference(session)
    return {ref.get("skills", i).key for i in ids}  # type: ignore[union-attr]


def wifi_links(db: Database) -> dict[str, bool]:
    with db.read() as session:
        rows = session.execute(
            select(CategorySkill.skill_id, CategorySkill.candidate).join(Category)
            .where(Category.key == "it-wifi"))
        ref = load_reference(session)
        return {ref.get("skills", sid).key: candidate for sid, candidate in rows}  # type: ignore[union-attr]


def test_wifi_offers_the_four_eduroam_setups_as_choices_and_pre_fills_none(world: DeskWorld) -> None:
    wifi = world.ref.by_key("categories", "it-wifi")
    assert wifi.skill_ids == ()  # type: ignore[union-attr]
    assert keys_of(world.db, wifi.candidate_skill_ids) == set(EDUROAM)  # type: ignore[union-attr]
    password = world.ref.by_key("categories", "it-password")
    assert keys_of(world.db, password.skill_ids) == {"password-reset"}  # type: ignore[union-attr]
    assert password.candidate_skill_ids == ()  # type: ignore[union-attr]


def test_a_leader_splits_a_category_into_always_used_and_candidate_skills_and_it_is_audited(
        world: DeskWorld) -> None:
    with world.db.write() as session:
        wifi = world.category("it-wifi")
        android, ios, vpn = (rd.skill_id(session, k) for k in ("eduroam-android", "eduroam-ios", "vpn-setup"))
        skills.set_category_skills(session, world.lena, wifi, [vpn], [android, ios, vpn])
    with world.db.read() as session:
        assert skills.category_mapping(session, wifi) == ([vpn], sorted([android, ios]))  # always wins
        assert session.get(Category, wifi).customised
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "category_skills")).one()
        assert event.changes["skill_ids"][1] == [vpn]
        assert event.changes["candidate_skill_ids"][1] == sorted([android, ios])
        ref = load_reference(session)
    assert set(ref.get("categories", wifi).candidate_skill_ids) == {android, ios}  # type: ignore[union-attr]
    assert ref.get("categories", wifi).skill_ids == (vpn,)  # type: ignore[union-attr]


def test_staff_cannot_change_a_categorys_candidates(world: DeskWorld) -> None:
    with pytest.raises(PermissionDenied, match="team leader"), world.db.write() as session:
        skills.set_category_skills(session, world.alice, world.category("it-wifi"), [], [])


def test_seeding_a_database_from_before_candidates_turns_wifis_four_skills_into_choices(db: Database,
                                                                                        tmp_path: Path) -> None:
    # A database seeded before this change: all four eduroam skills always used, for Wi-Fi and for a category
    # a leader had customised (whose mapping is the leader's and must stay).
    with db.write() as session:
        session.execute(update(CategorySkill).values(candidate=False))
        mfa = session.scalars(select(Category).where(Category.key == "it-mfa")).one()
        mfa.customised = True
    root = changed_resources(tmp_path, 'label = "Wi-Fi / eduroam"', 'label = "Wi-Fi / eduroam "')
    with db.write() as session:
        report = seed(session, root)
    assert report.refreshed["category_skills"] == 4 + 2  # Wi-Fi's four, own-device printing's two
    assert wifi_links(db) == dict.fromkeys(EDUROAM, True)
    with db.read() as session:
        mfa_id = session.scalars(select(Category.id).where(Category.key == "it-mfa")).one()
        assert skills.category_mapping(session, mfa_id)[1] == []  # the leader's mapping, untouched


def test_merging_a_candidate_skill_keeps_it_a_candidate_of_the_category(world: DeskWorld) -> None:
    with world.db.write() as session:
        android, target = rd.skill_id(session, "eduroam-android"), rd.skill_id(session, "device-troubleshooting")
        skills.merge_skill(session, world.lena, android, target)
    links = wifi_links(world.db)
    assert links["device-troubleshooting"] is True and "eduroam-android" not in links


def test_a_quick_key_carries_its_own_skill_as_it_counts_now(world: DeskWorld) -> None:
    with world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id, [
            QuickButtonSpec(1, world.category("it-wifi"), "Wi-Fi Android", {"skills": ["eduroam-android"]}),
            QuickButtonSpec(2, world.category("it-wifi"), "Wi-Fi Mac", {"skills": ["eduroam-macos"]})])
        android, macos = rd.skill_id(session, "eduroam-android"), rd.skill_id(session, "eduroam-macos")
        assert [b.skill_ids for b in configured_buttons(session, world.desk_id)] == [(android,), (macos,)]
        target = rd.skill_id(session, "device-troubleshooting")
        skills.merge_skill(session, world.lena, android, target)
        skills.retire_skill(session, world.lena, macos)
        # The merged skill counts as its target; the retired one is no longer logged by the key.
        assert [b.skill_ids for b in configured_buttons(session, world.desk_id)] == [(target,), ()]


@pytest.mark.parametrize("skill_key", ["no-such-skill", "eduroam-macos"])
def test_a_quick_key_with_an_unknown_or_retired_skill_is_refused(world: DeskWorld, skill_key: str) -> None:
    with world.db.write() as session:
        skills.retire_skill(session, world.lena, rd.skill_id(session, "eduroam-macos"))
    with pytest.raises(QuickButtonError, match="F1: choose a current skill"), world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id,
                                [QuickButtonSpec(1, world.category("it-wifi"), "", {"skills": [skill_key]})])
