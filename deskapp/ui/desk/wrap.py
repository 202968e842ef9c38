"""Breaking a label onto lines at its spaces, for buttons on a scaled screen (125 %, 150 % on 1366x768).

`wrap_lines` fills each line with as many words as fit and shortens only the last allowed line with "…";
`narrowest_for` is the least width at which a label fits in a number of lines without "…", which a button
asks for as its minimum so that its layout gives way elsewhere before a word is cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def wrap_lines(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    width = max(20, width)
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        count = len(words)
        while count > 1 and metrics.horizontalAdvance(" ".join(words[:count])) > width:
            count -= 1
        lines.append(" ".join(words[:count]))
        words = words[count:]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def narrowest_for(metrics: QFontMetrics, text: str, max_lines: int) -> int:
    """The least width (text only, no padding) at which `wrap_lines` shows all of `text` in `max_lines`."""
    words = text.split()
    if not words:
        return 0
    width = max(metrics.horizontalAdvance(word) for word in words)  # never narrower than the longest word
    full = metrics.horizontalAdvance(" ".join(words))
    while width < full:
        shown = wrap_lines(metrics, text, width, max_lines)
        if " ".join(shown).split() == words:
            return width
        width += 4
    return full
