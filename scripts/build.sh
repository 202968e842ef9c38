#!/usr/bin/env bash
# Build the one-folder desk app (dist/deskapp/) and prove it works: install PyInstaller into .venv, build from
# build.spec, then run the frozen `deskapp --self-test` from an unrelated working directory.
#
#   scripts/build.sh                 build into dist/deskapp (Linux/macOS; Windows: see docs/INSTALL.md)
#   DIST=/tmp/out scripts/build.sh   build somewhere else
#
# The build takes about a minute; the result is a folder to copy to each desk PC (never a one-file exe:
# that would unpack itself on every start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build}"
PYTHON="$ROOT/.venv/bin/python"

if [[ ! -x "$PYTHON" ]]; then
    python3 "$ROOT/dev.py" start --version >/dev/null  # creates .venv and installs deskapp
fi
echo "== installing PyInstaller into .venv"
"$PYTHON" -m pip install --quiet "pyinstaller>=6.10"

echo "== building $DIST/deskapp"
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/build.spec"
echo "   built in $(( $(date +%s) - started )) s; folder size: $(du -sh "$DIST/deskapp" | cut -f1)"

echo "== self-test of the frozen app, from an unrelated folder"
elsewhere="$(mktemp -d)"
trap 'rm -rf "$elsewhere"' EXIT
# offscreen: the self-test renders a PDF with Qt but never needs a screen (CI has none).
(cd "$elsewhere" && env -u DESKAPP_DB QT_QPA_PLATFORM=offscreen "$DIST/deskapp/deskapp" --self-test)
echo "== done: $DIST/deskapp (copy the whole folder; see docs/INSTALL.md)"
