#!/usr/bin/env bash
# Builds the one-folder app into dist/livedeck/ (override with DIST=… WORK=…).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[ -x .venv/bin/pyinstaller ] || source scripts/setup.sh
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build}"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/livedeck.spec
echo "built $DIST/livedeck/livedeck"
