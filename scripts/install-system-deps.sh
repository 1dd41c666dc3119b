#!/bin/sh
# Installs the Debian packages teachapp needs (Qt's libraries, espeak-ng, PortAudio,
# fonts, sox, Mosquitto for the MQTT tests,
# PostgreSQL for the shared-database tests). As root it installs what is missing;
# otherwise it prints the exact apt-get line. With --check it only reports, and
# exits 1 when something is missing (used by `make test`).
set -eu

PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 fonts-dejavu-core espeak-ng libportaudio2 \
alsa-utils sox mosquitto postgresql openssl xvfb xauth desktop-file-utils appstream"

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "teachapp: these Debian packages are missing:$missing" >&2
    echo "teachapp: install their equivalents with your system's package manager." >&2
    [ "${1:-}" = "--check" ] && exit 1
    exit 0
fi

if [ "$(id -u)" = "0" ]; then
    echo "teachapp: installing system packages:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
    exit 0
fi

echo "teachapp: some system packages are missing. Install them with:" >&2
echo "  sudo apt-get install --no-install-recommends$missing" >&2
[ "${1:-}" = "--check" ] && exit 1
exit 0
