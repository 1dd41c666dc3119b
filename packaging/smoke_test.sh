#!/bin/sh
# Smoke test of the PyInstaller bundle (make dist-test): start the bundled app the way a
# person's machine would, with no Python on PATH, no venv, fresh data folders, off screen.
#   sh packaging/smoke_test.sh [BUNDLE_DIR]      (default: dist/teachapp)
# Checks: --version; doctor; import assets/examples.yaml into a fresh database and
# resolve "reading mode" (decision run), also after a count of ballet terms with no pause
# (run: needs LemmInflect's word-class table in the bundle); `gui --screenshot` writes a
# PNG (when the bundle has the gui command). Prints the time of each step; exits non-zero
# on failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bundle=$(cd "${1:-$root/dist/teachapp}" && pwd)
app="$bundle/teachapp"
[ -x "$app" ] || { echo "smoke: $app not found; run 'make dist' first." >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/teachapp-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"
failures=0

now_ms() { date +%s%3N; }

# A clean environment: only system directories on PATH, private data/config/log folders.
# As root with unshare(1) (CI), every Python on the machine is also hidden behind empty
# mounts in a private mount namespace, so the bundle must bring its own.
hide_python=
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 \
        && unshare -m --propagation private true 2>/dev/null; then
    hide_python=1
fi
_hide='for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv "$VENV"; do
           [ -d "$d" ] && mount -t tmpfs none "$d"; done
       for f in /usr/bin/python* /usr/local/bin/python*; do
           [ -f "$f" ] && mount --bind /dev/null "$f"; done
       exec "$@"'
run() {
    set -- env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        TEACHAPP_DATA_DIR="$tmp/data" TEACHAPP_CONFIG_DIR="$tmp/config" \
        TEACHAPP_LOG_DIR="$tmp/log" ${RUN_ENV:-} timeout 300 "$app" "$@"
    if [ -n "$hide_python" ]; then
        VENV="$root/.venv" unshare -m --propagation private sh -c "$_hide" sh "$@"
    else
        "$@"
    fi
}

step() {  # step NAME COMMAND... : runs it, records output in $tmp/out, prints the time
    name=$1; shift
    start=$(now_ms)
    if "$@" >"$tmp/out" 2>"$tmp/err"; then status=0; else status=$?; fi
    elapsed=$(( $(now_ms) - start ))
    printf '  %-28s %6d ms  exit %d\n' "$name" "$elapsed" "$status"
    return "$status"
}

fail() {
    echo "FAIL: $*" >&2
    sed 's/^/    | /' "$tmp/out" "$tmp/err" >&2
    failures=$((failures + 1))
}

echo "smoke test of $bundle"
if [ -n "$hide_python" ]; then
    echo "  (every Python on this machine is hidden from the bundle)"
else
    echo "  (Python stays visible: hiding it needs root and unshare)"
fi
[ -n "$(ls "$bundle"/_internal/libpython3*.so* 2>/dev/null)" ] \
    || { echo "FAIL: no libpython inside the bundle" >&2; failures=$((failures + 1)); }

if [ -n "$hide_python" ]; then
    if VENV="$root/.venv" unshare -m --propagation private sh -c "$_hide" sh \
            sh -c 'for p in python3 python; do command -v $p >/dev/null && $p -c 1 && exit 1; done; exit 0' \
            2>/dev/null; then :; else
        echo "FAIL: a Python still runs inside the namespace" >&2; failures=$((failures + 1))
    fi
fi

if step "--version" run --version; then
    grep -Eq '^teachapp [0-9]+\.[0-9]+' "$tmp/out" || fail "--version printed no version"
else
    fail "--version"
fi

if step "doctor" run doctor; then
    grep -q "database" "$tmp/out" || fail "doctor did not check the database"
else
    fail "doctor"
fi

db="$tmp/fresh.sqlite3"
step "import examples.yaml" run --db "$db" --no-speech import "$root/assets/examples.yaml" \
    || fail "import of assets/examples.yaml into a fresh database"
if step "resolve \"reading mode\"" run --db "$db" --no-speech resolve --json "reading mode"; then
    grep -q '"decision": *"run"' "$tmp/out" || fail "\"reading mode\" did not resolve to run"
    grep -q '"routine": *"Reading mode"' "$tmp/out" || fail "\"reading mode\" ran the wrong routine"
else
    fail "resolve"
fi
# (the words before it are no verbs only by the bundled word-class table: without it the
# phrase after "and" is read as a second request and rejected)
said="chasse chasse and bourree reading mode"
if step "resolve after ballet terms" run --db "$db" --no-speech resolve --json "$said"; then
    grep -q '"decision": *"run"' "$tmp/out" \
        || fail "\"$said\" did not run: is lemminflect's resources/lemma_lu.csv.gz bundled?"
else
    fail "resolve after ballet terms"
fi
if step "resolve unrelated speech" run --db "$db" --no-speech resolve --json "what time is it"; then
    grep -q '"decision": *"run"' "$tmp/out" && fail "unrelated speech resolved to run"
else
    fail "resolve of unrelated speech"
fi

if step "doctor names Whisper" run doctor; then
    grep -q "Whisper tiny.en" "$tmp/out" || fail "doctor does not offer Whisper for English"
else
    fail "doctor (Whisper)"
fi
wav="$root/tests/data/speech/wav/stp__what_time_is_it.wav"
if step "listen --mode teach (Whisper)" run --db "$db" --no-speech listen --wav "$wav" \
        --mode teach --json; then
    grep -q '"transcript": *"what time is it"' "$tmp/out" \
        || fail "the bundled Whisper did not hear \"what time is it\""
else
    fail "listen --mode teach with the bundled Whisper model"
fi

if run gui --help >/dev/null 2>&1; then
    shot="$tmp/window.png"
    if step "gui --screenshot (to window)" run --db "$db" --no-speech gui --screenshot "$shot"; then
        if [ ! -s "$shot" ] || [ "$(head -c 4 "$shot" | od -An -c | tr -d ' ')" != "211PNG" ]; then
            fail "gui --screenshot wrote no PNG"
        else
            echo "  screenshot: $(file -b "$shot" 2>/dev/null || echo "$(wc -c <"$shot") bytes")"
            [ -n "${SMOKE_KEEP_SCREENSHOT:-}" ] && cp "$shot" "$SMOKE_KEEP_SCREENSHOT"
        fi
    else
        fail "gui --screenshot"
    fi
    # The window as the menu entry starts it (`teachapp gui`): --screenshot skips the
    # one-window socket (QtNetwork) that this path opens; TEACHAPP_GUI_BENCH=0 quits once
    # the engine is ready, printing {"mark": "ready", ...}.
    RUN_ENV="TEACHAPP_GUI_BENCH=0"
    if step "gui (as the menu starts it)" run --db "$db" --no-speech gui; then
        grep -q '"mark": *"ready"' "$tmp/out" || fail "the window's engine never got ready"
    else
        fail "gui, as the menu entry starts it"
    fi
    RUN_ENV=
else
    echo "  gui                          skipped: this build has no 'gui' command"
fi

echo "  bundle size: $(du -sh "$bundle" | cut -f1)"
if [ "$failures" -ne 0 ]; then
    echo "smoke test: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke test: all checks passed"
