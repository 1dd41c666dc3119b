#!/bin/sh
# Start-up figures of the bundle (printed, for the release notes; not a test):
#   sh packaging/measure_start.sh [BUNDLE_DIR] [RUNS]
#   - `gui --screenshot` off screen: process start -> window built, painted, saved;
#     first with the bundle's files dropped from the page cache (cold), then warm.
#   - on Xvfb (when installed): process start -> the main window is mapped (viewable).
# Cold means the bundle's own files are read from disk again (dd iflag=nocache);
# system libraries (libc, fontconfig, X) stay cached, as on a running desktop.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "${1:-$here/../dist/teachapp}" && pwd)
runs=${2:-3}
app="$bundle/teachapp"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/teachapp-start.XXXXXX")
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
drop_cache() { find "$bundle" -type f -exec dd if={} iflag=nocache count=0 status=none \; ; }
run_env() {
    env -i PATH=/usr/bin:/bin HOME="$tmp" LANG=C.UTF-8 TEACHAPP_DATA_DIR="$tmp/data" \
        TEACHAPP_CONFIG_DIR="$tmp/config" TEACHAPP_LOG_DIR="$tmp/log" "$@"
}
shot() {
    start=$(now_ms)
    run_env QT_QPA_PLATFORM=offscreen "$app" --no-speech gui --screenshot "$tmp/s.png" >/dev/null
    echo $(( $(now_ms) - start ))
}

run_env "$app" --no-speech doctor >/dev/null 2>&1 || true  # first-run setup (database)
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)"
for i in $(seq "$runs"); do
    drop_cache
    echo "  gui --screenshot, cold bundle files: $(shot) ms"
done
for i in $(seq "$runs"); do
    echo "  gui --screenshot, warm:              $(shot) ms"
done

if command -v Xvfb >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1; then
    display=:$(( 90 + $$ % 9 ))
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    window_id() {
        DISPLAY=$display xwininfo -root -tree 2>/dev/null \
            | awk '/\("teachapp" "teachapp"\)/ {print $1; exit}'
    }
    for mode in cold warm; do
        n=0; while [ -n "$(window_id)" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
        [ "$mode" = cold ] && drop_cache
        start=$(now_ms)
        # `env` execs the app, so $! is the app itself (a shell function would not be).
        env -i PATH=/usr/bin:/bin HOME="$tmp" LANG=C.UTF-8 TEACHAPP_DATA_DIR="$tmp/data" \
            TEACHAPP_CONFIG_DIR="$tmp/config" TEACHAPP_LOG_DIR="$tmp/log" \
            DISPLAY="$display" QT_QPA_PLATFORM=xcb "$app" --no-speech gui >/dev/null 2>&1 &
        app_pid=$!
        shown=
        while [ $(( $(now_ms) - start )) -lt 30000 ]; do
            id=$(window_id)
            if [ -n "$id" ] && DISPLAY=$display xwininfo -id "$id" 2>/dev/null \
                    | grep -q "IsViewable"; then
                shown=$(( $(now_ms) - start )); break
            fi
            sleep 0.02
        done
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=
        echo "  window mapped on Xvfb, $mode:        ${shown:-not within 30 s}${shown:+ ms}"
    done
fi
