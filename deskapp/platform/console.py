"""Text output for a windowed (no-console) build: on Windows the frozen GUI executable starts without
stdout/stderr, so `deskapp --self-test` and CLI commands attach to the console they were started from."""

from __future__ import annotations

import os
import sys


def attach_parent_console() -> None:
    """Give print() somewhere to go when this process has no console (Windows GUI build); else no-op."""
    if os.name != "nt" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # started from Explorer: no console
        return
    # Line-buffered so each message shows before a crash or exit.
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115 (lives for the process)
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
