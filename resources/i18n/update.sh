#!/usr/bin/env bash
# Refresh the Dutch translation after changing UI text: extract new strings into the .ts
# (keeping existing translations; translate the new ones in pyside6-linguist), then compile.
set -euo pipefail
cd "$(dirname "$0")/../.."
uv run pyside6-lupdate $(find desktop/ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/loyalty_nl.ts
uv run pyside6-lrelease resources/i18n/loyalty_nl.ts -qm resources/i18n/loyalty_nl.qm
