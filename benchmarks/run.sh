#!/usr/bin/env bash
# Runs the benchmark suite and commits-ready results: benchmarks/results/<date>-<machine>.md (machine description,
# BenchmarkDotNet tables, generated-vs-peer speed-ups), .png (ns/element at N = 4096) and a -csv/ folder.
#
#   benchmarks/run.sh                         # everything (about 5 minutes on 2 cores)
#   benchmarks/run.sh --filter '*(N: 4096)*'  # any BenchmarkDotNet arguments replace the default --filter '*'
#   NK_PEERS_ONLY=1 benchmarks/run.sh         # without the generated kernels (catalog not ready)
#   NK_MACHINE=my-box benchmarks/run.sh       # name used in the result file (default: CPU model and core count)
#   NK_CLOCK=wall benchmarks/run.sh           # wall or thread-cpu; default: thread-cpu when load average > cores
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/NumericKernels.Benchmarks/NumericKernels.Benchmarks.csproj"
chart_project="$here/NumericKernels.Benchmarks.Chart/NumericKernels.Benchmarks.Chart.csproj"
artifacts="$here/BenchmarkDotNet.Artifacts"
if [ "$#" -eq 0 ]; then set -- --filter '*'; fi

build_args=(-c Release -nologo -v quiet)
if [ "${NK_PEERS_ONLY:-0}" = "1" ]; then build_args+=(-p:NkPeersOnly=true); fi

bash "$here/native/build.sh"
dotnet build "$project" "${build_args[@]}"
dotnet build "$chart_project" -c Release -nologo -v quiet

# Sanity check first: every peer's largest error on the N = 4096 inputs, against a double-precision reference.
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# On a busy machine wall-clock iterations mostly measure waiting for a core; time the benchmark thread's own CPU
# time instead (NK_CLOCK=wall or NK_CLOCK=thread-cpu forces a choice).
if [ -z "${NK_CLOCK:-}" ]; then
    if awk -v load="${load_before%% *}" -v cores="$(nproc)" 'BEGIN { exit !(load > cores) }'; then
        NK_CLOCK=thread-cpu
    else
        NK_CLOCK=wall
    fi
fi
export NK_CLOCK
echo "Timing with the $NK_CLOCK clock (load average $load_before)."
accuracy="$(cd "$here/NumericKernels.Benchmarks/bin/Release/net10.0" && dotnet NumericKernels.Benchmarks.dll --check)"
echo "$accuracy"

rm -rf "$artifacts/results"
# Run from the build output so the shim copied next to the assembly is the one loaded.
out_dir="$here/NumericKernels.Benchmarks/bin/Release/net10.0"
(cd "$out_dir" && dotnet NumericKernels.Benchmarks.dll --artifacts "$artifacts" "$@")

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
cpu_model="$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
cores="$(nproc)"
machine="${NK_MACHINE:-$(printf '%s-%sc' "$cpu_model" "$cores" | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9' '-' | sed 's/^-//; s/-$//')}"
stem="$here/results/$(date +%Y-%m-%d)-$machine"
mkdir -p "$here/results" "$stem-csv"

chart() { dotnet "$here/NumericKernels.Benchmarks.Chart/bin/Release/net10.0/NumericKernels.Benchmarks.Chart.dll" "$@"; }
{
    echo "# NumericKernels benchmarks, $(date +%Y-%m-%d), $machine"
    echo
    echo "Command: \`benchmarks/run.sh$(printf ' %q' "$@")\`$([ "${NK_PEERS_ONLY:-0}" = "1" ] && echo ' (NK_PEERS_ONLY=1)')"
    echo
    echo "## Machine"
    echo
    echo "- CPU: $cpu_model, $cores logical cores ($(lscpu | sed -n 's/^Thread(s) per core:[[:space:]]*/threads per core: /p'))"
    echo "- AVX-512: $(grep -o 'avx512[a-z0-9_]*' /proc/cpuinfo | sort -u | tr '\n' ' ')"
    echo "- Caches: $(lscpu | sed -n 's/^\(L[123][di]* cache\):[[:space:]]*/\1 /p' | paste -sd ';' | sed 's/;/; /g')"
    echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)$(grep -q hypervisor /proc/cpuinfo && echo ', virtual machine')"
    echo "- .NET: SDK $(dotnet --version), runtime $(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1)"
    echo "- SLEEF: $(pkg-config --modversion sleef 2>/dev/null || echo 'not installed') (AVX-512F variants)"
    echo "- glibc libmvec: $(ldd --version | head -1 | sed 's/^ldd //')"
    echo "- gcc: $(gcc --version 2>/dev/null | head -1 || echo 'not installed')"
    echo "- Load average (1, 5, 15 min) before the run: $load_before; after: $load_after"
    if [ "$NK_CLOCK" = "thread-cpu" ]; then
        echo "- Clock: the benchmark thread's CPU time (CLOCK_THREAD_CPUTIME_ID), because other work shared the CPU;"
        echo "  time spent waiting for a core is left out, cache and memory-bandwidth sharing are not"
    else
        echo "- Clock: wall time (BenchmarkDotNet's default)"
    fi
    echo
    echo "## Generated kernels against peers"
    echo
    chart compare "$artifacts/results"
    echo
    echo "## Accuracy on the benchmark inputs"
    echo
    echo "Largest error of each benchmark on the N = 4096 inputs against Math.Exp / Math.Log in double (\`--check\`):"
    echo "a sanity check of what is being compared, not the catalog's exhaustive verification."
    echo
    echo "$accuracy" | grep '^|'
    echo
    echo "## BenchmarkDotNet tables"
    echo
    for report in "$artifacts"/results/*-report-github.md; do
        name="$(basename "$report" -report-github.md)"
        echo "### ${name##*.}"
        cat "$report"
        echo
    done
    echo "![ns per element at N = 4096]($(basename "$stem").png)"
} > "$stem.md"
cp "$artifacts"/results/*.csv "$stem-csv/"
chart chart "$artifacts/results" "$stem.png" 4096 || echo "No N = 4096 results; no chart."
echo "Results: $stem.md"
