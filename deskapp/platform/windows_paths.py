"""Windows path rules, written on PureWindowsPath so they are tested on any system.

Why here: desk PCs are almost always Windows. Three mistakes are common enough to catch by the text alone:
a Windows path with single backslashes inside a TOML "basic string" (where a backslash starts an escape),
an SQLite database on a network share (SQLite's file locks and WAL's shared memory are unsafe there), and
looking for pgpass.conf in the wrong place (libpq on Windows reads %APPDATA%\\postgresql\\pgpass.conf).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PureWindowsPath

# A TOML basic string "..." holding a backslash followed by something that is not a valid escape, or a
# drive letter followed by a single backslash: `database = "C:\desk\deskapp.sqlite3"`.
_BASIC_STRING = re.compile(r'^\s*([A-Za-z_][\w-]*)\s*=\s*"((?:[^"\\]|\\.)*)"', re.MULTILINE)
_VALID_ESCAPES = set('btnfr"\\uU')


def toml_backslash_hint(text: str) -> str | None:
    """A plain-words hint for the first setting whose quoted value has a Windows path with single backslashes."""
    for match in _BASIC_STRING.finditer(text):
        name, value = match.group(1), match.group(2)
        escapes = re.findall(r"\\(.)", value)
        if any(char not in _VALID_ESCAPES for char in escapes) or re.match(r"^[A-Za-z]:\\[^\\]", value):
            return (
                f"{name}: a Windows path inside double quotes needs each backslash doubled "
                f'(\\\\), or use single quotes, e.g. {name} = \'{value.replace(chr(92) * 2, chr(92))}\'.'
            )
    return None


def is_unc(path_text: str) -> bool:
    """\\\\server\\share\\... or the long form \\\\?\\UNC\\server\\share\\..."""
    pure = PureWindowsPath(path_text)
    if pure.drive.upper().startswith("\\\\?\\UNC\\"):
        return True
    return pure.drive.startswith("\\\\") and not pure.drive.startswith(("\\\\?\\", "\\\\.\\"))


def drive_letter(path_text: str) -> str | None:
    """'S:' for S:\\desk\\deskapp.sqlite3 (also the long form \\\\?\\S:\\...), else None."""
    drive = PureWindowsPath(path_text).drive
    if drive.startswith("\\\\?\\"):
        drive = drive[4:]
    return drive.upper() if re.fullmatch(r"[A-Za-z]:", drive) else None


def network_share_reason(path_text: str, is_remote_drive: Callable[[str], bool]) -> str | None:
    """Why an SQLite file at this path would be on a network share, or None when it is local.

    is_remote_drive('S:') answers whether a drive letter is a mapped network drive (on Windows,
    GetDriveTypeW == DRIVE_REMOTE); it is passed in so the rule is tested without Windows.
    """
    if is_unc(path_text):
        return f"{path_text} is on a network share (a \\\\server\\share path)."
    letter = drive_letter(path_text)
    if letter is not None and is_remote_drive(letter):
        return f"{path_text} is on {letter}, a mapped network drive."
    return None


def pgpass_path(appdata: str) -> PureWindowsPath:
    """Where libpq reads passwords for this Windows user: %APPDATA%\\postgresql\\pgpass.conf."""
    return PureWindowsPath(appdata) / "postgresql" / "pgpass.conf"


def windows_remote_drive(letter: str) -> bool:
    """GetDriveTypeW(letter + '\\\\') == DRIVE_REMOTE (4); only callable on Windows (not run here)."""
    import ctypes

    return bool(ctypes.windll.kernel32.GetDriveTypeW(f"{letter}\\") == 4)  # type: ignore[attr-defined]


def sqlite_network_share_reason(
    database: str, *, os_name: str, is_remote_drive: Callable[[str], bool] | None = None
) -> str | None:
    """The network_share_reason of an SQLite database setting on Windows (a file path or sqlite:/// URL)."""
    if os_name != "nt":
        return None
    if database.startswith("sqlite:///"):
        database = database[len("sqlite:///"):]
    elif "://" in database:
        return None  # PostgreSQL: a network server is the point
    return network_share_reason(database, is_remote_drive or windows_remote_drive)
