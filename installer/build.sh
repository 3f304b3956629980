#!/usr/bin/env bash
# Build the shop-PC bundle: dist/Loyalty/ with the executables Loyalty and loyalty-cli.
# Uses a build environment of its own (build/venv: the app's packages, the PostgreSQL driver
# and PyInstaller, no test tools), so the checkout's .venv is left as it is.
# On Windows the same steps are installer/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v uv >/dev/null 2>&1; then
  python3 -m pip install --quiet uv
fi
export UV_PROJECT_ENVIRONMENT="$PWD/build/venv"
uv sync --quiet --frozen --no-default-groups --group build --extra postgresql
rm -rf dist/Loyalty
uv run --no-sync pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/loyalty.spec
echo "Built dist/Loyalty ($(du -sh dist/Loyalty | cut -f1)), version $(dist/Loyalty/loyalty-cli --version)"
