"""Windows path rules, simulated on any system with PureWindowsPath."""

import tomllib

import pytest

from deskapp.platform.windows_paths import (
    is_unc,
    network_share_reason,
    pgpass_path,
    toml_backslash_hint,
)


def test_single_backslashes_in_a_basic_string_get_a_plain_hint():
    text = 'database = "C:\\desk\\deskapp.sqlite3"\n'
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(text)
    hint = toml_backslash_hint(text)
    assert hint is not None and "database" in hint and "doubled" in hint
    assert "'C:\\desk\\deskapp.sqlite3'" in hint


def test_doubled_backslashes_and_single_quotes_are_fine():
    assert toml_backslash_hint('database = "C:\\\\desk\\\\deskapp.sqlite3"\n') is None
    assert toml_backslash_hint("database = 'C:\\desk\\deskapp.sqlite3'\n") is None


def test_unc_paths_are_network_shares_and_local_drives_are_not():
    local = lambda letter: False  # noqa: E731
    assert is_unc("\\\\libfs01\\desk\\deskapp.sqlite3")
    assert is_unc("\\\\?\\UNC\\libfs01\\desk\\deskapp.sqlite3")
    assert not is_unc("\\\\?\\C:\\desk\\deskapp.sqlite3")
    assert network_share_reason("\\\\libfs01\\desk\\deskapp.sqlite3", local) is not None
    assert network_share_reason("C:\\ProgramData\\deskapp\\deskapp.sqlite3", local) is None


def test_a_mapped_network_drive_is_named_in_the_reason():
    remote = {"S:"}
    reason = network_share_reason("s:\\desk\\deskapp.sqlite3", lambda letter: letter in remote)
    assert reason is not None and "S:" in reason and "mapped network drive" in reason
    assert network_share_reason("C:\\desk\\deskapp.sqlite3", lambda letter: letter in remote) is None


def test_pgpass_is_per_user_under_appdata():
    path = pgpass_path("C:\\Users\\alex\\AppData\\Roaming")
    assert str(path) == "C:\\Users\\alex\\AppData\\Roaming\\postgresql\\pgpass.conf"
