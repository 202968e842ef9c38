"""Memory: peak resident set size of the app with the 1M database open and the log scrolled 50 pages.

Run as a child process (`python -m benchmarks.memory --db PATH --pages 50`), so the peak belongs to this
job alone: it opens the database the way the app does, builds the enquiry log's model and table view
offscreen, shows them, fetches `--pages` further pages as scrolling to the bottom would, and prints one JSON
line with ru_maxrss. `--bare` does the same with an empty table in a bare window: the baseline.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from importlib import import_module
from typing import Any


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _build_log_model(db_path: str) -> Any:
    """The desk screen's log model over the real database, through the benchmark hook the desk work exposes."""
    from deskapp.startup import open_database

    opened = open_database(db_path)
    hook = import_module("benchmarks.desk_memory_hook") if _has("benchmarks.desk_memory_hook") else None
    if hook is not None:
        return hook.build_log_model(opened.db)
    raise RuntimeError("no log model to measure")


def _has(module: str) -> bool:
    from importlib.util import find_spec

    try:
        return find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def run(db_path: str | None, pages: int) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView(window)
    window.setCentralWidget(view)
    window.resize(1200, 720)
    model = _build_log_model(db_path) if db_path else QStandardItemModel(0, 8)
    view.setModel(model)
    window.show()
    app.processEvents()
    fetched = 0
    from PySide6.QtCore import QModelIndex

    for _ in range(pages):
        if not model.canFetchMore(QModelIndex()):
            break
        model.fetchMore(QModelIndex())
        view.scrollToBottom()
        app.processEvents()
        fetched += 1
    QCoreApplication.processEvents()
    return {"peak_rss_mb": _peak_mb(), "pages_fetched": fetched, "rows": model.rowCount()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(None if args.bare else args.db, args.pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
