"""Settings shared by every desk on one database (table app_settings): how long notes are kept, where
backups go. Team leaders change them; each change is audited. Per-PC settings live in deskapp.platform.settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from deskapp.db.models import AppSetting
from deskapp.platform.actor import Actor
from deskapp.platform.audit import record
from deskapp.platform.i18n import N_, _
from deskapp.platform.settings import LocalSettings, SettingsError, load_settings

RETENTION_KEY = "privacy.note_retention_days"
BACKUP_FOLDER_KEY = "backup.folder"
DEFAULT_RETENTION_DAYS = 90
MIN_RETENTION_DAYS, MAX_RETENTION_DAYS = 1, 3650


class SettingError(ValueError):
    """A setting value that cannot be used."""


@dataclass(frozen=True)
class SharedSettings:
    note_retention_days: int
    backup_folder: str  # "" = the default folder beside the database


def _get(session: Session, key: str, default: Any) -> Any:
    row = session.get(AppSetting, key)
    return default if row is None or row.value is None else row.value


def _set(session: Session, actor: Actor, key: str, value: Any, default: Any) -> bool:
    row = session.get(AppSetting, key)
    old = default if row is None else row.value
    if old == value and row is not None:
        return False
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    record(session, actor, "edit", "setting", key, {"value": [old, value]})
    return True


def load_shared_settings(session: Session) -> SharedSettings:
    return SharedSettings(note_retention_days=get_note_retention_days(session),
                          backup_folder=get_backup_folder(session))


def _deployed() -> LocalSettings | None:
    """The PC's settings (an IT admin's deskapp.toml beside the program, then the user's): they supply the
    default until a team leader sets a value in the app, which then holds for every desk."""
    try:
        return load_settings()
    except SettingsError:
        return None  # a broken config file is reported where it is loaded at start-up


def get_note_retention_days(session: Session) -> int:
    deployed = _deployed()
    default = deployed.retention_days if deployed else DEFAULT_RETENTION_DAYS
    return int(_get(session, RETENTION_KEY, default))


def set_note_retention_days(session: Session, actor: Actor, days: int) -> bool:
    """Notes older than this many days are purged (the coded fields stay). Returns whether it changed."""
    actor.require("leader", N_("change how long notes are kept"))
    if isinstance(days, bool) or not isinstance(days, int) or not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise SettingError(_("Keep notes for {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS} days.").format(
                MIN_RETENTION_DAYS=MIN_RETENTION_DAYS,
                MAX_RETENTION_DAYS=MAX_RETENTION_DAYS))
    return _set(session, actor, RETENTION_KEY, days, DEFAULT_RETENTION_DAYS)


def get_backup_folder(session: Session) -> str:
    chosen = str(_get(session, BACKUP_FOLDER_KEY, ""))
    if chosen:
        return chosen
    deployed = _deployed()
    return deployed.backup_folder if deployed else ""


def set_backup_folder(session: Session, actor: Actor, folder: str) -> bool:
    """Where automatic backups go ("" for the default). Must be an absolute path."""
    actor.require("leader", N_("change the backup folder"))
    text = (folder or "").strip()
    if text and not Path(text).expanduser().is_absolute():
        raise SettingError(_("Give the backup folder as a full path, for example D:\\deskapp-backups."))
    if text and Path(text).expanduser().exists() and not Path(text).expanduser().is_dir():
        raise SettingError(_("{text} is a file, not a folder.").format(text=text))
    return _set(session, actor, BACKUP_FOLDER_KEY, text, "")


def record_pc_setting_change(session: Session, actor: Actor, key: str, old: Any, new: Any,
                             desk_id: int | None = None) -> None:
    """Per-PC settings (desk name, idle lock) live in the PC's config file; their changes still go in the
    shared audit trail, so a team leader can see who renamed a desk or turned the idle lock off."""
    actor.require("leader", N_("change this desk PC's settings"))
    if old != new:
        record(session, actor, "edit", "pc-setting", key, {"value": [old, new]}, desk_id=desk_id)
