"""Level descriptions per skill: a leader's words replace the general ones level by level, an empty text
goes back to them, a merge keeps the target's words and takes the source's where it had none, staff cannot
write them, and every change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.db.models import AuditEvent
from deskapp.people import level_descriptions as ld
from deskapp.people import skills
from deskapp.platform.actor import Actor, PermissionDenied
from tests import report_data as rd


@pytest.fixture
def team(db):
    with db.write() as session:
        lee = rd.staff(session, "Lee Leader", "LL", role="leader")
        ann = rd.staff(session, "Ann Archer", "AA")
        android, ios = rd.skill_id(session, "eduroam-android"), rd.skill_id(session, "eduroam-ios")
    return {"db": db, "lee": Actor.staff_member(lee, "leader"), "ann": Actor.staff_member(ann, "staff"),
            "android": android, "ios": ios}


def test_every_level_has_words_and_a_leaders_replace_the_general_ones_level_by_level(team):
    with team["db"].write() as session:
        assert ld.descriptions(session, team["android"]) == ld.GENERAL
        ld.set_descriptions(session, team["lee"], team["android"],
                            {3: "  Sets up eduroam on any Android phone,\n including the certificate step. "})
        words = ld.descriptions(session, team["android"])
        assert words[3] == "Sets up eduroam on any Android phone, including the certificate step."
        assert {k: v for k, v in words.items() if k != 3} == {k: v for k, v in ld.GENERAL.items() if k != 3}
        ld.set_descriptions(session, team["lee"], team["android"], {3: ""})  # back to the general words
        assert ld.descriptions(session, team["android"]) == ld.GENERAL
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "skill_levels")).all()
    assert [e.action for e in events] == ["describe-levels", "describe-levels"]


def test_saving_the_same_words_again_records_nothing(team):
    with team["db"].write() as session:
        ld.set_descriptions(session, team["lee"], team["android"], {2: "With the eduroam guide."})
        ld.set_descriptions(session, team["lee"], team["android"], {2: "With the eduroam guide."})
        count = len(session.scalars(select(AuditEvent).where(AuditEvent.entity == "skill_levels")).all())
    assert count == 1


@pytest.mark.parametrize(("texts", "message"), [({5: "x"}, "from 0"), ({1: "x" * 301}, "301 characters")])
def test_bad_descriptions_are_refused_whole(team, texts, message):
    with team["db"].write() as session, pytest.raises(ld.LevelDescriptionError, match=message):
        ld.set_descriptions(session, team["lee"], team["android"], {0: "Not yet.", **texts})
    with team["db"].read() as session:
        assert ld.custom_descriptions(session, team["android"]) == {}


def test_staff_cannot_describe_levels(team):
    with team["db"].write() as session, pytest.raises(PermissionDenied, match="team leader"):
        ld.set_descriptions(session, team["ann"], team["android"], {3: "Mine"})


def test_a_merge_keeps_the_targets_words_and_takes_the_sources_where_it_had_none(team):
    with team["db"].write() as session:
        ld.set_descriptions(session, team["lee"], team["ios"], {2: "iOS with the guide", 4: "Teaches iOS"})
        ld.set_descriptions(session, team["lee"], team["android"], {2: "Android with the guide"})
        skills.merge_skill(session, team["lee"], team["ios"], team["android"])
        assert ld.custom_descriptions(session, team["android"]) == {2: "Android with the guide", 4: "Teaches iOS"}
        with pytest.raises(ld.LevelDescriptionError, match="merged"):
            ld.set_descriptions(session, team["lee"], team["ios"], {1: "x"})
