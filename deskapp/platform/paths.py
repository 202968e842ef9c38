"""Where things live: bundled resources, and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "deskapp"


def resources_dir() -> Path:
    """The bundled resources/ folder, from a source checkout or from a PyInstaller build."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package_root = Path(__file__).resolve().parent.parent  # deskapp/
    packaged = package_root / "resources"
    if packaged.is_dir():
        return packaged
    return package_root.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def executable_dir() -> Path:
    """Where the admin config (deskapp.toml) and portable data sit: beside the frozen executable, or at
    the top of the source checkout when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "deskapp.sqlite3"
