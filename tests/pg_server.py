"""A throwaway PostgreSQL server for the multi-desk tests, started from the machine's own binaries.

The binaries refuse to run as root, so as root we run them as the `postgres` system user. The server
listens on a Unix socket in a temporary folder only (no TCP port to collide with anything).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

PG_BIN_CANDIDATES = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/14/bin"]


def find_pg_bin() -> Path | None:
    for candidate in PG_BIN_CANDIDATES:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    run_as: str | None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.run_as, "--", *args] if self.run_as else list(args)

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            for path in (self.root, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        subprocess.run(self._cmd(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", "postgres",
                                 "-A", "trust", "-E", "UTF8", "--no-sync"),
                       check=True, capture_output=True)
        self.resume()

    def pause(self) -> None:
        """Stop the server but keep its data (a real outage, for the tests of what the app says then)."""
        subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast",
                                 "-w", "stop"), check=True, capture_output=True)

    def resume(self) -> None:
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=100"
        subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-o", options,
                                 "-l", str(self.root / "server.log"), "-w", "start"),
                       check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate",
                                 "-w", "stop"), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of database `template`); returns its name."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host=str(self.socket_dir), user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name}{suffix}")
        return name


def start_server() -> PostgresServer | None:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        return None
    run_as = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
    server = PostgresServer(bin_dir, root, run_as)
    server.start()
    return server
