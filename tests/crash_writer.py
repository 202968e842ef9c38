"""Child programs for the kill -9 and concurrent-writer tests.

`python -m tests.crash_writer zygote DB STAFF_ID DESK_ID`: imports everything once, then for each line
"go TRIAL" on stdin forks a writer, prints "pid PID", and after the writer dies prints "exit PID". The
writer logs enquiries through the desk's own domain function, one transaction each, and prints
"ack ID MARKER" only after each commit returned. Forking from a warmed-up parent makes one trial cost
milliseconds instead of a fresh interpreter's start-up, so a hundred random kills fit in a test run.

`python -m tests.crash_writer burst URL STAFF_ID DESK_ID COUNT TAG`: log COUNT enquiries as fast as possible
(several of these run at once against one database), print "ack ID MARKER" per commit, and "error ..."
for any exception a desk worker would have seen.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

from sqlalchemy import func, select

from deskapp.db import Database
from deskapp.db.models import Category, CategorySkill
from deskapp.desk.enquiries import EnquiryDraft, log_enquiry
from deskapp.platform.actor import Actor
from tests.safety_helpers import coded_ids


def _say(line: str) -> None:
    # One write(2) per line: lines from the writer and the zygote never interleave mid-line.
    os.write(1, (line + "\n").encode())


class _Rollback(Exception):
    pass


def warm_up(db: Database, staff_id: int, desk_id: int) -> None:
    """Log one enquiry and roll it back: imports and compiled statements are ready before any fork."""
    try:
        with db.write() as session:
            codes = coded_ids(session)
            log_enquiry(session, Actor.staff_member(staff_id, "staff"), desk_id,
                        EnquiryDraft(codes[0], codes[1], codes[2], notes="warm-up"))
            raise _Rollback
    except _Rollback:
        pass
    db.dispose()  # no connection may cross the fork; the engine (and its statement cache) may


def log_forever(db: Database, staff_id: int, desk_id: int, trial: str, limit: int | None = None) -> int:
    actor = Actor.staff_member(staff_id, "staff")
    with db.read() as session:
        codes = coded_ids(session)
        # Vary the category (and so its default skills) so writers touch overlapping rollup rows in
        # different combinations, the way real desks do.
        categories = session.scalars(select(Category.id).where(Category.pickable).order_by(Category.id)).all()
        defaults = dict(session.execute(select(CategorySkill.category_id, func.min(CategorySkill.skill_id))
                                        .group_by(CategorySkill.category_id)).all())
    n = 0
    offset = sum(map(ord, trial))
    while limit is None or n < limit:
        marker = f"{trial}-{n}"
        category = categories[(n * 7 + offset) % len(categories)]
        skills = (defaults[category],) if category in defaults else ()
        draft = EnquiryDraft(category, codes[1], codes[2], skill_ids=skills, notes=marker,
                             asked_at=datetime.now(UTC))
        with db.write() as session:
            enquiry_id = log_enquiry(session, actor, desk_id, draft)
        _say(f"ack {enquiry_id} {marker}")
        n += 1
    db.dispose()
    return n


def zygote(url: str, staff_id: int, desk_id: int) -> None:
    db = Database(url)
    warm_up(db, staff_id, desk_id)
    _say("ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "go":
            continue
        pid = os.fork()
        if pid == 0:  # the writer: runs until killed
            try:
                log_forever(db, staff_id, desk_id, words[1])
            finally:
                os._exit(0)
        _say(f"pid {pid}")
        os.waitpid(pid, 0)
        _say(f"exit {pid}")


def burst(url: str, staff_id: int, desk_id: int, count: int, tag: str) -> int:
    try:
        log_forever(Database(url), staff_id, desk_id, tag, limit=count)
    except Exception as error:  # surfaced to the parent test as a failure
        _say(f"error {type(error).__name__}: {error}".replace("\n", " "))
        return 1
    return 0


if __name__ == "__main__":
    mode, url, staff, desk, *rest = sys.argv[1:]
    if mode == "zygote":
        zygote(url, int(staff), int(desk))
    else:
        sys.exit(burst(url, int(staff), int(desk), int(rest[0]), rest[1]))
