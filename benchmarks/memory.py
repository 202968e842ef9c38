"""Memory: peak resident set size of the app with the 1M database open and the log scrolled 50 pages.

Run as a child process (`python -m benchmarks.memory --db PATH --pages 50`), so the peak belongs to this
job alone: it opens the database the way the app does, builds the enquiry log's model and table view
offscreen, shows them, fetches `--pages` further pages as scrolling to the bottom would, and prints one JSON
line with its peak resident set size. `--bare` does the same with an empty table in a bare window: the
baseline.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path
from typing import Any


def _peak_mb() -> float:
    """Peak resident set size of this process, in MB.

    On Linux, VmHWM of /proc/self/status: ru_maxrss keeps the high-water mark of the process *before* its
    exec, i.e. of the forked parent, so a child of a big benchmark runner would report the runner's size."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _build_log_model(db_path: str) -> Any:
    """The desk screen's log model (deskapp.ui.log.model.LogModel) over the real query, as the log page builds
    it: the database opened the way the app opens it, the reference lists, then the first page."""
    from deskapp.desk.enquiries import LogFilters, LogSort, query_log
    from deskapp.desk.reference import load_reference
    from deskapp.startup.database import open_database
    from deskapp.ui.log.model import LogModel

    db = open_database(db_path).db
    with db.read() as session:
        ref = load_reference(session)

    def fetch(filters: Any, sort: Any, cursor: Any, limit: int) -> Any:
        with db.read() as session:
            return query_log(session, filters, sort, cursor=cursor, limit=limit)

    model = LogModel(ref, fetch)
    model.reload(LogFilters(), LogSort())
    return model


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
