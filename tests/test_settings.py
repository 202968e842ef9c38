"""Per-PC settings: command line > admin config beside the program > per-user config > defaults, portable mode,
and where each value came from."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp import cli
from deskapp.platform.settings import (
    ADMIN_CONFIG,
    COMMAND_LINE,
    DEFAULT,
    ENVIRONMENT,
    USER_CONFIG,
    SettingsError,
    load_settings,
    resolve_database,
    save_user_setting,
    set_command_line,
    user_config_path,
)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real user config, data folder or DESKAPP_DB; command-line state reset after each test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    yield
    set_command_line()


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "program"
    folder.mkdir()
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_with_no_config_files_every_value_is_a_default_and_the_database_is_in_the_data_folder(
        program_dir: Path, tmp_path: Path) -> None:
    settings = load_settings(admin_config=program_dir / "deskapp.toml")

    assert settings.idle_lock_minutes == 10
    assert settings.retention_days == 90
    assert Path(settings.database).parent.is_relative_to(tmp_path / "xdg-data")
    assert set(settings.sources.values()) == {DEFAULT}
    assert not settings.portable


def test_admin_config_beats_user_config_which_beats_defaults(program_dir: Path, tmp_path: Path) -> None:
    user = write(tmp_path / "user.toml", 'desk_name = "Mine"\nidle_lock_minutes = 3\nretention_days = 30\n')
    admin = write(program_dir / "deskapp.toml", 'desk_name = "Ground floor desk"\nretention_days = 365\n')

    settings = load_settings(user_config=user, admin_config=admin)

    assert (settings.desk_name, settings.sources["desk_name"]) == ("Ground floor desk", ADMIN_CONFIG)
    assert (settings.retention_days, settings.sources["retention_days"]) == (365, ADMIN_CONFIG)
    assert (settings.idle_lock_minutes, settings.sources["idle_lock_minutes"]) == (3, USER_CONFIG)
    assert settings.sources["backup_folder"] == DEFAULT


def test_command_line_beats_environment_beats_admin_config_for_the_database(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", 'database = "postgresql://desk@dbserver/deskapp"\n')

    from_admin = load_settings(admin_config=admin, environ={})
    from_env = load_settings(admin_config=admin, environ={"DESKAPP_DB": "/srv/env.sqlite3"})
    from_cli = load_settings({"database": "/srv/cli.sqlite3"}, admin_config=admin,
                             environ={"DESKAPP_DB": "/srv/env.sqlite3"})

    assert (from_admin.database, from_admin.sources["database"]) == ("postgresql://desk@dbserver/deskapp",
                                                                      ADMIN_CONFIG)
    assert (from_env.database, from_env.sources["database"]) == ("/srv/env.sqlite3", ENVIRONMENT)
    assert (from_cli.database, from_cli.sources["database"]) == ("/srv/cli.sqlite3", COMMAND_LINE)


def test_relative_paths_in_a_config_file_are_relative_to_that_file(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", 'database = "db/desk.sqlite3"\nbackup_folder = "backups"\n')

    settings = load_settings(admin_config=admin)

    assert settings.database == str(program_dir / "db" / "desk.sqlite3")
    assert settings.backup_folder == str(program_dir / "backups")


def test_portable_mode_from_the_admin_config_keeps_all_data_beside_the_program(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", "portable = true\n")

    settings = load_settings(admin_config=admin)

    data = program_dir / "data"
    assert settings.portable
    assert settings.database == str(data / "deskapp.sqlite3")
    assert settings.backup_folder == str(data / "backups")
    assert settings.user_config == str(data / "deskapp.toml")
    assert settings.data_dir == str(data)


def test_portable_flag_sends_user_settings_to_the_portable_data_folder(program_dir: Path) -> None:
    set_command_line(config=str(program_dir / "deskapp.toml"), portable=True)

    save_user_setting("desk_name", "USB stick desk")
    settings = load_settings()

    assert user_config_path() == program_dir / "data" / "deskapp.toml"
    assert (settings.desk_name, settings.sources["desk_name"]) == ("USB stick desk", USER_CONFIG)
    assert settings.database == str(program_dir / "data" / "deskapp.sqlite3")


def test_a_wrong_kind_of_value_is_refused_naming_the_file(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", 'idle_lock_minutes = "soon"\n')

    with pytest.raises(SettingsError, match=r"deskapp\.toml: idle_lock_minutes must be a whole number"):
        load_settings(admin_config=admin)


def test_a_broken_config_file_is_refused_with_a_clear_message(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", "desk_name = \n")

    with pytest.raises(SettingsError, match="Cannot read the settings file"):
        load_settings(admin_config=admin)


def test_resolve_database_follows_cli_then_environment_then_admin_config(
        program_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(program_dir / "deskapp.toml", 'database = "from-admin.sqlite3"\n')
    set_command_line(config=str(program_dir / "deskapp.toml"))

    assert resolve_database() == str(program_dir / "from-admin.sqlite3")
    monkeypatch.setenv("DESKAPP_DB", "/srv/env.sqlite3")
    assert resolve_database() == "/srv/env.sqlite3"
    assert resolve_database("/srv/cli.sqlite3") == "/srv/cli.sqlite3"


def test_cli_config_option_chooses_the_database(program_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    admin = write(program_dir / "site.toml", 'database = "site.sqlite3"\n')

    code = cli.main(["--config", str(admin), "db", "status"])

    assert code == 0
    assert str(program_dir / "site.sqlite3") in capsys.readouterr().out


def test_cli_portable_option_puts_the_database_beside_the_program(
        program_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--portable", "--config", str(program_dir / "deskapp.toml"), "db", "status"])

    assert code == 0
    assert str(program_dir / "data" / "deskapp.sqlite3") in capsys.readouterr().out


def test_admin_config_sits_beside_the_source_checkout_when_not_frozen() -> None:
    settings = load_settings()

    assert not getattr(sys, "frozen", False)
    assert Path(settings.admin_config) == Path(cli.__file__).resolve().parent.parent / "deskapp.toml"


def test_portable_must_be_true_or_false(program_dir: Path) -> None:
    admin = write(program_dir / "deskapp.toml", 'portable = "yes"\n')

    with pytest.raises(SettingsError, match=r"deskapp\.toml: portable must be true or false"):
        load_settings(admin_config=admin)


def test_a_windows_path_with_single_backslashes_says_how_to_write_it(program_dir: Path) -> None:
    admin = program_dir / "deskapp.toml"
    admin.write_text('database = "C:\\desk\\deskapp.sqlite3"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="backslash doubled"):
        load_settings(admin_config=admin)


def test_on_windows_an_sqlite_database_on_a_network_share_is_refused(program_dir: Path) -> None:
    # As given on the command line: a file's relative-path rule uses this host's Path (POSIX here).
    admin = program_dir / "deskapp.toml"
    unc = {"database": "\\\\libfs01\\desk\\deskapp.sqlite3"}
    with pytest.raises(SettingsError, match="network share"):
        load_settings(unc, admin_config=admin, environ={}, os_name="nt", is_remote_drive=lambda letter: False)
    mapped = {"database": "S:\\desk\\deskapp.sqlite3"}
    with pytest.raises(SettingsError, match="mapped network drive"):
        load_settings(mapped, admin_config=admin, environ={}, os_name="nt", is_remote_drive=lambda d: d == "S:")


def test_on_windows_a_local_sqlite_file_and_a_postgresql_server_are_accepted(program_dir: Path) -> None:
    admin = program_dir / "deskapp.toml"
    local = load_settings({"database": "C:\\ProgramData\\deskapp\\deskapp.sqlite3"}, admin_config=admin,
                          environ={}, os_name="nt", is_remote_drive=lambda letter: letter == "S:")
    assert local.database.endswith("deskapp.sqlite3")
    server = load_settings({"database": "postgresql://deskapp@dbserver/deskapp"}, admin_config=admin,
                           environ={}, os_name="nt", is_remote_drive=lambda letter: True)
    assert server.database.startswith("postgresql://")


def test_a_windows_path_whose_backslashes_happen_to_be_escapes_is_refused_not_misread(program_dir: Path) -> None:
    # \n and \t are valid TOML escapes, so this parses, into a path with a newline and a tab.
    admin = write(program_dir / "deskapp.toml", 'database = "C:\\new\\table.sqlite3"\n')
    with pytest.raises(SettingsError, match="single quotes"):
        load_settings(admin_config=admin, environ={})


def test_the_pc_language_comes_from_deskapp_toml_or_the_user_config_and_only_a_known_one(
        program_dir: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    save_user_setting("language", "da", user_config=user)  # what Staff & settings writes
    assert load_settings(user_config=user, admin_config=program_dir / "deskapp.toml").language == "da"
    admin = write(program_dir / "deskapp.toml", 'language = "EN"\n')
    settings = load_settings(user_config=user, admin_config=admin)
    assert (settings.language, settings.sources["language"]) == ("en", ADMIN_CONFIG)
    write(program_dir / "deskapp.toml", 'language = "dansk"\n')
    with pytest.raises(SettingsError, match="language must be one of en, da"):
        load_settings(user_config=user, admin_config=admin)
