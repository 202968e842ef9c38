"""The Windows installer script compiles with NSIS (stand-in payload on Linux) and packs the right files."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_installer.sh"

needs_makensis = pytest.mark.skipif(
    shutil.which("makensis") is None or shutil.which("bash") is None,
    reason="makensis (NSIS) is not installed here; Debian/Ubuntu: apt-get install nsis",
)


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


@needs_makensis
def test_the_installer_script_compiles_into_a_windows_program(tmp_path: Path) -> None:
    out, done = build(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"


@needs_makensis
@pytest.mark.skipif(shutil.which("7z") is None, reason="7z is not installed here to list the installer")
def test_the_installer_packs_the_program_and_never_a_build_machines_settings(tmp_path: Path) -> None:
    out, done = build(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    listing = subprocess.run(["7z", "l", str(out)], capture_output=True, text=True, check=True).stdout
    assert "deskapp.exe" in listing and "_internal/library.bin" in listing and "uninstall.exe" in listing
    assert "deskapp.toml" not in listing

