#!/usr/bin/env bash
# Smoke test of the built bundle (installer/build.sh first), as a shop PC runs it: the folder
# copied elsewhere and made read-only, a fresh user profile, no Python or checkout in sight.
# Runs the command line (version, demo, check, every kind of PDF, a card's barcode read back)
# and the desktop app offscreen up to its sign-in. Prints the start times it measured.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/Loyalty/Loyalty ] || { echo "smoke: no dist/Loyalty; run bash installer/build.sh first" >&2; exit 2; }
for tool in pdftoppm zbarimg; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get install -y -qq poppler-utils zbar-tools >/dev/null
    else
      echo "smoke: needs $tool (Debian: poppler-utils, zbar-tools)" >&2; exit 2
    fi
  fi
done
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -a dist/Loyalty "$work/Loyalty"
chmod -R a-w "$work/Loyalty"
mkdir -p "$work/home" "$work/tmp" "$work/out"
data="$work/home/.local/share/Loyalty"  # where a fresh Linux profile keeps the app's data
db="$work/out/shop.db"
# A clean environment: a fresh profile, no Python, uv, virtual environment or LOYALTY_* settings.
clean=(env -i HOME="$work/home" PATH=/usr/bin:/bin TMPDIR="$work/tmp" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
bundle() { "${clean[@]}" "$@"; }
cli() { bundle "$work/Loyalty/loyalty-cli" --db "$db" "$@"; }
# Commands that change data name who runs them: the demo shop's owner, with the PIN a script passes.
as_owner() { bundle LOYALTY_PIN=111111 "$work/Loyalty/loyalty-cli" --db "$db" --as "Marieke Jansen" "$@"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

[ "$(bundle "$work/Loyalty/loyalty-cli" --version)" = "loyalty $version" ] || fail "--version is not $version"
step "loyalty-cli --version: loyalty $version"
cli demo --customers 300 --months 3 --seed 1 >/dev/null
cli check >/dev/null || fail "check found problems in the demo shop"
step "demo shop made and checked"
cli customer add --name "Nobody" >/dev/null 2>&1 && fail "a change without a name was accepted"
card=$(as_owner customer add --name "Joëlle Maës" --consent)
purchase=$(as_owner purchase "$card" 250,00 | sed -n 's/^Purchase \([0-9]*\):.*/\1/p')
code=$(as_owner redeem "$card" 1 | sed -n 's/^Voucher code \([A-Z0-9]*\):.*/\1/p')
[ -n "$purchase" ] && [ -n "$code" ] || fail "no purchase or voucher to print"
month=$(date +%Y-%m)
documents=$(cat <<LIST
monthly monthly --month $month
monthly-en monthly --month $month --language en
liability liability --month $month
call-list call-list
staff-patterns staff-patterns
statement statement --card $card
cards cards --card $card
card-sheet cards
voucher voucher --code $code
voucher-a6 voucher --code $code --size a6
slip slip --purchase $purchase
letters letters --labels $work/out/labels.pdf
birthdays birthdays --period month
day day
day-80mm day --size 80mm
LIST
)
while read -r name args; do
  # shellcheck disable=SC2086  # the arguments are words on purpose
  cli report $args --out "$work/out/$name.pdf" >/dev/null || fail "report $args"
  head -c 5 "$work/out/$name.pdf" | grep -q '%PDF-' || fail "$name.pdf is not a PDF"
done <<<"$documents"
# Every document the command line offers is in the list above, so a new one cannot be missed.
for kind in $(cli report --help | sed -n 's/^    \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p'); do
  awk '{print $2}' <<<"$documents" | grep -qx "$kind" || fail "report $kind is not in the smoke test"
done
step "every kind of PDF made: $(ls "$work/out" | grep -c '\.pdf$') files"
pdftoppm -r 200 -png -f 1 -l 1 "$work/out/cards.pdf" "$work/out/card"
zbarimg -q --raw "$work/out"/card*.png 2>/dev/null | grep -qx "$card" || fail "the card's barcode does not read back as $card"
step "the card's barcode reads back as $card"
# psycopg and its libpq are inside: libpq's own words for an address where no server listens reach the log.
bundle "$work/Loyalty/loyalty-cli" --db postgresql+psycopg://shop@127.0.0.1:1/shop check >/dev/null 2>&1 || true
grep -q 'connection to server at "127.0.0.1", port 1 failed' "$data/loyalty.log" \
  || fail "the PostgreSQL driver does not load: $(tail -3 "$data/loyalty.log")"
step "the PostgreSQL driver loads"
[ -s "$work/Loyalty/_internal/PySide6/Qt/translations/qtbase_nl.qm" ] || fail "Qt's Dutch translation is missing"
[ -d "$data/matplotlib" ] || fail "matplotlib's cache is not in the data folder"
[ -z "$(ls -A "$work/tmp")" ] || fail "the bundle left files in the temporary folder: $(ls "$work/tmp")"

# The desktop app, offscreen, until the sign-in shows (it logs that line); twice: first and warm start.
for start in first warm; do
  : >"$data/loyalty.log"
  began=$(date +%s.%N)
  "${clean[@]}" "$work/Loyalty/Loyalty" --db "$db" &
  app=$!  # env, which becomes the app: no shell between them, so kill reaches it
  for _ in $(seq 600); do
    grep -q "sign-in shown" "$data/loyalty.log" && break
    kill -0 "$app" 2>/dev/null || fail "the app stopped before its sign-in: $(tail -5 "$data/loyalty.log")"
    sleep 0.1
  done
  shown=$(date +%s.%N)
  kill "$app"; wait "$app" 2>/dev/null || true
  grep -q "sign-in shown" "$data/loyalty.log" || fail "no sign-in within 60 s"
  step "$start start: sign-in shown after $(python3 -c "print(f'{$shown - $began:.1f}')") s"
done
# The Linux install: menu entry and icon for a fresh user, loyalty-cli on that user's PATH.
env -u XDG_DATA_HOME HOME="$work/home" bash installer/install-linux.sh "$work/home/opt/Loyalty" >/dev/null
grep -qx "Exec=$work/home/opt/Loyalty/Loyalty" "$work/home/.local/share/applications/loyalty.desktop" \
  || fail "the menu entry does not start the installed app"
[ -s "$work/home/.local/share/icons/hicolor/48x48/apps/loyalty.png" ] || fail "no icon for the menu entry"
[ "$(bundle "$work/home/.local/bin/loyalty-cli" --version)" = "loyalty $version" ] || fail "installed loyalty-cli"
step "installed for a Linux user: menu entry, icon, loyalty-cli"
echo "smoke: bundle OK ($(du -sh "$work/Loyalty" | cut -f1) unpacked)"
