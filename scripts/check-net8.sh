#!/usr/bin/env bash
# Proves the generated kernels give the same bits on .NET 8 (whose FMA helpers are the generator's own intrinsic and
# software-fallback branches) as on .NET 10: publishes PathCheck for both, self-contained linux-x64, and compares the
# hashes. A third run of .NET 8 with hardware intrinsics switched off makes every vector width software-emulated and
# every FMA helper take its fallback, as on a machine without FMA or AVX-512.
# Usage: scripts/check-net8.sh   (PATHCHECK_RANDOM=N sets the random inputs per type, default 1048576)
set -euo pipefail
source "$(dirname "$0")/pathcheck-common.sh"

main() {
    local start=$SECONDS
    mkdir -p "$PATHCHECK_OUT"
    # The .NET 8 runtime pack comes from NuGet; the machine only has the .NET 10 runtime installed.
    publish_pathcheck net8.0 linux-x64
    publish_pathcheck net10.0 linux-x64
    local failed=0
    run_pathcheck net8 net8.0 linux-x64 || failed=1
    run_pathcheck net8-no-simd net8.0 linux-x64 env DOTNET_EnableHWIntrinsic=0 || failed=1
    run_pathcheck net10 net10.0 linux-x64 || failed=1
    compare_pathcheck_runs net8 "$PATHCHECK_OUT/net8.txt" net10 "$PATHCHECK_OUT/net10.txt" || failed=1
    compare_pathcheck_runs net8-no-simd "$PATHCHECK_OUT/net8-no-simd.txt" net10 "$PATHCHECK_OUT/net10.txt" || failed=1
    if [ $failed -eq 0 ]; then
        echo ".NET 8 (with and without hardware intrinsics) and .NET 10 results are bit-identical ($((SECONDS - start)) s in all)"
    else
        echo "FAIL: .NET 8 and .NET 10 results differ, or shapes disagree within a run ($((SECONDS - start)) s in all)" >&2
        exit 1
    fi
}

main "$@"
