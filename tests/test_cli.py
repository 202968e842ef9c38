"""The command line: a second face over the same domain functions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from deskapp.cli import main
from deskapp.db import Database


def test_help_lists_the_commands(capsys):
    try:
        main(["--help"])
    except SystemExit as done:
        assert done.code == 0
    out = capsys.readouterr().out
    for command in ("db", "demo-data"):
        assert command in out


def test_db_status_of_a_new_file_says_it_is_not_migrated(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "new.sqlite3"), "db", "status"]) == 0
    assert "not migrated yet" in capsys.readouterr().out


def test_db_upgrade_migrates_seeds_and_reports(tmp_path: Path, capsys):
    path = tmp_path / "desk.sqlite3"
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    assert "Upgraded from empty" in capsys.readouterr().out
    assert main(["--db", str(path), "db", "status"]) == 0
    assert "up to date, 0 enquiries" in capsys.readouterr().out


def test_the_database_can_come_from_the_environment(tmp_path: Path, monkeypatch, capsys):
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("DESKAPP_DB", str(path))
    assert main(["db", "upgrade"]) == 0
    assert path.exists()


def test_a_newer_database_gets_a_plain_message_not_a_traceback(db_path: Path):
    database = Database(db_path)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    database.dispose()
    result = subprocess.run([sys.executable, "-m", "deskapp", "--db", str(db_path), "db", "upgrade"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "newer deskapp" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_listing_piped_into_a_reader_that_stops_early_ends_quietly(db_path: Path):
    """`deskapp skills list | head` must not end in a BrokenPipeError traceback."""
    assert subprocess.run([sys.executable, "-m", "deskapp", "--db", str(db_path), "db", "upgrade"],
                          capture_output=True).returncode == 0
    listing = subprocess.Popen([sys.executable, "-m", "deskapp", "--db", str(db_path), "skills", "list"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()  # the reader is gone before the first line is written
    errors = listing.stderr.read()
    listing.wait(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors


def test_demo_data_then_status_counts_the_enquiries(db_path: Path, capsys):
    assert main(["--db", str(db_path), "demo-data", "--enquiries", "300", "--staff", "4", "--days", "20"]) == 0
    assert "Added 300 enquiries" in capsys.readouterr().out
    assert main(["--db", str(db_path), "db", "status"]) == 0
    assert "up to date, 300 enquiries" in capsys.readouterr().out


def test_db_status_flags_a_database_from_a_newer_deskapp(db_path: Path, capsys):
    database = Database(db_path)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    database.dispose()
    assert main(["--db", str(db_path), "db", "status"]) == 1
    assert "newer deskapp" in capsys.readouterr().out
