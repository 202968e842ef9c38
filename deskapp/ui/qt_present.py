"""PySide6 types many getters as optional: a combo box's completer and line edit, a widget's layout, a
stacked widget's or tab widget's page, a completer's popup. Where the app built that object itself it is
there; `present` says so once, and fails loudly (naming nothing it cannot know) if it ever were not."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """`value`, which the caller's own construction guarantees; a RuntimeError if Qt returned none."""
    if value is None:
        raise RuntimeError("Qt returned no object where this window built one")
    return value
