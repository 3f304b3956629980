#!/usr/bin/env bash
# Refresh the translations after changing UI text or an error message: extract new
# strings into the .ts (keeping existing translations; translate the new ones in
# pyside6-linguist, by editing the .ts, or with fill.py), then compile. Dutch has every
# message; English (the source language) only the plural (%n) ones, for their forms.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A checkout synced before Qt came as PySide6-Essentials lost PySide6/__init__.py when uv removed
# the pyside6 meta-package, which shared that file; lupdate needs it, so put it back.
uv run python -c "import PySide6; PySide6.__version__" 2>/dev/null \
  || uv sync --quiet --reinstall-package pyside6-essentials
# Error templates raised below the UI, as QT_TRANSLATE_NOOP calls lupdate can read.
uv run python resources/i18n/error_templates.py "$scratch/core_messages.py"
sources=$(find desktop/ui -name '*.py' | sort)
uv run pyside6-lupdate $sources "$scratch/core_messages.py" \
  -no-obsolete -locations none -ts resources/i18n/loyalty_nl.ts
uv run pyside6-lupdate $sources -pluralonly -target-language en \
  -no-obsolete -locations none -ts resources/i18n/loyalty_en.ts
for language in nl en; do
  uv run pyside6-lrelease resources/i18n/loyalty_$language.ts -qm resources/i18n/loyalty_$language.qm
done
