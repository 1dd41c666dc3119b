#!/bin/sh
# Regenerates the README screenshots with the app itself (under Xvfb when present).
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TEACHAPP_DATA_DIR="$tmp/data" TEACHAPP_CONFIG_DIR="$tmp/config" TEACHAPP_LOG_DIR="$tmp/log" \
    TEACHAPP_CACHE_DIR="$tmp/cache"
app=".venv/bin/teachapp --no-speech --db $tmp/demo.sqlite3"
run() { if command -v xvfb-run >/dev/null; then xvfb-run -a -s "-screen 0 1280x820x24" "$@"; else QT_QPA_PLATFORM=offscreen "$@"; fi; }
$app import assets/examples.yaml >/dev/null
run $app gui --screenshot docs/screenshots/main.png --say "reading mode"
run $app gui --screenshot docs/screenshots/teach.png --view teach \
    --say teach --say "study time" --say "desk lamp to 80 percent" --say "office speaker on"
run $app gui --screenshot docs/screenshots/editor.png --view editor --routine "Movie night"
