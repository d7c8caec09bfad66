#!/usr/bin/env bash
# Sets up (see setup.sh) and opens LiveDeck on the demo show with a simulated comment stream.
# Extra arguments go to `livedeck`, e.g. `scripts/run-app.sh --lang en`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-app: no display found; starting under Xvfb" >&2
  exec xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/livedeck --demo "$@"
fi
exec .venv/bin/livedeck --demo "$@"
