#!/usr/bin/env bash
# Proves the generated kernels give the same bits on .NET 8 (whose FMA helpers take the intrinsic and software
# fallback branches) as on .NET 10: publishes PathCheck for both, self-contained linux-x64, and compares the hashes.
# Usage: scripts/check-net8.sh   (PATHCHECK_RANDOM=N sets the random inputs per type, default 262144)
set -euo pipefail
source "$(dirname "$0")/pathcheck-common.sh"

main() {
    local start=$SECONDS
    mkdir -p "$PATHCHECK_OUT"
    # The .NET 8 runtime pack comes from NuGet; the machine only has the .NET 10 runtime installed.
    publish_pathcheck net8.0 linux-x64
    publish_pathcheck net10.0 linux-x64
    run_pathcheck net8.0 linux-x64
    run_pathcheck net10.0 linux-x64
    if compare_pathcheck_runs net8 "$PATHCHECK_OUT/net8.0-linux-x64.txt" net10 "$PATHCHECK_OUT/net10.0-linux-x64.txt"; then
        echo ".NET 8 and .NET 10 results are bit-identical ($((SECONDS - start)) s in all)"
    else
        echo "FAIL: .NET 8 and .NET 10 results differ ($((SECONDS - start)) s in all)" >&2
        exit 1
    fi
}

main "$@"
