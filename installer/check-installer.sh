#!/usr/bin/env bash
# CI check of the Windows installer script: Debian's makensis compiles installer/loyalty.nsi
# against a stand-in of the Windows bundle holding the files the script names, so a broken
# script cannot land. (The real installer is built on Windows: installer/README.md.)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v makensis >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq nsis >/dev/null
  else
    echo "check-installer: needs makensis (Debian: nsis)" >&2; exit 2
  fi
fi
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Loyalty/_internal"
# The names the script's shortcuts and uninstaller use, as build.ps1 makes them on Windows.
for name in Loyalty.exe loyalty-cli.exe _internal/python311.dll; do echo stand-in >"$work/Loyalty/$name"; done
makensis -V2 -WX -DVERSION="$version" -DBUNDLE="$work/Loyalty" -DOUTFILE="$work/Loyalty-$version-setup.exe" installer/loyalty.nsi
[ -s "$work/Loyalty-$version-setup.exe" ] || { echo "check-installer: no installer was written" >&2; exit 1; }
echo "check-installer: installer/loyalty.nsi compiles (Loyalty $version, $(du -h "$work/Loyalty-$version-setup.exe" | cut -f1) with a stand-in bundle)"
