"""The Windows installer script compiles with NSIS (stand-in payload on Linux) and packs the right files."""

import subprocess
from pathlib import Path

import pytest

from tests.system_packages import install

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_installer.sh"



@pytest.fixture
def makensis() -> None:
    reason = install(["makensis", "bash"], ["nsis"])
    if reason:
        pytest.skip(reason)


@pytest.fixture
def seven_zip() -> None:
    reason = install(["7z"], ["p7zip-full"])
    if reason:
        pytest.skip(f"{reason} (to list the installer's contents)")


def build(tmp_path: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "_internal" / "library.bin").write_bytes(b"stand-in library")
    # A deskapp.toml left in a build folder must never overwrite the one on a desk PC when upgrading.
    (payload / "deskapp.toml").write_text('desk_name = "build machine"\n', encoding="utf-8")
    out = tmp_path / "out" / "deskapp-setup.exe"
    done = subprocess.run(["bash", str(SCRIPT), str(payload), str(out)], capture_output=True, text=True,
                          timeout=120)
    return out, done


@pytest.mark.usefixtures("makensis")
def test_the_installer_script_compiles_into_a_windows_program(tmp_path: Path) -> None:
    out, done = build(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"


@pytest.mark.usefixtures("makensis", "seven_zip")
def test_the_installer_packs_the_program_and_never_a_build_machines_settings(tmp_path: Path) -> None:
    out, done = build(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    listing = subprocess.run(["7z", "l", str(out)], capture_output=True, text=True, check=True).stdout
    assert "deskapp.exe" in listing and "_internal/library.bin" in listing and "uninstall.exe" in listing
    assert "deskapp.toml" not in listing

