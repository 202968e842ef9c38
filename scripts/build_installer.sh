#!/usr/bin/env bash
# Compile the Windows installer (installer/deskapp.nsi) with NSIS from a one-folder build.
#
#   scripts/build_installer.sh PAYLOAD_DIR [OUTFILE]
#
# On Windows, PAYLOAD_DIR is the PyInstaller build dist\deskapp (scripts/build_windows.ps1 calls makensis
# directly). On Linux this script checks the installer script itself: give it the Linux build (dist/deskapp)
# or any folder as a stand-in payload; a folder without deskapp.exe gets a placeholder one, because the script
# names that file. The result is then a well-formed installer of the wrong program: never ship it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAYLOAD="${1:?usage: scripts/build_installer.sh PAYLOAD_DIR [OUTFILE]}"
OUTFILE="${2:-$ROOT/dist/deskapp-setup.exe}"
MAKENSIS="${MAKENSIS:-makensis}"

if ! command -v "$MAKENSIS" >/dev/null; then
    echo "makensis not found: install NSIS (Debian/Ubuntu: apt-get install nsis; Windows: nsis.sourceforge.io)" >&2
    exit 3
fi
VERSION="$(cd "$ROOT" && python3 -c 'import deskapp; print(deskapp.__version__)' 2>/dev/null || echo 0.0.0)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -a "$PAYLOAD/." "$stage/"
if [[ ! -e "$stage/deskapp.exe" ]]; then
    echo "stand-in payload: $PAYLOAD has no deskapp.exe (not a Windows build); adding a placeholder"
    printf 'stand-in for checking the installer script, not a program\n' > "$stage/deskapp.exe"
fi
mkdir -p "$(dirname "$OUTFILE")"
# -WX: a warning is an error, so a mistake in the script fails the check instead of scrolling past.
"$MAKENSIS" -V2 -WX -DPAYLOAD="$stage" -DVERSION="$VERSION" -DOUTFILE="$OUTFILE" "$ROOT/installer/deskapp.nsi"
echo "== built $OUTFILE (version $VERSION)"
