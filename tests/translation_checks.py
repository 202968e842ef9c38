"""Helpers for the Danish tests: what a fresh lupdate finds, and English left on a screen walked in Danish.

Area owners use `english_texts(widget, allow=...)` in tests/test_ui_danish_<area>.py: it lists every visible
text of the widget and its children (labels, buttons, tabs, group boxes, table headers, placeholders, tooltips,
window titles) that still reads as English interface text.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

import dev

ROOT = Path(__file__).resolve().parents[1]
# The running environment's own lupdate (the one beside this Python), as `python3 dev.py test` installs it.
LUPDATE = str(Path(sys.executable).with_name("pyside6-lupdate" + (".exe" if os.name == "nt" else "")))
# One list of each catalogue's source files, the one `python3 dev.py translations` extracts from.
AREA_SOURCES: dict[str, list[str]] = dev.TRANSLATION_AREAS
# Words that say a text is still English; Danish interface text has none of them as whole words (so not
# "for", "to", "by", "and", which are Danish words too).
ENGLISH_WORDS = frozenset("""the you your is are not with from this that of in on or can cannot
sign signed locked desk enquiry enquiries save saved open close cancel search name password settings staff
add edit delete remove new show help here there what when which who will could would should""".split())  # noqa: SIM905 - a word list reads better as text
_WORD = re.compile(r"[A-Za-z]+")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def fresh_extract(area: str, out: Path) -> Path:
    """Run lupdate over the area's source files into a new .ts (what the committed one must match)."""
    files = sorted(str(p) for pattern in AREA_SOURCES[area] for p in ROOT.glob(pattern))
    subprocess.run([LUPDATE, *files, "-ts", str(out)], check=True, capture_output=True, cwd=ROOT)
    return out


def looks_english(text: str, allow: frozenset[str] = frozenset()) -> bool:
    """Whether English words remain once the allowed names and data (`allow`) are taken out of the text."""
    cleaned = text.replace("&", "")
    for name in sorted(allow, key=len, reverse=True):
        cleaned = cleaned.replace(name, "")
    if not cleaned.strip():
        return False
    return any(word.lower() in ENGLISH_WORDS for word in _WORD.findall(cleaned))


def _count(method: object) -> int:
    """rowCount()/columnCount() of any model (a Python model wants the parent, QListWidget's hides it)."""
    for args in ((), (QModelIndex(),)):
        try:
            return int(method(*args))  # type: ignore[operator]
        except TypeError:
            continue
    return 1


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(object description, text) for every text a person can see or hear from this widget down."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if widget.isWindow() and widget.windowTitle():
            found.append((f"{kind} title", widget.windowTitle()))
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append((kind, text))
        if isinstance(widget, QLineEdit):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [(f"{kind} tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = _count(model.columnCount)
            found += [(f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(columns) if model.headerData(c, Qt.Orientation.Horizontal)]
            found += [(f"{kind} row", str(model.index(r, 0).data()))
                      for r in range(min(_count(model.rowCount), 20))
                      if model.index(r, 0).data()]
        found.append((f"{kind} tooltip", widget.toolTip()))
        found.append((f"{kind} accessible name", widget.accessibleName()))
    return [(where, text) for where, text in found if text]


def english_texts(root: QWidget, allow: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(where, text) for where, text in visible_texts(root) if looks_english(text, allow)]
