#!/usr/bin/env bash
# CI entry for path agreement: every shape agrees within each run (PathCheck's own exit code), and the hashes agree
# between .NET 8 and .NET 10 on x64 and between arm64 (AdvSimd, under qemu) and x64.
# Usage: scripts/check-paths.sh   (PATHCHECK_RANDOM=N sets the random inputs per type, default 1048576)
set -uo pipefail
here="$(dirname "$0")"
start=$SECONDS
failed=()
"$here/check-net8.sh" || failed+=("net8 vs net10")
"$here/check-arm64.sh" || failed+=("arm64 vs x64")
if [ ${#failed[@]} -eq 0 ]; then
    echo "path checks passed ($((SECONDS - start)) s)"
else
    echo "path checks FAILED: ${failed[*]} ($((SECONDS - start)) s)" >&2
    exit 1
fi
