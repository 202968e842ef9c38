"""QT_TRANSLATE_NOOP with types: marks a text for translation where it is defined, returns it unchanged.

PySide6's own is typed `(object, object) -> object`, so every table of marked headers needed str() at each
use. lupdate finds the marker by its name, whichever module it comes from (tests/test_ui_qt_helpers.py runs
pyside6-lupdate to prove it); the text is translated where it is shown, with QCoreApplication.translate and
the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
