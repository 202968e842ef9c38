"""Is a process of this PC still running? For telling a dead program's leftovers from a live one's work."""

from __future__ import annotations

import os
import sys


def process_alive(pid: int) -> bool:
    """True if a process with this id runs on this PC (or we may not ask: then assume it does)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: no signal, only the check (never on Windows, where 0 is CTRL_C_EVENT)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _windows_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # get_last_error exists on Windows only, and mypy checks the code as it runs on Linux.
        return bool(ctypes.get_last_error() == 5)  # type: ignore[attr-defined]  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel.CloseHandle(handle)
