#!/bin/sh
# Installs a real Home Assistant into its own venv for the tests and benchmarks, and warms a
# config template (its first start installs ~12 runtime requirements; later starts use
# --skip-pip). Both are cached under $TEACHAPP_HA_HOME (default ~/.cache/teachapp-ci) and
# reused when present, so a later CI run on the same machine skips the ~3 min install.
# Exits 0 even when the install fails: the tests then say why and skip.
set -u
HA_HOME="${TEACHAPP_HA_HOME:-$HOME/.cache/teachapp-ci}"
VENV="$HA_HOME/ha-venv"
TEMPLATE="$HA_HOME/ha-config-template"
VERSION="2024.3.3"
PY="${PYTHON:-python3}"
LOG="$HA_HOME/install.log"
mkdir -p "$HA_HOME"

if [ -f "$VENV/.installed-$VERSION" ] && [ -f "$TEMPLATE/.warmed" ]; then
    echo "teachapp: Home Assistant $VERSION already installed in $VENV"
    exit 0
fi

start=$(date +%s)
if [ ! -f "$VENV/.installed-$VERSION" ]; then
    echo "teachapp: installing Home Assistant $VERSION into $VENV (about 3 min; log: $LOG)"
    rm -rf "$VENV"
    if ! { "$PY" -m venv "$VENV" \
        && "$VENV/bin/python" -m pip install -q --upgrade pip \
        && "$VENV/bin/python" -m pip install -q "homeassistant==$VERSION" "josepy<2" ; } >"$LOG" 2>&1; then
        echo "teachapp: Home Assistant could not be installed (see $LOG); its tests will skip." >&2
        exit 0
    fi
    # Pin everything else it pulls later to the versions this release was made with.
    CONSTRAINTS=$("$VENV/bin/python" -c 'import homeassistant, os; print(os.path.join(os.path.dirname(homeassistant.__file__), "package_constraints.txt"))')
    cp "$CONSTRAINTS" "$HA_HOME/package_constraints.txt" 2>/dev/null || true
    touch "$VENV/.installed-$VERSION"
fi

if [ ! -f "$TEMPLATE/.warmed" ]; then
    echo "teachapp: first start of Home Assistant (installs its runtime requirements, ~40 s)"
    rm -rf "$TEMPLATE"
    if ! "$PY" "$(dirname "$0")/../tests/ha_support.py" warm "$TEMPLATE" >>"$LOG" 2>&1; then
        echo "teachapp: Home Assistant did not start (see $LOG); its tests will skip." >&2
        exit 0
    fi
fi
echo "teachapp: Home Assistant ready in $(( $(date +%s) - start )) s"
