"""Text output for a windowed (no-console) build: on Windows the frozen GUI executable starts without
stdout/stderr, so `deskapp --self-test` and CLI commands attach to the console they were started from."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import IO, Any

ATTACH_PARENT_PROCESS = -1


def _windows_attach(process: int) -> bool:
    import ctypes

    return bool(ctypes.windll.kernel32.AttachConsole(process))  # type: ignore[attr-defined]


def attach_parent_console(
    *,
    os_name: str = os.name,
    attach: Callable[[int], bool] | None = None,
    opener: Callable[..., IO[Any]] = open,
    streams: Any = sys,
) -> bool:
    """Give print() somewhere to go when this process has no console (Windows GUI build).

    Returns whether the streams were replaced. The parts that touch Windows, and the sys whose streams it
    sets, are parameters so the decision is tested on any system (tests/test_console.py); the real
    AttachConsole call has not been run here.
    """
    if os_name != "nt" or (streams.stdout is not None and streams.stderr is not None):
        return False
    if not (attach or _windows_attach)(ATTACH_PARENT_PROCESS):  # started from Explorer: no console to attach
        return False
    # Line-buffered so each message shows before a crash or exit.
    streams.stdout = opener("CONOUT$", "w", encoding="utf-8", buffering=1)
    streams.stderr = opener("CONOUT$", "w", encoding="utf-8", buffering=1)
    return True
