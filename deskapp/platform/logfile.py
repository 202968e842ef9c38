"""The app's log file, for support: `logs/deskapp.log` in the data folder (beside the program in portable
mode), rotated at 1 MB, 3 old files kept. A windowed build has no console, so without it nothing is kept."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from deskapp.platform.settings import LocalSettings

LOG_NAME = "deskapp.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger(__name__)


def log_path(settings: LocalSettings) -> Path:
    return Path(settings.data_dir) / "logs" / LOG_NAME


def add_log_file(settings: LocalSettings) -> Path | None:
    """Send the root logger (and uncaught exceptions) to the log file too; None if it cannot be written."""
    path = log_path(settings)
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        log.warning("cannot write the log file %s", path, exc_info=True)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _log_uncaught_exceptions()
    return path


def _log_uncaught_exceptions() -> None:
    previous = sys.excepthook
    if getattr(previous, "_deskapp_logs", False):
        return

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("deskapp").critical("uncaught exception", exc_info=(kind, error, tb))
        previous(kind, error, tb)

    hook._deskapp_logs = True  # type: ignore[attr-defined]  # a mark on the function: installed once only
    sys.excepthook = hook
