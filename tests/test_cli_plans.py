"""`deskapp plans …`: development plans without the window, with the same checks as the app."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from deskapp.cli import main


def run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_add_list_suggest_and_close_a_plan_item(db_path: Path, capsys):
    assert run(db_path, "staff", "add", "Ann Lee", "--initials", "AL", "--pin", "1234") == 0
    assert run(db_path, "staff", "add", "Bo Kim", "--initials", "BK", "--pin", "4321") == 0
    assert run(db_path, "skills", "set-level", "eduroam-android", "4", "--person", "BK") == 0
    capsys.readouterr()
    assert run(db_path, "plans", "list") == 0
    assert "No plan items" in capsys.readouterr().out
    assert run(db_path, "plans", "suggest", "AL") == 0
    assert "Nothing to suggest" in capsys.readouterr().out

    due = (date.today() + timedelta(days=60)).isoformat()
    assert run(db_path, "plans", "add", "AL", "eduroam-android", "--target", "3", "--due", due, "--mentor", "BK") == 0
    out = capsys.readouterr().out
    assert f"Added to Ann Lee's plan (item 1): Configure eduroam on Android, level 3 by {due} with Bo Kim." in out
    assert run(db_path, "plans", "list", "--person", "AL") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"   1  Ann Lee: Configure eduroam on Android \u2014 level 0 \u2192 3 by {due}, mentor Bo Kim"
    assert lines[1].strip().startswith("Since it started: 0 uses")

    assert run(db_path, "plans", "add", "AL", "eduroam-android", "--target", "3", "--due", due) == 1
    assert "already on Ann Lee's plan" in capsys.readouterr().err
    assert run(db_path, "plans", "add", "BK", "wayfinding", "--target", "3", "--due", due, "--mentor", "BK") == 1
    assert "own mentor" in capsys.readouterr().err

    assert run(db_path, "plans", "close", "1", "done") == 0
    assert "Plan item 1 is done." in capsys.readouterr().out
    assert run(db_path, "plans", "list") == 0
    assert "No plan items" in capsys.readouterr().out
    assert run(db_path, "plans", "list", "--all") == 0
    assert "[done]" in capsys.readouterr().out
    assert run(db_path, "plans", "close", "1", "dropped") == 1
    assert "already done" in capsys.readouterr().err
