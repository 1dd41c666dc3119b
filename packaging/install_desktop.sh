#!/bin/sh
# Put teachapp in the current user's application menu (freedesktop.org layout):
#   sh packaging/install_desktop.sh [--exec COMMAND] [--data-home DIR]
#   sh packaging/install_desktop.sh --uninstall [--data-home DIR]
#   add --service to also install `teachapp service` (schedules and hunches without a
#   window) as a systemd user service: $XDG_CONFIG_HOME/systemd/user/teachapp.service,
#   enabled and started when `systemctl --user` works (--config-home DIR to choose).
# Installs, under $XDG_DATA_HOME (default ~/.local/share):
#   applications/io.github.teachapp.Teachapp.desktop   (Exec= set to COMMAND)
#   icons/hicolor/<size>x<size>/apps/io.github.teachapp.Teachapp.png, 16..512
#   icons/hicolor/scalable/apps/io.github.teachapp.Teachapp.svg
#   metainfo/io.github.teachapp.Teachapp.metainfo.xml
# COMMAND defaults to `teachapp-gui` when it is on PATH (pipx, pip --user), else this
# checkout's .venv/bin/teachapp-gui, else the bundle dist/teachapp/teachapp.
# Nothing is run as root and nothing outside DIR is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
app_id=io.github.teachapp.Teachapp
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
exec_cmd=
uninstall=
service=
config_home=${XDG_CONFIG_HOME:-$HOME/.config}

while [ $# -gt 0 ]; do
    case $1 in
        --exec) exec_cmd=$2; shift 2 ;;
        --data-home) data_home=$2; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        --service) service=1; shift ;;
        --config-home) config_home=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install_desktop: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

apps="$data_home/applications"
icons="$data_home/icons/hicolor"
metainfo="$data_home/metainfo"
sizes="16 22 24 32 48 64 128 256 512"

refresh() {  # let menus and icon caches notice; missing tools are not an error
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps" ]; then
        update-desktop-database -q "$apps" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
    fi
}

unit="$config_home/systemd/user/teachapp.service"
user_systemd() {  # systemctl --user, when there is a user session bus; else nothing
    command -v systemctl >/dev/null 2>&1 && systemctl --user "$@" >/dev/null 2>&1
}

if [ -n "$uninstall" ]; then
    if [ -f "$unit" ]; then
        user_systemd disable --now teachapp.service || true
        rm -f "$unit"
        user_systemd daemon-reload || true
        echo "Removed the teachapp user service ($unit)."
    fi
    rm -f "$apps/$app_id.desktop" "$metainfo/$app_id.metainfo.xml" \
        "$icons/scalable/apps/$app_id.svg"
    for size in $sizes; do rm -f "$icons/${size}x${size}/apps/$app_id.png"; done
    refresh
    echo "Removed the teachapp menu entry, icons and metadata from $data_home."
    # Where the app keeps what was taught (teachapp/paths.py's rule, on Linux: the
    # TEACHAPP_*_DIR variable, else platformdirs' XDG folder), said, not left to a README
    # the person may not have.
    kept_data=${TEACHAPP_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/teachapp}
    kept_config=${TEACHAPP_CONFIG_DIR:-${XDG_CONFIG_HOME:-$HOME/.config}/teachapp}
    kept_log=${TEACHAPP_LOG_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/teachapp/log}
    kept_cache=${TEACHAPP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/teachapp}
    echo "What you taught is kept, for you to keep or delete:"
    echo "  routines, history and backups: $kept_data${TEACHAPP_DB:+ (the database: $TEACHAPP_DB)}"
    echo "  settings: $kept_config"
    echo "  log: $kept_log"
    echo "  word lists (made again when needed): $kept_cache"
    echo "An MQTT password or Home Assistant token stays in the keyring until"
    echo "'teachapp backend simulated --forget' deletes it."
    exit 0
fi

if [ -z "$exec_cmd" ]; then
    if command -v teachapp-gui >/dev/null 2>&1; then
        exec_cmd=teachapp-gui
    elif [ -x "$root/.venv/bin/teachapp-gui" ]; then
        exec_cmd="$root/.venv/bin/teachapp-gui"
    elif [ -x "$root/dist/teachapp/teachapp" ]; then
        exec_cmd="$root/dist/teachapp/teachapp gui"
    else
        echo "install_desktop: no teachapp found to start. Install it first" \
             "(pipx install . or make dist), or pass --exec COMMAND." >&2
        exit 1
    fi
fi
# COMMAND is a program (a path may contain spaces) optionally followed by arguments.
if [ -x "$exec_cmd" ]; then
    program=$exec_cmd
else
    program=${exec_cmd%% *}
fi
args=${exec_cmd#"$program"}
if ! command -v "$program" >/dev/null 2>&1 && [ ! -x "$program" ]; then
    echo "install_desktop: '$program' is not a program that can be started." >&2
    exit 1
fi
# Desktop-entry quoting: a program path with spaces or specials goes in double quotes
# with \ " ` $ escaped (then backslashes doubled for the string value); % is %%.
case $program in
    *[!A-Za-z0-9_./+-]*)
        quoted=$(printf '%s' "$program" | sed 's/%/%%/g; s/[\\"`$]/\\\\&/g')
        exec_line="\"$quoted\"$args" ;;
    *) exec_line=$exec_cmd ;;
esac

for size in $sizes; do
    png="$here/icons/${size}x${size}.png"
    [ -f "$png" ] || { echo "install_desktop: $png is missing; run 'make icons'." >&2; exit 1; }
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$png" "$icons/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$icons/scalable/apps" "$apps" "$metainfo"
cp "$root/assets/icons/teachapp.svg" "$icons/scalable/apps/$app_id.svg"
cp "$here/$app_id.metainfo.xml" "$metainfo/$app_id.metainfo.xml"
# Write the entry with the chosen command; everything else as shipped.
EXEC_LINE="Exec=$exec_line" awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; next } { print }' \
    "$here/$app_id.desktop" > "$apps/$app_id.desktop.tmp"
chmod 644 "$apps/$app_id.desktop.tmp"
mv "$apps/$app_id.desktop.tmp" "$apps/$app_id.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$apps/$app_id.desktop"
fi
refresh
echo "Installed the teachapp menu entry in $apps (starts: $exec_line)."

if [ -n "$service" ]; then
    if command -v teachapp >/dev/null 2>&1; then
        cli=$(command -v teachapp)
    elif [ -x "$root/.venv/bin/teachapp" ]; then
        cli="$root/.venv/bin/teachapp"
    elif [ -x "$root/dist/teachapp/teachapp" ]; then
        cli="$root/dist/teachapp/teachapp"
    else
        echo "install_desktop: no teachapp command found for the service." >&2
        exit 1
    fi
    mkdir -p "$(dirname "$unit")"
    cat > "$unit.tmp" <<UNIT
[Unit]
Description=teachapp: routine schedules and hunches without a window
After=default.target

[Service]
ExecStart="$cli" --no-speech service
Restart=on-failure
RestartSec=10

[Install]
WantedBy=default.target
UNIT
    mv "$unit.tmp" "$unit"
    if user_systemd daemon-reload && user_systemd enable --now teachapp.service; then
        echo "Installed and started the teachapp user service ($unit)."
    else
        echo "Installed the teachapp user service in $unit; start it with" \
             "'systemctl --user enable --now teachapp.service' in your desktop session."
    fi
fi
