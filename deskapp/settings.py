"""Per-PC settings: which database, which desk this PC is, lock time, backup folder, retention.

Read in order: command-line options, a config file beside the executable (what an IT admin deploys),
the per-user config file, then defaults. The deployment work extends this with portable mode and the
diagnostics view; the interface below is what the rest of the app relies on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from deskapp.paths import APP_NAME, default_database_path


@dataclass(frozen=True)
class LocalSettings:
    database: str = ""
    desk_name: str = ""
    idle_lock_minutes: int = 10
    backup_folder: str = ""
    retention_days: int = 90
    # Where each value came from: "default", "user config", "admin config", "command line".
    sources: dict[str, str] = field(default_factory=dict, compare=False)


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "deskapp.toml"


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def load_settings(overrides: dict[str, Any] | None = None, *, user_config: Path | None = None) -> LocalSettings:
    names = {f.name for f in fields(LocalSettings)} - {"sources"}
    values: dict[str, Any] = {"database": str(default_database_path())}
    sources = dict.fromkeys(names, "default")
    for label, data in (("user config", _read(user_config or user_config_path())),
                        ("command line", overrides or {})):
        for key, value in data.items():
            if key in names and value not in (None, ""):
                values[key] = value
                sources[key] = label
    return LocalSettings(**values, sources=sources)


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
