"""Every connection failure in the CLI is one plain sentence, and no command hangs on a silent server.

Real faults: a TCP port that accepts connections and never answers (a hung or firewalled-in-the-middle
PostgreSQL server), and a socket path where no server listens.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

PLAIN = re.compile(r"deskapp: (The database cannot be reached|Cannot reach the database)")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts every connection, reads nothing, says nothing."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    for conn in accepted:
        conn.close()
    listener.close()


def deskapp(*args: str) -> subprocess.CompletedProcess:
    # The bound: the defect was `db status` hanging past 100 s. The connect timeout is 8 s.
    return subprocess.run([sys.executable, "-m", "deskapp", *args], capture_output=True, text=True, timeout=40,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})


@pytest.mark.parametrize("command", [["db", "status"], ["staff", "list"]])
def test_a_silent_server_gets_a_plain_message_within_the_connect_timeout(silent_server: int,
                                                                          command: list[str]) -> None:
    done = deskapp("--db", f"postgresql://desk@127.0.0.1:{silent_server}/deskapp", *command)
    assert done.returncode == 1
    assert PLAIN.match(done.stderr), done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) <= 2


def test_no_server_at_all_gets_the_same_plain_message(tmp_path: Path) -> None:
    done = deskapp("--db", f"postgresql://desk@/deskapp?host={tmp_path}", "staff", "list")
    assert done.returncode == 1
    assert PLAIN.match(done.stderr) and "Traceback" not in done.stderr
