"""The names of the roles as the Staff & settings screens show them (the domain's ROLE_LABELS, marked for
lupdate here; tests/test_ui_danish_admin.py checks every role has its entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP

ROLES: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("Roles", "Staff"),
    "leader": QT_TRANSLATE_NOOP("Roles", "Team leader"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Admin"),
}

# Where a setting that this PC cannot change came from (deskapp.platform.settings' source names).
SOURCES: dict[str, str] = {
    "admin config": QT_TRANSLATE_NOOP("Roles", "the admin configuration file"),
    "command line": QT_TRANSLATE_NOOP("Roles", "the command line"),
}


def role_label(role: str, fallback: str = "") -> str:
    text = ROLES.get(role)
    return QCoreApplication.translate("Roles", text) if text else (fallback or role)


def source_label(source: str) -> str:
    text = SOURCES.get(source)
    return QCoreApplication.translate("Roles", text) if text else source
