#!/usr/bin/env bash
# Install the built bundle for one Linux user: the programme in ~/.local/opt/Loyalty (or the
# folder given), a menu entry (loyalty.desktop) with the app's icon, and loyalty-cli on PATH.
# The shop's data stays in ~/.local/share/Loyalty; running this again updates the programme.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/Loyalty/Loyalty ] || { echo "install-linux: no dist/Loyalty; run bash installer/build.sh first" >&2; exit 2; }
target=${1:-$HOME/.local/opt/Loyalty}
share=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$target"
mkdir -p "$(dirname "$target")" "$share/applications" "$HOME/.local/bin"
cp -a dist/Loyalty "$target"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/loyalty-$size.png" "$share/icons/hicolor/${size}x${size}/apps/loyalty.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp resources/icons/loyalty.svg "$share/icons/hicolor/scalable/apps/loyalty.svg"
# The file name matches the app's desktop file name (desktop/ui/app.py), so the taskbar shows this icon.
sed "s|@EXEC@|$target/Loyalty|" installer/loyalty.desktop >"$share/applications/loyalty.desktop"
ln -sf "$target/loyalty-cli" "$HOME/.local/bin/loyalty-cli"
echo "install-linux: Loyalty in $target, menu entry $share/applications/loyalty.desktop"
