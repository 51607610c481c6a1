#!/usr/bin/env bash
# Builds build/libnkpeers.so, the P/Invoke shim over SLEEF and glibc libmvec used by the benchmarks.
# Never fails the caller's build: when gcc, SLEEF or libmvec is missing it says so, builds what it can
# (or nothing), and exits 0; the benchmark program then skips the missing peers with a message.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build"
lib="$out/libnkpeers.so"
mkdir -p "$out"

if [ "$(uname -s)" != "Linux" ] || [ "$(uname -m)" != "x86_64" ]; then
    echo "nkpeers: native peers need Linux x86-64; skipping (SLEEF and libmvec benchmarks will be skipped)."
    rm -f "$lib"; exit 0
fi
if ! command -v gcc >/dev/null 2>&1; then
    echo "nkpeers: gcc not found; skipping (install gcc to benchmark SLEEF and libmvec)."
    rm -f "$lib"; exit 0
fi

# Each peer is probed with a tiny program so a missing header or library turns the peer off, not the build.
probe() { # $1: source text, rest: extra gcc arguments
    local src="$1"; shift
    printf '%s\n' "$src" | gcc -x c -mavx512f -O2 -o /dev/null - "$@" >/dev/null 2>&1
}

defines=(); libs=()
if probe '#include <sleef.h>
int main(void){ return (int)Sleef_expf_u10(0.0f); }' -lsleef; then
    defines+=(-DNK_HAVE_SLEEF); libs+=(-lsleef)
    echo "nkpeers: SLEEF $(pkg-config --modversion sleef 2>/dev/null || echo '(version unknown)') found."
else
    echo "nkpeers: SLEEF not found (Debian: apt-get install libsleef-dev); SLEEF benchmarks will be skipped."
fi
if probe '#include <immintrin.h>
__m512 _ZGVeN16v_expf(__m512);
int main(void){ float r[16]; _mm512_storeu_ps(r, _ZGVeN16v_expf(_mm512_setzero_ps())); return (int)r[0]; }' -lmvec; then
    defines+=(-DNK_HAVE_MVEC); libs+=(-lmvec)
    echo "nkpeers: glibc libmvec found."
else
    echo "nkpeers: glibc libmvec not found; libmvec benchmarks will be skipped."
fi

if [ "${#defines[@]}" -eq 0 ]; then
    echo "nkpeers: no native peer available; not building the shim."
    rm -f "$lib"; exit 0
fi

# Only rebuild when the source, this script or the set of peers found changed (a peer installed after the last
# build must not stay skipped), so every benchmark build stays fast.
stamp="$out/peers.defines"
if [ "$lib" -nt "$here/peers.c" ] && [ "$lib" -nt "$here/build.sh" ] \
   && [ "$(cat "$stamp" 2>/dev/null)" = "${defines[*]}" ]; then
    echo "nkpeers: $lib is up to date."; exit 0
fi
printf '%s' "${defines[*]}" > "$stamp"
if gcc -O2 -fPIC -shared -mavx512f -fvisibility=hidden "${defines[@]}" \
       -o "$lib" "$here/peers.c" "${libs[@]}"; then
    echo "nkpeers: built $lib"
else
    echo "nkpeers: gcc failed to build the shim; SLEEF and libmvec benchmarks will be skipped."
    rm -f "$lib"
fi
exit 0
