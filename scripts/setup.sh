#!/usr/bin/env bash
# Prepares a fresh clone: the Debian runtime libraries Qt, Xvfb, CJK fonts and espeak need
# (installed with apt-get only when missing, and only as root), then a local .venv with the
# project and its dev tools. Safe to run again: each step is skipped when already done.
# Sourced by scripts/run-app.sh and scripts/run-tests.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DEBIAN_PACKAGES=(
  libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxcb-shm0 libxcb-sync1
  xvfb xauth fonts-wqy-microhei libespeak-ng1
  fonts-noto-color-emoji  # ⏰ 🎉 💬 on the host view, as Qt's font fallback
  alsa-utils  # pyttsx3's espeak driver plays each utterance with `aplay`
  chromium chromium-driver  # the overlay tests drive a real headless browser (Selenium)
  postgresql  # the --db postgresql:// tests start a throwaway PostgreSQL 15 cluster (tests/pgcluster.py)
)

if [ -f /etc/debian_version ] && command -v dpkg-query >/dev/null; then
  missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: missing Debian packages (run as root to install): sudo apt-get install ${missing[*]}" >&2
    fi
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Reinstall only when pyproject.toml or the lock changed since the last successful install.
# requirements.lock pins every package (the PySide6 6.12 crash on 3.11 is what a pin prevents);
# it was made on Linux, Python 3.11: see README › Development for how to regenerate it.
stamp=".venv/.setup-stamp"
want="$(cat pyproject.toml requirements.lock 2>/dev/null | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  if [ -f requirements.lock ] && [ "${LIVEDECK_UNLOCKED:-0}" != 1 ]; then
    .venv/bin/python -m pip install -q -r requirements.lock
    .venv/bin/python -m pip install -q --no-deps -e .
    # A dependency added to pyproject.toml but not to the lock fails here, not in a test run.
    .venv/bin/python -m pip check >/dev/null || { .venv/bin/python -m pip check >&2; exit 1; }
  else
    .venv/bin/python -m pip install -q -e ".[dev]"
  fi
  echo "$want" > "$stamp"
fi
