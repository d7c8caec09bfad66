#!/usr/bin/env bash
# Sets up (see setup.sh), then the whole check: ruff and mypy on app/, the test suite offscreen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app tests benchmarks
.venv/bin/mypy app
.venv/bin/vulture app vulture_whitelist.py --min-confidence 80  # dead code (issue #22)
.venv/bin/python -m pytest "$@"
