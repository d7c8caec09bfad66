#!/usr/bin/env bash
# Re-extracts user-visible strings from app/ into resources/i18n/*.ts (keeping translations
# already made) and compiles the .qm files the app loads. Edit the .ts with Qt Linguist
# (pyside6-linguist) between the two steps when strings changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t sources < <(find app -name '*.py' -not -path '*/migrations/*' | sort)
for lang in zh_CN en; do
  .venv/bin/pyside6-lupdate -no-obsolete -source-language en -target-language "$lang" "${sources[@]}" \
    -ts "resources/i18n/livedeck_${lang}.ts" >/dev/null
  .venv/bin/pyside6-lrelease "resources/i18n/livedeck_${lang}.ts" -qm "resources/i18n/livedeck_${lang}.qm" >/dev/null
done
echo "updated resources/i18n"
