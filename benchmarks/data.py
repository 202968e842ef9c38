"""The benchmark databases: generated with `deskapp demo-data`, cached under benchmarks/data/ (git-ignored).

A cached file is keyed by its size and by the schema it was built with: the head revision plus a digest of
the schema a fresh migration produces (reserved migrations are filled in over time without a new revision
number, so the number alone would keep a stale file) and of the code that fills it (the demo-data generator
and the rollups). `--fresh-data` throws the cache away. Benchmarks that write get a scratch copy; the cached file stays
as generated.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from deskapp.db.migrate import HEAD_REVISION

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
DATA_SOURCES = ["deskapp.startup.demo_data", "deskapp.db.rollup"]  # what fills a demo database
DEMO_SEED = 1


def schema_key() -> str:
    """Head revision + a digest of the schema a fresh migration builds (not of the source files, so a comment
    or a tidy-up in a migration script does not throw away a 5M database that took minutes to make)."""
    from deskapp.db import Database
    from deskapp.db.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="deskapp-bench-schema-") as folder:
        db = Database(Path(folder) / "schema.sqlite3")
        try:
            upgrade(db)
            with db.engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all()
        finally:
            db.dispose()
    digest = hashlib.sha256(repr([tuple(row) for row in rows]).encode())
    # The code that fills the tables counts too: a change to how the rollups are built changes their rows.
    digest.update(source_digest(DATA_SOURCES).encode())
    return f"r{HEAD_REVISION}-{digest.hexdigest()[:10]}"


def source_digest(modules: list[str]) -> str:
    """A digest of these modules' source files (the code that generated a cached file)."""
    from importlib.util import find_spec

    digest = hashlib.sha256()
    for name in modules:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            digest.update(name.encode() + Path(spec.origin).read_bytes())
    return digest.hexdigest()[:10]


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the main file, so one file is the whole database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def count_enquiries(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM enquiry").fetchone()[0])
    finally:
        connection.close()


class DataStore:
    def __init__(self, data_dir: Path = DEFAULT_DATA_DIR, log=print, *, fresh: bool = False) -> None:
        self.data_dir = data_dir
        if fresh:
            for old in [*data_dir.glob("*.sqlite3"), *data_dir.glob("*.sqlite3-*"), *data_dir.glob("*.partial*")]:
                old.unlink(missing_ok=True)
        self.log = log
        self.key = schema_key()
        self.generation_seconds: dict[int, float] = {}
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.scratch_dir = self.data_dir / "scratch"

    def database(self, enquiries: int) -> Path:
        """The cached database with `enquiries` demo enquiries, generated on first use."""
        path = self.data_dir / f"enquiries-{enquiries}-{self.key}.sqlite3"
        if path.exists():
            return path
        self._remove_stale(enquiries)
        partial = path.with_name(path.name + ".partial")
        for leftover in self.data_dir.glob(partial.name + "*"):
            leftover.unlink()
        self.log(f"  generating {enquiries:,} demo enquiries into {path.name} (cached for later runs) ...")
        started = time.perf_counter()
        command = [sys.executable, "-m", "deskapp", "--db", str(partial), "demo-data",
                   "--enquiries", str(enquiries), "--seed", str(DEMO_SEED)]
        completed = subprocess.run(command, capture_output=True, text=True, env=self.child_env())
        if completed.returncode != 0:
            raise RuntimeError(f"demo-data failed ({completed.returncode}): {completed.stderr.strip()[-800:]}")
        checkpoint(partial)
        self.generation_seconds[enquiries] = time.perf_counter() - started
        partial.rename(path)
        for leftover in self.data_dir.glob(partial.name + "-*"):
            leftover.unlink()  # an emptied -wal/-shm pair left by the generator
        self.log(f"  ... {self.generation_seconds[enquiries]:.0f} s, {path.stat().st_size / 1e6:,.0f} MB")
        return path

    def cached(self, name: str, build, sources: Sequence[str] = ()) -> Path:
        """A database file built by `build(path)` once per schema key and digest of the `sources` modules
        that build it (e.g. the generated guide corpus and its search index)."""
        key = f"{self.key}-{source_digest(list(sources))[:6]}" if sources else self.key
        path = self.data_dir / f"{name}-{key}.sqlite3"
        if path.exists():
            return path
        for old in self.data_dir.glob(f"{name}-*.sqlite3*"):
            old.unlink()
        partial = path.with_name(path.name + ".partial")
        for leftover in self.data_dir.glob(partial.name + "*"):
            leftover.unlink()
        self.log(f"  building {path.name} (cached for later runs) ...")
        started = time.perf_counter()
        build(partial)
        checkpoint(partial)
        partial.rename(path)
        for leftover in self.data_dir.glob(partial.name + "-*"):
            leftover.unlink()
        self.log(f"  ... {time.perf_counter() - started:.0f} s")
        return path

    def _remove_stale(self, enquiries: int) -> None:
        for old in self.data_dir.glob(f"enquiries-{enquiries}-*.sqlite3*"):
            old.unlink()

    def scratch_copy(self, enquiries: int, name: str) -> Path:
        """A throw-away copy of the cached database, for benchmarks that write or start the app."""
        source = self.database(enquiries)
        self.scratch_dir.mkdir(parents=True, exist_ok=True)
        target = self.scratch_dir / f"{name}-{enquiries}.sqlite3"
        for old in self.scratch_dir.glob(target.name + "*"):
            old.unlink()
        shutil.copyfile(source, target)
        return target

    def clean_scratch(self) -> None:
        shutil.rmtree(self.scratch_dir, ignore_errors=True)

    @staticmethod
    def child_env() -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("DESKAPP_DB", None)  # every child is told its database explicitly
        return env
