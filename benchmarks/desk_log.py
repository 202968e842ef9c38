"""Desk benchmarks as plain functions returning timings in milliseconds (the suite folds them in).

    .venv/bin/python -m benchmarks.desk_log /tmp/m1.sqlite3      # prints the figures

- `save_timings`: log_enquiry through the domain layer, one Database.write() each (SQLite, synchronous=FULL).
- `log_page_timings`: the enquiry log's Qt model on a big database: the first page (reference lists + first
  keyset page, what opening the page costs) and each further page (fetchMore), for several sorts and filters.
- `log_query_plans`: SQLite's plan for the first page of each filter, to check the indexes are used.
Works on a copy of the database for saves; the log timings only read.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_APP = None


def raw_commit_timings(folder: str | Path, count: int = 200) -> list[float]:
    """The disk's own price: one tiny INSERT + COMMIT with the app's pragmas (WAL, synchronous=FULL)."""
    import sqlite3

    path = Path(tempfile.mkdtemp(prefix="desk-bench-raw-", dir=folder)) / "raw.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")

        def commit_one() -> None:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO t (v) VALUES ('x')")
            connection.execute("COMMIT")

        return [_ms(commit_one) for _ in range(count)]
    finally:
        connection.close()
        shutil.rmtree(path.parent, ignore_errors=True)


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def save_timings(db_path: str | Path, count: int = 500, scratch_dir: str | Path | None = None) -> list[float]:
    """Milliseconds per save, on a scratch copy of `db_path` (the original is not changed).

    `scratch_dir` on a RAM disk (/dev/shm) takes the disk's fsync out of the figure, leaving the app's own cost.
    """
    from deskapp.db import Database
    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
    from deskapp.desk.reference import load_reference
    from deskapp.platform.actor import Actor
    from deskapp.platform.desks import ensure_desk

    scratch = Path(tempfile.mkdtemp(prefix="desk-bench-", dir=scratch_dir)) / "save.sqlite3"
    shutil.copyfile(db_path, scratch)
    db = Database(scratch)
    try:
        with db.write() as session:
            desk_id = ensure_desk(session, "Benchmark desk")
            ref = load_reference(session)
        person = next(p for p in ref.staff if p.active)
        actor = Actor.staff_member(person.id, "staff")
        categories = ref.pickable_categories
        now = datetime.now(UTC)
        timings = []
        for number in range(count + 20):
            category = categories[number % len(categories)]
            draft = EnquiryDraft(category.id, ref.channels[0].id, ref.outcomes[0].id, ref.patron_types[0].id,
                                 1 + number % 6, ref.duration_bands[0].id, None, category.skill_ids, "",
                                 now - timedelta(seconds=number))

            def save(draft: EnquiryDraft = draft) -> None:
                with db.write() as session:
                    log_enquiry(session, actor, desk_id, draft)

            elapsed = _ms(save)
            if number >= 20:  # the first few warm the caches and the connection pool
                timings.append(elapsed)
        return timings
    finally:
        db.dispose()
        shutil.rmtree(scratch.parent, ignore_errors=True)


def log_page_timings(db_path: str | Path, *, pages: int = 20, repeat: int = 5,
                     cases: dict[str, tuple] | None = None) -> dict[str, dict[str, list[float]]]:
    """{case: {"first": [ms per open], "further": [ms per fetchMore]}} through deskapp.ui.log.model.LogModel."""
    from PySide6.QtCore import QCoreApplication

    from deskapp.db import Database
    from deskapp.desk.enquiries import LogFilters, LogSort, query_log
    from deskapp.desk.reference import load_reference
    from deskapp.ui.log.model import LogModel

    global _APP
    _APP = QCoreApplication.instance() or QCoreApplication([])  # kept for the process: no teardown mid-run
    db = Database(db_path)
    with db.read() as session:
        ref = load_reference(session)
    busiest_desk = ref.desks[0].id if ref.desks else None
    cases = cases or {
        "newest first": (LogFilters(), LogSort()),
        "oldest first": (LogFilters(), LogSort("asked_at", descending=False)),
        "by category": (LogFilters(), LogSort("category", descending=False)),
        "by staff": (LogFilters(), LogSort("staff", descending=False)),
        "one desk": (LogFilters(desk_id=busiest_desk), LogSort()),
        "IT domain": (LogFilters(domain="it"), LogSort()),
        "READ 4": (LogFilters(read_level=4), LogSort()),
    }

    def fetch(filters, sort, cursor, limit):
        with db.read() as session:
            return query_log(session, filters, sort, cursor=cursor, limit=limit)

    results: dict[str, dict[str, list[float]]] = {}
    try:
        for name, (filters, sort) in cases.items():
            first: list[float] = []
            further: list[float] = []
            for _ in range(repeat):
                holder: dict[str, LogModel] = {}

                def open_log(filters=filters, sort=sort, holder=holder) -> None:
                    with db.read() as session:
                        page_ref = load_reference(session)  # what opening the page loads
                    model = LogModel(page_ref, fetch)
                    model.reload(filters, sort)
                    holder["model"] = model

                first.append(_ms(open_log))
                model = holder["model"]
                for _page in range(pages):
                    if not model.canFetchMore():
                        break
                    further.append(_ms(model.fetchMore))
            results[name] = {"first": first, "further": further}
    finally:
        db.dispose()
    return results


def log_query_plans(db_path: str | Path) -> dict[str, list[str]]:
    from deskapp.db import Database
    from deskapp.desk.log import LogFilters, explain

    db = Database(db_path)
    try:
        with db.read() as session:
            return {name: explain(session, filters) for name, filters in {
                "no filter": LogFilters(), "desk": LogFilters(desk_id=1), "staff": LogFilters(staff_id=1),
                "category": LogFilters(category_id=1), "domain": LogFilters(domain="it"),
                "dates": LogFilters(date_from=datetime.now().date() - timedelta(days=30)),
                "skill": LogFilters(skill_id=1), "READ": LogFilters(read_level=1),
            }.items()}
    finally:
        db.dispose()


def _summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (f"n={len(samples)} median {statistics.median(samples):.2f} ms  p99 {p99:.2f} ms  "
            f"max {ordered[-1]:.2f} ms")


def main(argv: list[str]) -> int:
    db_path = argv[0] if argv else "/tmp/m1.sqlite3"
    for name, plan in log_query_plans(db_path).items():
        print(f"plan {name:10}: {' | '.join(plan)}")
    for name, timing in log_page_timings(db_path).items():
        print(f"log {name:13} first page: {_summary(timing['first'])}")
        print(f"log {name:13} next page : {_summary(timing['further'])}")
    print(f"save (domain layer, disk) : {_summary(save_timings(db_path))}")
    print(f"raw commit (same disk)    : {_summary(raw_commit_timings(tempfile.gettempdir()))}")
    if Path("/dev/shm").is_dir():
        print(f"save (domain, RAM disk)   : {_summary(save_timings(db_path, scratch_dir='/dev/shm'))}")
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    # After a long run PySide6 can trip over its own objects while the interpreter finalizes ("none_dealloc");
    # every figure is printed by now, so leave without the teardown.
    os._exit(code)
