#!/usr/bin/env bash
# Proves the generated kernels give the same bits on Arm (AdvSimd) as on x64: publishes PathCheck for linux-arm64,
# runs it under qemu-aarch64 user emulation, runs the x64 build natively and compares the per-kernel output hashes.
# Usage: scripts/check-arm64.sh   (PATHCHECK_RANDOM=N sets the random inputs per type, default 1048576)
set -euo pipefail
source "$(dirname "$0")/pathcheck-common.sh"

ensure_qemu() {
    # The .NET host is C++: besides the arm64 loader and libc it needs the arm64 libstdc++.
    if command -v qemu-aarch64 >/dev/null && [ -e /usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1 ] \
        && [ -e /usr/aarch64-linux-gnu/lib/libstdc++.so.6 ]; then
        return 0
    fi
    local install="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-user libc6-arm64-cross libstdc++6-arm64-cross"
    if [ "$(id -u)" -eq 0 ]; then
        echo "== installing qemu-user, libc6-arm64-cross and libstdc++6-arm64-cross"
        sh -c "$install"
    else
        echo "qemu-aarch64 or the arm64 C library is missing; install them with:" >&2
        echo "  sudo sh -c '$install'" >&2
        exit 2
    fi
}

main() {
    local start=$SECONDS failed=0
    ensure_qemu
    mkdir -p "$PATHCHECK_OUT"
    publish_pathcheck net10.0 linux-arm64
    publish_pathcheck net10.0 linux-x64

    # qemu finds the arm64 loader and libraries under QEMU_LD_PREFIX; ICU is not installed for arm64. The CPU is a
    # Neoverse N1 (AWS Graviton2, Ampere Altra: AdvSimd, no SVE) because under qemu 7.2's default "max" CPU, which
    # advertises SVE, the .NET 10 runtime intermittently dies with an AccessViolationException in SpanHelpers.Memmove
    # on large arrays; with "max,sve=off" it runs too. PATHCHECK_QEMU_CPU overrides the choice.
    # The background GC's thread suspension under qemu-user sometimes ends in an AccessViolationException
    # (2 runs in 3 once the program grew to 13 kernels, always at the same kernel, with or without tiered JIT);
    # with DOTNET_gcConcurrent=0 every run passed (4 of 4). Blocking GC changes no result bit.
    run_pathcheck arm64 net10.0 linux-arm64 env QEMU_LD_PREFIX=/usr/aarch64-linux-gnu DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
        DOTNET_gcConcurrent=0 QEMU_CPU="${PATHCHECK_QEMU_CPU:-neoverse-n1}" qemu-aarch64 || failed=1
    run_pathcheck x64 net10.0 linux-x64 || failed=1

    local arm_log="$PATHCHECK_OUT/arm64.txt" x64_log="$PATHCHECK_OUT/x64.txt"
    if ! grep -q '^AdvSimd.IsSupported True$' "$arm_log"; then
        echo "FAIL: the arm64 run did not report AdvSimd.IsSupported True, so it did not exercise the Arm vector paths" >&2
        exit 1
    fi
    if compare_pathcheck_runs arm64 "$arm_log" x64 "$x64_log" && [ $failed -eq 0 ]; then
        echo "arm64 (AdvSimd) and x64 results are bit-identical ($((SECONDS - start)) s in all)"
    else
        echo "FAIL: arm64 and x64 results differ, or shapes disagree within a run ($((SECONDS - start)) s in all)" >&2
        exit 1
    fi
}

main "$@"
