"""Quick keys F1-F8: most frequent categories until a team leader configures them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from deskapp.db import Database
from deskapp.db.models import AuditEvent
from deskapp.desk.quick_buttons import (
    KEY_COUNT,
    QuickButtonError,
    QuickButtonSpec,
    configure_quick_buttons,
    quick_buttons,
    start_of_local_day,
    todays_quick_buttons,
)
from deskapp.platform.actor import PermissionDenied
from tests.desk_helpers import DeskWorld, make_world


@pytest.fixture
def world(db: Database) -> DeskWorld:
    return make_world(db)


def buttons(world: DeskWorld, desk_id: int | None = None) -> list[QuickButtonSpec]:
    with world.db.read() as session:
        return quick_buttons(session, desk_id or world.desk_id)


def test_a_new_desk_gets_everyday_starter_keys(world: DeskWorld) -> None:
    keys = buttons(world)
    assert len(keys) == KEY_COUNT
    assert {k.source for k in keys} == {"starter"}
    assert [k.position for k in keys] == list(range(1, KEY_COUNT + 1))


def yesterday() -> datetime:
    return start_of_local_day() - timedelta(hours=2)


def test_the_most_frequent_categories_of_the_30_days_before_today_come_first(world: DeskWorld) -> None:
    for _ in range(3):
        world.log(world.alice, "lib-eresources", asked_at=yesterday())
    for _ in range(2):
        world.log(world.alice, "it-mfa", asked_at=yesterday())
    for _ in range(5):  # long ago: does not count
        world.log(world.alice, "lib-holds", asked_at=datetime.now(UTC) - timedelta(days=40))
    for _ in range(4):  # another desk: does not count
        world.log(world.alice, "lib-reference", desk_id=world.other_desk_id, asked_at=yesterday())
    keys = buttons(world)
    assert [k.category_id for k in keys[:2]] == [world.category("lib-eresources"), world.category("it-mfa")]
    assert [k.source for k in keys[:3]] == ["frequent", "frequent", "starter"]
    assert world.category("lib-holds") not in [k.category_id for k in keys[:2]]
    assert world.category("lib-reference") not in [k.category_id for k in keys]


def test_the_automatic_keys_do_not_move_during_the_day(world: DeskWorld) -> None:
    """Muscle memory: whatever is logged today, F1-F8 keep their meaning until local midnight."""
    world.log(world.alice, "lib-eresources", asked_at=yesterday())
    morning = buttons(world)
    for _ in range(20):  # a busy day of something else
        world.log(world.alice, "it-mfa")
    assert buttons(world) == morning
    assert morning[0].category_id == world.category("lib-eresources")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    with world.db.read() as session:  # the next day, today's enquiries count
        assert quick_buttons(session, world.desk_id, now=tomorrow)[0].category_id == world.category("it-mfa")


def test_a_team_leader_configures_the_keys_and_it_is_audited(world: DeskWorld) -> None:
    setup = [QuickButtonSpec(1, world.category("it-wifi"), "eduroam"),
             QuickButtonSpec(3, world.category("lib-printing"), "", {"read_level": 1})]
    with world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id, setup)
    keys = buttons(world)
    assert [(k.position, k.label, k.source) for k in keys] == [
        (1, "eduroam", "configured"), (3, world.ref.label("categories", world.category("lib-printing")),
                                        "configured")]
    assert keys[1].preset == {"read_level": 1}
    assert buttons(world, world.other_desk_id)[0].source == "starter"  # other desks keep their own
    with world.db.read() as session:
        [event] = session.query(AuditEvent).filter(AuditEvent.entity == "quick_buttons").all()
    assert event.actor == world.lena.label and event.changes["buttons"][0] == []


def test_clearing_the_setup_goes_back_to_most_frequent(world: DeskWorld) -> None:
    with world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id, [QuickButtonSpec(1, world.category("it-wifi"),
                                                                                     "")])
    with world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id, [])
    assert buttons(world)[0].source == "starter"


def test_staff_cannot_configure_quick_buttons(world: DeskWorld) -> None:
    with pytest.raises(PermissionDenied, match="team leader"), world.db.write() as session:
        configure_quick_buttons(session, world.alice, world.desk_id, [])


@pytest.mark.parametrize(("setup", "message"), [
    ([QuickButtonSpec(9, 1, "")], "F1 to F8"),
    ([QuickButtonSpec(1, 1, ""), QuickButtonSpec(1, 2, "")], "only one quick button"),
    ([QuickButtonSpec(2, 999_999, "")], "F2: choose a category"),
    ([QuickButtonSpec(1, 1, "", {"colour": "red"})], "unknown preset colour"),
])
def test_a_bad_setup_is_refused(world: DeskWorld, setup, message: str) -> None:
    with pytest.raises(QuickButtonError, match=message), world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id, setup)


def todays(world: DeskWorld, now: datetime | None = None) -> list[tuple[int, int]]:
    with world.db.write() as session:
        return [(k.position, k.category_id) for k in todays_quick_buttons(session, world.desk_id, now=now)]


def test_an_enquiry_back_dated_into_the_window_does_not_move_todays_keys(world: DeskWorld) -> None:
    """The reported shift: F3 was Wi-Fi at 00:53 and Borrowing at 01:03 after a "yesterday 16:00" entry."""
    for _ in range(3):
        world.log(world.alice, "it-wifi", asked_at=yesterday())
    morning = todays(world)
    for _ in range(5):  # late entries for yesterday: by the 30-day count Borrowing would now come first
        world.log(world.alice, "lib-circulation", asked_at=yesterday())
    assert todays(world) == morning
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert todays(world, tomorrow)[0][1] == world.category("lib-circulation")  # a new day counts them


def test_a_leaders_setup_replaces_todays_keys_at_once(world: DeskWorld) -> None:
    todays(world)
    with world.db.write() as session:
        configure_quick_buttons(session, world.lena, world.desk_id,
                                [QuickButtonSpec(1, world.category("it-mfa"), "MFA")])
    assert todays(world) == [(1, world.category("it-mfa"))]
