"""The command line speaks the reader's language: Danish under a Danish LANG, English under C or en_GB,
from the committed catalogue compiled on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def deskapp(db_path: Path, tmp_path: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG=lang, XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DESKAPP_DB"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "deskapp", "--db", str(db_path), *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def test_db_status_is_danish_under_a_danish_lang(db_path: Path, tmp_path: Path) -> None:
    result = deskapp(db_path, tmp_path, "da_DK.UTF-8", "db", "status")

    assert result.returncode == 0, result.stderr
    assert "nyeste:" in result.stdout
    assert "opdateret, 0 henvendelser" in result.stdout
    assert "up to date" not in result.stdout


@pytest.mark.parametrize("lang", ["C", "en_GB.UTF-8"])
def test_db_status_stays_english_otherwise(db_path: Path, tmp_path: Path, lang: str) -> None:
    result = deskapp(db_path, tmp_path, lang, "db", "status")

    assert result.returncode == 0, result.stderr
    assert "up to date, 0 enquiries" in result.stdout


def test_a_refusal_is_said_in_danish(db_path: Path, tmp_path: Path) -> None:
    result = deskapp(db_path, tmp_path, "da_DK.UTF-8", "report", "skill-gaps", "--from", "2026-12-05",
                     "--to", "2026-12-01")

    assert result.returncode == 1
    assert result.stderr.strip() == "deskapp: Perioden slutter (2026-12-01), før den begynder (2026-12-05)."


def test_lc_all_outranks_lang(db_path: Path, tmp_path: Path) -> None:
    env_lang = "da_DK.UTF-8"
    result = subprocess.run(
        [sys.executable, "-m", "deskapp", "--db", str(db_path), "db", "status"],
        env=dict(os.environ, LANG=env_lang, LC_ALL="C", XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT)),
        cwd=tmp_path, capture_output=True, text=True, timeout=120)

    assert "up to date" in result.stdout, result.stderr


def test_report_rows_written_uses_a_real_plural(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaps.csv"
    result = deskapp(db_path, tmp_path, "da_DK.UTF-8", "report", "skill-gaps", "--from", "2026-11-01",
                     "--to", "2026-11-30", "--out", str(out))

    assert result.returncode == 0, result.stderr
    assert "skrevet til" in result.stderr
    assert "række skrevet" in result.stderr or "rækker skrevet" in result.stderr


def test_a_database_that_cannot_be_reached_is_said_in_danish(tmp_path: Path) -> None:
    # A PostgreSQL URL whose socket folder does not exist: the connection fails at once, as for a server
    # that is down. The failure's advice is the most important sentence the CLI can print; it was English.
    url = f"postgresql://deskapp@/deskapp?host={tmp_path / 'no-server-here'}"
    env = dict(os.environ, LANG="da_DK.UTF-8", XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DESKAPP_DB"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "deskapp", "--db", url, "db", "status"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert "Databasen kan ikke nås" in result.stderr
    assert "cannot be reached" not in result.stderr
