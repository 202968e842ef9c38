"""Child program for the import-versus-desk tests: `python -m tests.import_writer DB_URL CSV` imports a
Gimlet CSV as the CLI would, printing "writing DONE TOTAL" after each batch is committed and "done N" at
the end (or "error KIND" with the failure's kind)."""

from __future__ import annotations

import os
import sys

from deskapp.db import Database
from deskapp.importing import FORMATS, import_file
from deskapp.platform.actor import Actor
from deskapp.platform.failures import describe_failure


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write(2) per line: the parent reads whole lines


def main(url: str, csv_path: str) -> int:
    db = Database(url)

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "writing":
            _say(f"writing {done} {total}")

    try:
        summary = import_file(db, Actor.cli(), csv_path, FORMATS["gimlet"], timezone="UTC", progress=progress)
    except Exception as error:  # the parent asserts on the kind
        _say(f"error {describe_failure(error).kind}")
        return 1
    finally:
        db.dispose()
    _say(f"done {summary.imported}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
