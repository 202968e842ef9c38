"""kill -9 at random moments: every enquiry whose commit was acknowledged survives, and the file stays sound.

A writer process logs enquiries through the desk's domain function and acknowledges each commit on stdout;
the test kills it with SIGKILL at a random moment, then opens the database as the next start-up would.
DESKAPP_CRASH_TRIALS raises the number of trials (the benchmark run uses more).

What this proves: SQLite's WAL keeps every committed transaction whole and the file consistent when the
process dies mid-write. (A power cut also loses the operating system's buffers; synchronous=FULL, set by
the engine, is what covers that, and a test cannot pull the plug.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deskapp.db import Database
from tests.safety_helpers import ensure_staff_and_desk

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks writer processes")

TRIALS = int(os.environ.get("DESKAPP_CRASH_TRIALS", "120"))
ROOT = Path(__file__).resolve().parent.parent


def _read_until_exit(stream, pid: int, acked: dict[int, str]) -> None:
    for raw in stream:
        words = raw.decode().split()
        if words[0] == "ack":
            acked[int(words[1])] = words[2]
        elif words == ["exit", str(pid)]:
            return
    raise AssertionError("the writer harness stopped unexpectedly")


def _check(path: Path, acked: dict[int, str]) -> None:
    conn = sqlite3.connect(path)  # opening it runs the same WAL recovery the app's next start would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = dict(conn.execute("SELECT id, notes FROM enquiries"))
        lost = {i: m for i, m in acked.items() if stored.get(i) != m}
        assert not lost, f"acknowledged enquiries missing after kill -9: {sorted(lost)[:10]}"
        # All or nothing: no enquiry without its audit event, none in the audit without its row.
        unaudited = conn.execute(
            "SELECT COUNT(*) FROM enquiries e WHERE NOT EXISTS (SELECT 1 FROM audit_events a "
            "WHERE a.entity = 'enquiry' AND a.action = 'create' AND a.entity_id = CAST(e.id AS TEXT))"
        ).fetchone()[0]
        assert unaudited == 0
    finally:
        conn.close()


@pytest.mark.slow
def test_acknowledged_enquiries_survive_kill_9_at_random_moments(db, db_path):
    with db.write() as session:
        staff_id, desk_id = ensure_staff_and_desk(session)
    db.dispose()
    rng = random.Random(int(os.environ.get("DESKAPP_CRASH_SEED", "20261124")))
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", "zygote", str(db_path), str(staff_id), str(desk_id)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    acked: dict[int, str] = {}
    kills_with_work_done = 0
    try:
        assert zygote.stdout.readline() == b"ready\n"
        for trial in range(TRIALS):
            zygote.stdin.write(f"go t{trial}\n".encode())
            zygote.stdin.flush()
            words = zygote.stdout.readline().decode().split()
            assert words[0] == "pid", words
            pid = int(words[1])
            before = len(acked)
            if trial % 2:
                # Every other kill lands mid-stream whatever the machine's load: after the first commit.
                words = zygote.stdout.readline().decode().split()
                assert words[0] == "ack", words
                acked[int(words[1])] = words[2]
            # Anywhere from "still opening the database" to "a dozen commits in" (a commit takes ~20 ms).
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            _read_until_exit(zygote.stdout, pid, acked)
            kills_with_work_done += len(acked) > before
            _check(db_path, acked)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)

    print(f"{TRIALS} kill -9 trials, {len(acked)} acknowledged enquiries, all present; "
          f"{kills_with_work_done} kills landed after at least one commit")
    assert len(acked) > TRIALS  # the writers really did work between the kills
    assert kills_with_work_done >= TRIALS // 2  # and many kills landed mid-stream, not before the first
    reopened = Database(db_path)  # and the app opens it normally afterwards
    with reopened.write() as session:
        ensure_staff_and_desk(session, initials="AF")
    reopened.dispose()
