"""What a desk worker copies into a support ticket: version, where the database is and its schema revision,
the effective settings and where each came from. The About/Diagnostics dialog adds the Qt version."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from deskapp import __version__
from deskapp.db import Database
from deskapp.db.migrate import HEAD_REVISION, revision_of
from deskapp.platform.logfile import log_path
from deskapp.platform.settings import LocalSettings


@dataclass(frozen=True)
class Diagnostics:
    version: str
    python: str
    system: str
    executable: str
    frozen: bool
    database: str  # password hidden
    backend: str
    revision: str
    head_revision: str
    data_dir: str
    portable: bool
    admin_config: str
    user_config: str
    log_file: str
    settings: tuple[tuple[str, str, str], ...]  # (name, value, source)

    def lines(self, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
        """(label, value) rows in the order shown and copied."""
        rows = [
            ("deskapp", self.version),
            ("build", "frozen" if self.frozen else "from source"),
            ("executable", self.executable),
            ("python", self.python),
            *extra,
            ("system", self.system),
            ("database", self.database),
            ("database type", self.backend),
            ("schema revision", f"{self.revision} (this version expects {self.head_revision})"),
            ("data folder", self.data_dir + (" (portable)" if self.portable else "")),
            ("admin config", self.admin_config),
            ("user config", self.user_config),
            ("log file", self.log_file),
        ]
        rows += [(f"setting {name}", f"{value}  [{source}]") for name, value, source in self.settings]
        return rows

    def as_text(self, extra: tuple[tuple[str, str], ...] = ()) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.lines(extra)) + "\n"


def hide_password(database: str) -> str:
    if "://" not in database:
        return database
    try:
        return make_url(database).render_as_string(hide_password=True)
    except Exception:  # a malformed URL is still worth showing, minus anything after the scheme's user
        return database.split("@")[-1]


def collect_diagnostics(db: Database, settings: LocalSettings) -> Diagnostics:
    try:
        revision = revision_of(db) or "(empty: not migrated)"
    except Exception as error:  # diagnostics must show even when the database is the problem
        revision = f"unknown ({type(error).__name__}: {error})"
    shown = tuple(
        (name, hide_password(str(value)) if name == "database" else str(value), source)
        for name, value, source in settings.effective()
    )
    return Diagnostics(
        version=__version__,
        python=f"{platform.python_version()} ({platform.python_implementation()})",
        system=platform.platform(),
        executable=sys.executable,
        frozen=bool(getattr(sys, "frozen", False)),
        database=str(db.sqlite_path) if db.sqlite_path else db.url.render_as_string(hide_password=True),
        backend=db.engine.dialect.name,
        revision=revision,
        head_revision=HEAD_REVISION,
        data_dir=settings.data_dir,
        portable=settings.portable,
        admin_config=_file_state(settings.admin_config),
        user_config=_file_state(settings.user_config),
        log_file=str(log_path(settings)),
        settings=shown,
    )


def _file_state(path: str) -> str:
    from pathlib import Path

    return f"{path} ({'present' if path and Path(path).is_file() else 'not present'})"
