"""Per-PC settings: which database, which desk this PC is, lock time, backup folder, retention.

Each value is taken from the first of these that gives it:

1. the command line (`--db`, or `overrides` passed by the caller); for the database, then `DESKAPP_DB`;
2. the admin config: `deskapp.toml` beside the executable (beside the source checkout when not frozen),
   or the file given with `--config` — what IT deploys to every desk PC;
3. the per-user config (`save_user_setting` writes it; the data folder's `deskapp.toml` in portable mode);
4. defaults.

Portable mode (`portable = true` in the admin config, or `--portable`) keeps everything — database, backups,
per-user config — in a `data/` folder beside the admin config, i.e. beside the executable, so the whole
app can live on a USB stick or a shared folder. `LocalSettings.sources` says where each value came from.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from deskapp.platform.i18n import _
from deskapp.platform.paths import APP_NAME, default_database_path, executable_dir, user_data_dir
from deskapp.platform.windows_paths import sqlite_network_share_reason, toml_backslash_hint

CONFIG_NAME = "deskapp.toml"
PORTABLE_DATA = "data"

# Source labels, as shown in the About/Diagnostics dialog.
COMMAND_LINE = "command line"
ENVIRONMENT = "environment (DESKAPP_DB)"
ADMIN_CONFIG = "admin config"
USER_CONFIG = "user config"
DEFAULT = "default"


class SettingsError(ValueError):
    """A config file that cannot be read or holds a value of the wrong kind (the message names the file)."""


@dataclass(frozen=True)
class LocalSettings:
    database: str = ""
    desk_name: str = ""
    idle_lock_minutes: int = 10
    backup_folder: str = ""
    retention_days: int = 90
    language: str = ""  # this PC's interface language, "en" or "da"; "" = the system's (deskapp/ui/i18n.py)
    # Where each value came from: "default", "user config", "admin config", "command line", "environment ...".
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    # How the values were found (for diagnostics; not settings themselves).
    portable: bool = field(default=False, compare=False)
    data_dir: str = field(default="", compare=False)
    admin_config: str = field(default="", compare=False)
    user_config: str = field(default="", compare=False)
    # Keys in a config file that deskapp does not know (a misspelt `databse =` would else be silently
    # ignored and the app would open the per-user database): one sentence each, said at start.
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def effective(self) -> list[tuple[str, Any, str]]:
        """(name, value, source) for every setting, in a stable order."""
        return [(name, getattr(self, name), self.sources.get(name, DEFAULT)) for name in SETTING_NAMES]


SETTING_NAMES: tuple[str, ...] = tuple(
    f.name for f in fields(LocalSettings) if f.name not in {"sources", "portable", "data_dir", "admin_config",
                                                           "user_config"}
)
_INTEGERS = {"idle_lock_minutes": "a whole number of minutes", "retention_days": "a whole number of days"}
_PATHS = {"database", "backup_folder"}  # relative paths in a config file are relative to that file
_LANGUAGES = ("en", "da")  # the interface languages deskapp speaks (deskapp/ui/translations)

# Set once per run by the command line (deskapp.cli): `--config FILE` and `--portable`.
_command_line: dict[str, Any] = {}


def set_command_line(*, config: str | None = None, portable: bool = False) -> None:
    """Remember `--config` / `--portable` for every later load_settings() call of this process."""
    _command_line.clear()
    if config:
        _command_line["config"] = Path(config).expanduser().resolve()
    if portable:
        _command_line["portable"] = True


def admin_config_path() -> Path:
    return _command_line.get("config") or executable_dir() / CONFIG_NAME


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise SettingsError(_("Cannot read the settings file {path}: {error}").format(
                path=path,
                error=error)) from error
    except tomllib.TOMLDecodeError as error:
        # The usual Windows mistake gets a hint that says how to fix it, not only where the parser stopped.
        hint = toml_backslash_hint(path.read_text(encoding="utf-8", errors="replace"))
        suffix = f" {hint}" if hint else ""
        raise SettingsError(_("Cannot read the settings file {path}: {error}.{suffix}").format(
                path=path,
                error=error,
                suffix=suffix)) from error


def _is_portable(admin: dict[str, Any], admin_path: Path, explicit: bool | None) -> bool:
    if explicit is not None:
        return explicit
    if _command_line.get("portable"):
        return True
    value = admin.get("portable", False)
    if not isinstance(value, bool):
        raise SettingsError(_("Settings file {admin_path}: portable must be true or false, not {value!r}.").format(
                admin_path=admin_path,
                value=value))
    return value


def _portable_dir(admin_path: Path) -> Path:
    return admin_path.parent / PORTABLE_DATA


def user_config_path() -> Path:
    """The per-user config file (in the portable data folder when running portable)."""
    admin_path = admin_config_path()
    if _is_portable(_read(admin_path), admin_path, None):
        return _portable_dir(admin_path) / CONFIG_NAME
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


_FILE_ONLY_KEYS = {"portable"}


def unknown_keys(data: dict[str, Any], origin: Path) -> list[str]:
    """A warning for each key of a config file that is not a setting, with the likely intended name."""
    known = (*SETTING_NAMES, *_FILE_ONLY_KEYS)
    said = []
    for key in data:
        if key in known:
            continue
        guess = difflib.get_close_matches(key, known, n=1)
        hint = f" (did you mean {guess[0]!r}?)" if guess else ""
        said.append(f"Settings file {origin}: unknown setting {key!r}{hint}; it is ignored. Known settings: "
                    f"{', '.join(known)}.")
    return said


def _convert(name: str, value: Any, origin: Path | None) -> Any:
    where = f"Settings file {origin}: " if origin else ""
    if name in _INTEGERS:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise SettingsError(_("{where}{name} must be {INTEGERS}, not {value!r}.").format(
                    where=where,
                    name=name,
                    INTEGERS=_INTEGERS[name],
                    value=value))
        try:
            number = int(value)
        except ValueError:
            raise SettingsError(_("{where}{name} must be {INTEGERS}, not {value!r}.").format(
                    where=where,
                    name=name,
                    INTEGERS=_INTEGERS[name],
                    value=value)) from None
        if number < 0:
            raise SettingsError(_("{where}{name} cannot be negative ({number}).").format(
                    where=where,
                    name=name,
                    number=number))
        return number
    if not isinstance(value, str):
        raise SettingsError(_("{where}{name} must be text in quotes, not {value!r}.").format(
                where=where,
                name=name,
                value=value))
    if name == "language":
        code = value.strip().lower()
        if code and code not in _LANGUAGES:  # "": the system's language (what Staff & settings writes for it)
            raise SettingsError(_("{where}language must be one of {choices}, not {value!r}.").format(
                where=where, choices=", ".join(_LANGUAGES), value=value))
        return code
    if name in _PATHS and any(char in value for char in "\n\t\r\b\f"):
        # "C:\new\table.sqlite3" parses as TOML without error, into a path with a newline and a tab in it:
        # a silently wrong database is worse than a refusal.
        raise SettingsError(
            _("{where}{name} holds a line break or tab ({value!r}): a Windows path inside double quotes needs each "
              "backslash doubled (\\\\), or write it in single quotes.").format(where=where, name=name, value=value)
        )
    if name in _PATHS and origin is not None and "://" not in value:
        path = Path(value).expanduser()
        return str(path if path.is_absolute() else (origin.parent / path).resolve())
    return value


def load_settings(
    overrides: dict[str, Any] | None = None,
    *,
    user_config: Path | None = None,
    admin_config: Path | None = None,
    portable: bool | None = None,
    environ: dict[str, str] | None = None,
    os_name: str = os.name,
    is_remote_drive: Callable[[str], bool] | None = None,
) -> LocalSettings:
    """The effective settings. `overrides` are command-line values (None or "" = not given).

    os_name and is_remote_drive stand in for Windows in tests; a desk PC passes neither.
    """
    admin_path = admin_config or admin_config_path()
    admin = _read(admin_path)
    is_portable = _is_portable(admin, admin_path, portable)
    data_dir = _portable_dir(admin_path) if is_portable else user_data_dir()
    if user_config is None:
        user_config = data_dir / CONFIG_NAME if is_portable else user_config_path()
    env = os.environ if environ is None else environ

    values: dict[str, Any] = {
        "database": str(data_dir / default_database_path().name if is_portable else default_database_path()),
    }
    if is_portable:
        values["backup_folder"] = str(data_dir / "backups")
    sources = dict.fromkeys(SETTING_NAMES, DEFAULT)
    layers: list[tuple[str, dict[str, Any], Path | None]] = [
        (USER_CONFIG, _read(user_config), user_config),
        (ADMIN_CONFIG, admin, admin_path),
        (ENVIRONMENT, {"database": env.get("DESKAPP_DB")}, None),
        (COMMAND_LINE, overrides or {}, None),
    ]
    warnings: list[str] = []
    for label, data, origin in layers:
        if origin is not None:
            warnings += unknown_keys(data, origin)
        for key, value in data.items():
            if key in SETTING_NAMES and value not in (None, ""):
                values[key] = _convert(key, value, origin)
                sources[key] = label
    # Refused, not warned: two PCs writing one SQLite file over SMB corrupt it (README, "Several desks").
    share = sqlite_network_share_reason(values["database"], os_name=os_name, is_remote_drive=is_remote_drive)
    if share:
        raise SettingsError(
            _("{share} An SQLite database must be on this PC's own disk: over a network share its locks are unsafe "
              "and it can be corrupted. Use a local path, or PostgreSQL for several desks (docs/INSTALL.md).").format(
                    share=share)
        )
    return LocalSettings(
        **values,
        sources=sources,
        portable=is_portable,
        data_dir=str(data_dir),
        admin_config=str(admin_path),
        user_config=str(user_config),
        warnings=tuple(warnings),
    )


def save_user_setting(key: str, value: Any, *, user_config: Path | None = None) -> None:
    """Write one per-PC setting to the per-user config file (atomically: write a temp file, then rename)."""
    path = user_config or user_config_path()
    data = _read(path)
    data[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{name} = {_toml_value(v)}" for name, v in sorted(data.items())]
    temp = path.with_suffix(".tmp")
    temp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temp.replace(path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def resolve_database(cli_value: str | None = None) -> str:
    """--db beats DESKAPP_DB beats the admin config beats the user config beats the data folder."""
    return load_settings({"database": cli_value}).database
