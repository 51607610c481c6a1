#!/usr/bin/env bash
# Installs the Debian packages the project needs beyond the .NET 10 SDK. Idempotent; safe to run on every CI start.
#   required: libmpfr6 (nk-search's reference and its tests)
#   optional: NK_WITH_PEERS=1 adds gcc and libsleef-dev (benchmark peers)
#             NK_WITH_ARM64=1 adds qemu-user and the arm64 C and C++ runtimes (scripts/check-arm64.sh; the .NET host needs libstdc++)
set -euo pipefail
packages=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
have libmpfr6 || packages+=(libmpfr6)
if [ "${NK_WITH_PEERS:-0}" = 1 ]; then
    have gcc || packages+=(gcc)
    have libsleef-dev || packages+=(libsleef-dev)
fi
if [ "${NK_WITH_ARM64:-0}" = 1 ]; then
    have qemu-user || packages+=(qemu-user)
    have libc6-arm64-cross || packages+=(libc6-arm64-cross)
    have libstdc++6-arm64-cross || packages+=(libstdc++6-arm64-cross)
fi
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: ${packages[*]}; install them with: sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
    exit 1
fi
echo "installing ${packages[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
