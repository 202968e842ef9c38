"""A misspelt key in deskapp.toml is named in a warning at start and in --self-test, never silently ignored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from deskapp import cli
from deskapp.platform.settings import load_settings, set_command_line
from deskapp.startup.selftest import run_self_test
from tests.test_settings import isolated, write  # noqa: F401 (an autouse fixture: no real config files)


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "program"
    folder.mkdir()
    return folder


def test_a_misspelt_key_is_named_with_the_setting_it_probably_meant(program_dir: Path, tmp_path: Path) -> None:
    admin = write(program_dir / "deskapp.toml", f'databse = "{tmp_path / "shared.sqlite3"}"\ndesk_name = "Front"\n')
    settings = load_settings(admin_config=admin, environ={})
    [warning] = settings.warnings
    assert str(admin) in warning and "'databse'" in warning and "did you mean 'database'?" in warning
    assert settings.desk_name == "Front"


def test_known_keys_give_no_warning(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", 'desk_name = "Front"\nportable = false\nretention_days = 30\n')
    assert load_settings(admin_config=admin, environ={}).warnings == ()


def test_a_cli_command_and_the_self_test_print_the_warning(program_dir: Path, tmp_path: Path, capsys) -> None:
    admin = write(program_dir / "deskapp.toml", "idle_lock_minuts = 5\n")
    set_command_line(config=str(admin))
    assert cli.main(["--config", str(admin), "--db", str(tmp_path / "d.sqlite3"), "db", "status"]) == 0
    err = capsys.readouterr().err
    assert "deskapp: warning: " in err and "'idle_lock_minuts'" in err
    out = io.StringIO()
    run_self_test(out=out, steps=[])
    assert "[warning]" in out.getvalue() and "'idle_lock_minuts'" in out.getvalue()
