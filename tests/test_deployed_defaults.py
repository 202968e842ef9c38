"""What an IT admin deploys in deskapp.toml is the default for note retention and the backup folder, until
a team leader chooses otherwise in the app (which then holds for every desk on the database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskapp.platform.actor import Actor
from deskapp.platform.settings import set_command_line
from deskapp.platform.shared_settings import (
    get_backup_folder,
    get_note_retention_days,
    set_backup_folder,
    set_note_retention_days,
)


@pytest.fixture
def deployed_config(tmp_path: Path):
    config = tmp_path / "deskapp.toml"
    config.write_text(f'retention_days = 30\nbackup_folder = "{tmp_path / "nightly"}"\n', encoding="utf-8")
    set_command_line(config=str(config))
    yield tmp_path
    set_command_line()


def test_the_deployed_config_supplies_the_defaults(db, deployed_config: Path):
    with db.read() as session:
        assert get_note_retention_days(session) == 30
        assert get_backup_folder(session) == str(deployed_config / "nightly")


def test_a_team_leaders_choice_in_the_app_wins_over_the_deployed_default(db, deployed_config: Path):
    with db.write() as session:
        set_note_retention_days(session, Actor.cli(), 60)
        set_backup_folder(session, Actor.cli(), str(deployed_config / "chosen"))
    with db.read() as session:
        assert get_note_retention_days(session) == 60
        assert get_backup_folder(session) == str(deployed_config / "chosen")
