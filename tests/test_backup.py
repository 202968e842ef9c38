"""Backups: a round trip through restore, the 7 daily + 4 weekly rotation, and refusing damaged files."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import Enquiry
from deskapp.platform.backup import (
    BackupError,
    BackupFile,
    auto_backup_if_due,
    backup_name,
    backup_to,
    backups_to_keep,
    check_database,
    check_file,
    list_backups,
    purge_backups,
    rotate,
    take_rotated_backup,
)
from deskapp.platform.restore import RestoreRefused, make_read_only, newest_good_backup, restore_file
from tests.safety_helpers import coded_ids, ensure_staff_and_desk, insert_enquiry

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def add_enquiry(db: Database, notes: str = "", asked_at: datetime | None = None) -> int:
    with db.write() as session:
        staff_id, desk_id = ensure_staff_and_desk(session)
        return insert_enquiry(session, staff_id, desk_id, coded_ids(session), notes=notes, asked_at=asked_at)


def enquiry_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM enquiries")}
    finally:
        conn.close()


def corrupt(path: Path, first_page: int = 3, pages: int = 40) -> None:
    """Overwrite whole pages in the middle of the file with noise, as a failing disk would."""
    rng = random.Random(7)
    with path.open("r+b") as handle:
        page_size = int.from_bytes(handle.read(18)[16:18], "big")  # from the file header
        handle.seek(page_size * (first_page - 1))
        handle.write(bytes(rng.randrange(256) for _ in range(page_size * pages)))


def test_backup_then_restore_brings_back_exactly_what_was_backed_up(db, tmp_path):
    kept = add_enquiry(db, "printer jam on level 3")
    backup = backup_to(db, tmp_path / "saved.sqlite3").path
    later = add_enquiry(db, "logged after the backup")
    db.dispose()

    result = restore_file(db.sqlite_path, backup)

    assert enquiry_ids(db.sqlite_path) >= {kept} and later not in enquiry_ids(db.sqlite_path)
    assert result.set_aside is not None and later in enquiry_ids(result.set_aside)
    assert check_file(db.sqlite_path).ok


def test_backup_is_one_self_contained_file_that_passes_the_check(db, tmp_path):
    add_enquiry(db)

    path = backup_to(db, tmp_path / "b.sqlite3").path

    assert check_file(path).ok
    assert not path.with_name(path.name + "-wal").exists()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_is_taken_while_the_app_holds_the_database_open(db, tmp_path):
    with db.read() as session:
        session.execute(select(func.count()).select_from(Enquiry)).scalar()
        path = backup_to(db, tmp_path / "live.sqlite3").path
    add_enquiry(db, "the app keeps writing afterwards")

    assert check_file(path).ok


def test_restore_refuses_a_corrupted_backup_and_changes_nothing(db, tmp_path):
    add_enquiry(db)
    backup = backup_to(db, tmp_path / "good.sqlite3").path
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(backup, damaged)
    corrupt(damaged)
    db.dispose()
    before = db.sqlite_path.read_bytes()

    with pytest.raises(RestoreRefused, match="integrity check"):
        restore_file(db.sqlite_path, damaged)

    assert db.sqlite_path.read_bytes() == before
    assert not list(db.sqlite_path.parent.glob("*replaced-by-restore*"))


def test_restore_refuses_a_file_that_is_not_a_deskapp_database(db, tmp_path):
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database at all")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()

    with pytest.raises(RestoreRefused, match="not a deskapp database"):
        restore_file(db.sqlite_path, text_file)
    with pytest.raises(RestoreRefused, match="not a deskapp database"):
        restore_file(db.sqlite_path, other)


def test_restore_refuses_a_backup_from_a_newer_version_of_the_app(db, tmp_path):
    newer = backup_to(db, tmp_path / "newer.sqlite3").path
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()

    with pytest.raises(RestoreRefused, match="newer version"):
        restore_file(db.sqlite_path, newer)


def test_backup_refuses_a_damaged_database_so_good_backups_are_not_rotated_out(db, tmp_path):
    add_enquiry(db)
    db.dispose()
    with sqlite3.connect(db.sqlite_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(db.sqlite_path)

    with pytest.raises(BackupError, match="integrity check"):
        backup_to(db, tmp_path / "never.sqlite3")

    assert not (tmp_path / "never.sqlite3").exists()
    assert not check_database(db, quick=True).ok


def _fake_backups(folder: Path, days: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for back in range(days):
        for hour in (9, 15):  # two a day: only the newest of each day counts
            path = folder / backup_name(NOW - timedelta(days=back, hours=12 - hour))
            path.write_bytes(b"")
            paths.append(path)
    return paths


def test_rotation_keeps_seven_daily_and_four_weekly_backups(tmp_path):
    folder = tmp_path / "backups"
    _fake_backups(folder, 60)

    rotate(folder, zone=UTC)

    kept = [b.taken_at for b in list_backups(folder)]
    assert len(kept) == 11
    daily, weekly = kept[:7], kept[7:]
    assert [d.date() for d in daily] == [(NOW - timedelta(days=n)).date() for n in range(7)]
    assert all(d.hour == 15 for d in daily)
    weeks = [w.isocalendar()[:2] for w in weekly]
    assert len(set(weeks)) == 4 and all(w.date() < daily[-1].date() for w in weekly)


def test_rotation_with_few_backups_keeps_them_all(tmp_path):
    backups = [BackupFile(tmp_path / f"{n}", NOW - timedelta(days=n)) for n in range(5)]
    assert len(backups_to_keep(backups, UTC)) == 5


def test_rotated_backups_lose_notes_older_than_the_retention_period(db):
    old = add_enquiry(db, "old note about a laptop loan", asked_at=NOW - timedelta(days=100))
    recent = add_enquiry(db, "recent note", asked_at=NOW - timedelta(days=60))

    result = take_rotated_backup(db, now=NOW, zone=UTC)

    conn = sqlite3.connect(result.path)
    notes = dict(conn.execute("SELECT id, notes FROM enquiries WHERE id IN (?, ?)", (old, recent)))
    conn.close()
    assert notes == {old: "", recent: "recent note"}
    with db.read() as session:  # the live database is the retention purge's business, not the backup's
        assert session.get(Enquiry, old).notes == "old note about a laptop loan"

    purge_backups(result.path.parent, 90, now=NOW + timedelta(days=40))

    conn = sqlite3.connect(result.path)
    assert conn.execute("SELECT notes FROM enquiries WHERE id = ?", (recent,)).fetchone()[0] == ""
    conn.close()


def test_automatic_backup_runs_at_most_daily_and_only_after_a_change(db):
    add_enquiry(db)
    first = auto_backup_if_due(db, now=NOW, zone=UTC)
    assert first is not None

    assert auto_backup_if_due(db, now=NOW + timedelta(hours=3), zone=UTC) is None  # same day
    assert auto_backup_if_due(db, now=NOW + timedelta(days=1), zone=UTC) is None  # nothing changed
    add_enquiry(db)
    second = auto_backup_if_due(db, now=NOW + timedelta(days=1), zone=UTC)

    assert second is not None and second.path != first.path
    assert [b.path for b in list_backups(first.path.parent)] == [second.path, first.path]


def test_the_newest_backup_that_passes_the_check_is_offered(db, tmp_path):
    folder = tmp_path / "backups"
    older = backup_to(db, folder / backup_name(NOW - timedelta(days=1))).path
    newer = backup_to(db, folder / backup_name(NOW)).path
    corrupt(newer)

    assert newest_good_backup(folder).path == older


def test_a_read_only_database_refuses_writes_but_still_reads(db):
    add_enquiry(db)
    make_read_only(db)

    with pytest.raises(Exception, match="readonly"):
        add_enquiry(db)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enquiry)) == 1


def test_cli_backup_restore_and_check(db_path, tmp_path, capsys):
    out = tmp_path / "cli-backup.sqlite3"

    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert main(["--db", str(db_path), "db", "check"]) == 0
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    corrupt(out)
    assert main(["--db", str(db_path), "restore", str(out)]) == 1

    printed = capsys.readouterr()
    assert "integrity_check: ok" in printed.out
    assert "failed the integrity check" in printed.err


def test_cli_db_check_reports_a_damaged_database(db_path, capsys):
    corrupt(db_path)

    assert main(["--db", str(db_path), "db", "check"]) == 1
    assert "damaged" in capsys.readouterr().out


@pytest.mark.postgres
def test_backup_on_postgres_says_plainly_that_pg_dump_does_it(pg_db, capsys):
    url = pg_db.url.render_as_string(hide_password=False)

    assert main(["--db", url, "backup"]) == 1

    assert "pg_dump" in capsys.readouterr().err


def _audited_saves(db: Database, count: int) -> None:
    from deskapp.platform.actor import Actor
    from deskapp.platform.audit import record

    with db.write() as session:
        for n in range(count):
            record(session, Actor.cli(), "create", "enquiry", n)


def test_an_empty_database_never_rotates_the_good_backups_out(db, tmp_path, template_sqlite):
    """The database was deleted and the app started on a new empty one: a fortnight of its daily backups must
    not push out the backups of the real data."""
    folder = tmp_path / "backups"
    _audited_saves(db, 50)
    good = [backup_to(db, folder / backup_name(NOW - timedelta(days=30 + n))).path for n in range(11)]
    empty_path = tmp_path / "empty.sqlite3"
    shutil.copyfile(template_sqlite, empty_path)
    empty = Database(empty_path)
    try:
        for n in range(14, 0, -1):
            backup_to(empty, folder / backup_name(NOW - timedelta(days=n)))
            rotate(folder, zone=UTC)
    finally:
        empty.dispose()
    assert all(path.exists() for path in good)
    empties = [b for b in list_backups(folder) if b.path not in good]
    assert len(empties) < 14  # the empty ones still rotate among themselves


def test_the_rotation_still_removes_old_backups_that_hold_less(db, tmp_path):
    folder = tmp_path / "backups"
    for n in range(20, 0, -1):
        _audited_saves(db, 1)
        backup_to(db, folder / backup_name(NOW - timedelta(days=n)))
        rotate(folder, zone=UTC)
    every = [BackupFile(folder / backup_name(NOW - timedelta(days=n)), NOW - timedelta(days=n)) for n in range(1, 21)]
    assert {b.taken_at for b in list_backups(folder)} == {b.taken_at for b in backups_to_keep(every, UTC)}


def test_backup_refuses_to_write_into_a_database_from_a_newer_app(db_path, capsys):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        before = conn.execute("SELECT key, value FROM app_settings ORDER BY key").fetchall()
    conn.close()

    assert main(["--db", str(db_path), "backup"]) == 1
    err = capsys.readouterr().err
    assert "newer version of deskapp" in err and "nothing was written" in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT key, value FROM app_settings ORDER BY key").fetchall() == before
    conn.close()
    assert list_backups(db_path.parent / "backups") == []
    # A plain copy is still allowed: it writes nothing into the database.
    assert main(["--db", str(db_path), "backup", "--out", str(db_path.parent / "copy.sqlite3")]) == 0
