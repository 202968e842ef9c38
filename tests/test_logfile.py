"""The support log file: logs/deskapp.log in the data folder (beside the program when portable)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from deskapp.platform.logfile import add_log_file
from deskapp.platform.settings import load_settings


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    sys.excepthook = hook
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_portable_app_logs_into_its_own_data_folder(tmp_path: Path, restore_root_logger: None) -> None:
    admin = tmp_path / "deskapp.toml"
    admin.write_text("portable = true\n", encoding="utf-8")
    settings = load_settings(admin_config=admin, environ={})

    path = add_log_file(settings)
    logging.getLogger("deskapp.test").warning("the printer on floor 2 is offline")
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert path == tmp_path / "data" / "logs" / "deskapp.log"
    assert "WARNING deskapp.test: the printer on floor 2 is offline" in path.read_text(encoding="utf-8")


def test_adding_the_log_file_twice_adds_one_handler(tmp_path: Path, restore_root_logger: None) -> None:
    admin = tmp_path / "deskapp.toml"
    admin.write_text("portable = true\n", encoding="utf-8")
    settings = load_settings(admin_config=admin, environ={})

    add_log_file(settings)
    add_log_file(settings)

    files = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(files) == 1
