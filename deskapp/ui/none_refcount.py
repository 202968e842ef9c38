"""Give back the references to None that PySide6 takes.

PySide6 6.12 on Python 3.11 drops one reference to None on every call of a method that returns nothing
(`QFont.setBold`, `QPainter.drawLine`, ...): `sys.getrefcount(None)` falls by one per call. Python 3.11's
None is an ordinary counted object, so after enough calls its count reaches zero and the interpreter aborts
("Fatal Python error: none_dealloc"), usually at exit. Painting a long report makes tens of thousands of
such calls, enough to crash the CLI at exit and to bring a running app closer to it.

`given_back()` measures None's count around a block and adds back what the block lost. Adding back too
many is harmless (None is never freed); too few would not be. From Python 3.12 None is immortal, its count
does not move, and this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def given_back() -> Iterator[None]:
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if sys.version_info < (3, 12):
            for _ in range(max(lost, 0)):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
