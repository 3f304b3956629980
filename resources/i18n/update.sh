#!/usr/bin/env bash
# Refresh the Dutch translation after changing UI text or an error message: extract new
# strings into the .ts (keeping existing translations; translate the new ones in
# pyside6-linguist or by editing the .ts), then compile.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Error templates raised below the UI, as QT_TRANSLATE_NOOP calls lupdate can read.
uv run python resources/i18n/error_templates.py "$scratch/core_messages.py"
uv run pyside6-lupdate $(find desktop/ui -name '*.py' | sort) "$scratch/core_messages.py" \
  -no-obsolete -locations none -ts resources/i18n/loyalty_nl.ts
uv run pyside6-lrelease resources/i18n/loyalty_nl.ts -qm resources/i18n/loyalty_nl.qm
