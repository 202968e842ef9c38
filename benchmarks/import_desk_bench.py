"""A desk saving while another program imports: how long does each desk save wait?

A child process imports a generated Gimlet CSV into a fresh, seeded SQLite database (as `deskapp import`
would, from another PC's session or a scheduled job); meanwhile this process logs an enquiry through the
desk's own domain function every 50 ms and times each save. The baseline is the same saves on the same
database with no import running. The goal: no save waits a second or more.

    .venv/bin/python -m benchmarks.import_desk_bench [--rows 300000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAVE_EVERY_SECONDS = 0.05


@dataclass(frozen=True)
class DeskDuringImport:
    rows: int
    during_ms: list[float]  # each desk save while the import was writing
    quiet_ms: list[float]  # the same saves with no import running
    import_seconds: float
    failures: int  # desk saves that failed (a desk worker would have seen an error)


def _child(url: str, csv_path: str) -> int:
    from deskapp.db import Database
    from deskapp.importing import FORMATS, import_file
    from deskapp.platform.actor import Actor

    db = Database(url)
    said: list[bool] = []

    def progress(stage: str, _done: int, _total: int) -> None:
        if stage == "writing" and not said:
            said.append(True)
            os.write(1, b"writing\n")

    try:
        summary = import_file(db, Actor.cli(), csv_path, FORMATS["gimlet"], timezone="UTC", progress=progress)
    finally:
        db.dispose()
    os.write(1, f"done {summary.imported}\n".encode())
    return 0


def _desk(db):
    from deskapp.db.models import Desk, Staff
    from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
    from deskapp.desk.reference import load_reference
    from deskapp.platform.actor import Actor

    with db.write() as session:
        desk, person = Desk(name="Benchmark desk"), Staff(name="Bench Person", initials="BP", role="staff")
        session.add_all([desk, person])
        session.flush()
        desk_id, actor = desk.id, Actor.staff_member(person.id, "staff")
    with db.read() as session:
        ref = load_reference(session)
    def seeded_id(list_name: str, key: str) -> int:
        option = ref.by_key(list_name, key)
        if option is None:
            raise RuntimeError(f"the benchmark database has no {key!r} in {list_name}: it was not seeded")
        return option.id

    draft = EnquiryDraft(category_id=seeded_id("categories", "it-wifi"),
                         channel_id=seeded_id("channels", "in-person"),
                         outcome_id=seeded_id("outcomes", "resolved"))

    def save() -> float:
        started = time.perf_counter()
        with db.write() as session:
            log_enquiry(session, actor, desk_id, draft)
        return (time.perf_counter() - started) * 1000

    return save


def measure(folder: Path, rows: int) -> DeskDuringImport:
    from benchmarks.import_bench import _fresh_database, generate_gimlet_csv

    source = folder / f"gimlet-{rows}.csv"
    if not source.exists():
        generate_gimlet_csv(source, rows)
    db = _fresh_database(folder, f"desk-import-{time.time_ns()}.sqlite3")
    try:
        save = _desk(db)
        save()  # warm: statements compiled, the connection open
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "benchmarks.import_desk_bench", "--child",
                                  str(db.sqlite_path), str(source)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 text=True)
        output = child.stdout
        if output is None:  # stdout=PIPE always gives one
            raise RuntimeError("the import's output could not be read")
        if output.readline().strip() != "writing":
            raise RuntimeError(f"the import did not start writing (exit {child.wait()})")
        during, failures = [], 0
        while child.poll() is None:
            tried = time.perf_counter()
            try:
                during.append(save())
            except Exception:
                failures += 1
                during.append((time.perf_counter() - tried) * 1000)  # a failed save counts as the wait it had
            time.sleep(SAVE_EVERY_SECONDS)
        if not during:
            raise RuntimeError("the import ended before any desk save could be timed: import more rows")
        import_seconds = time.perf_counter() - started
        out = output.read()
        if child.returncode != 0 or f"done {rows}" not in out:
            raise RuntimeError(f"the import failed (exit {child.returncode}): {out.strip()[-300:]}")
        quiet = []
        for _ in range(max(len(during), 20)):
            quiet.append(save())
            time.sleep(SAVE_EVERY_SECONDS)
    finally:
        db.dispose()
    return DeskDuringImport(rows, during, quiet, import_seconds, failures)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        return _child(args[1], args[2])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=300_000)
    parsed = parser.parse_args(args)
    with tempfile.TemporaryDirectory() as folder:
        result = measure(Path(folder), parsed.rows)
    print(f"rows imported: {result.rows:,} in {result.import_seconds:.1f} s")
    print(f"desk saves during the import: {len(result.during_ms)}, failed {result.failures}, "
          f"longest {max(result.during_ms, default=0):.0f} ms")
    print(f"same saves with no import: longest {max(result.quiet_ms):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
