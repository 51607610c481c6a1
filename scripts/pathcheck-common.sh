#!/usr/bin/env bash
# Shared by check-arm64.sh, check-net8.sh and check-paths.sh: publish PathCheck, run it, compare its hash lines.
# Source it; it defines functions only.

PATHCHECK_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PATHCHECK_PROJECT="${PATHCHECK_PROJECT:-$PATHCHECK_REPO/samples/PathCheck/PathCheck.csproj}"
PATHCHECK_OUT="${PATHCHECK_OUT:-$PATHCHECK_REPO/artifacts/pathcheck}"
# Every run that is compared must use the same inputs. With 2^20 random inputs per type the arm64 run under qemu takes
# about a minute on the 2-core development machine; PATHCHECK_RANDOM changes it for every run alike.
PATHCHECK_RANDOM="${PATHCHECK_RANDOM:-1048576}"

# publish_pathcheck TFM RID: self-contained publish into $PATHCHECK_OUT/TFM-RID, prints nothing but errors.
publish_pathcheck() {
    local tfm="$1" rid="$2"
    local dir="$PATHCHECK_OUT/$tfm-$rid"
    echo "== publish PathCheck $tfm $rid -> $dir"
    # Self-contained for one framework and runtime; see PathCheck.csproj for why these are not -f and -r.
    dotnet publish "$PATHCHECK_PROJECT" -c Release -o "$dir" \
        -p:PathCheckTargetFramework="$tfm" -p:PathCheckRuntimeIdentifier="$rid" -nologo -v quiet >"$PATHCHECK_OUT/publish-$tfm-$rid.log" 2>&1 || {
        cat "$PATHCHECK_OUT/publish-$tfm-$rid.log"
        echo "publish failed: $tfm $rid" >&2
        return 1
    }
}

# run_pathcheck LABEL TFM RID [launcher...]: runs the published PathCheck (through the launcher, if any), keeps its
# output in $PATHCHECK_OUT/LABEL.txt and shows all but the hash lines. Returns PathCheck's exit code, non-zero when
# shapes disagree within the run.
run_pathcheck() {
    local label="$1" tfm="$2" rid="$3"
    shift 3
    local dir="$PATHCHECK_OUT/$tfm-$rid"
    local log="$PATHCHECK_OUT/$label.txt"
    local start=$SECONDS status=0
    echo "== run PathCheck $label ($tfm $rid${*:+, via $*}) with $PATHCHECK_RANDOM random inputs per type"
    "$@" "$dir/PathCheck" --random "$PATHCHECK_RANDOM" >"$log" 2>&1 || status=$?
    grep -v '^\(hash\|nan-canonical-hash\|outside-domain-hash\) ' "$log"
    echo "   ($label: $((SECONDS - start)) s, exit code $status)"
    return $status
}

# compare_pathcheck_runs LABEL_A LOG_A LABEL_B LOG_B: 0 when every "hash" line (outputs inside each kernel's domain)
# is identical. Differences outside a domain, where the contract leaves results unspecified, are reported only.
compare_pathcheck_runs() {
    local label_a="$1" log_a="$2" label_b="$3" log_b="$4"
    if [ "$(grep '^outside-domain-hash ' "$log_a")" != "$(grep '^outside-domain-hash ' "$log_b")" ]; then
        echo "note: outputs outside a kernel's requested domain (unspecified by the contract) differ for:"
        diff <(grep '^outside-domain-hash ' "$log_a") <(grep '^outside-domain-hash ' "$log_b") | grep '^<' | awk '{print "  " $3 " " $4}'
    fi
    local hashes_a hashes_b
    hashes_a="$(grep '^hash ' "$log_a" || true)"
    hashes_b="$(grep '^hash ' "$log_b" || true)"
    if [ -z "$hashes_a" ] || [ -z "$hashes_b" ]; then
        echo "no hash lines to compare (did PathCheck run?)" >&2
        return 1
    fi
    if [ "$hashes_a" == "$hashes_b" ]; then
        echo "$(echo "$hashes_a" | wc -l) kernels compared."
        return 0
    fi
    echo "kernels whose output bits differ ($label_a vs $label_b):"
    diff <(echo "$hashes_a") <(echo "$hashes_b") | grep '^[<>]' | sed -e "s/^</  $label_a:/" -e "s/^>/  $label_b:/"
    if [ "$(grep '^nan-canonical-hash ' "$log_a")" == "$(grep '^nan-canonical-hash ' "$log_b")" ]; then
        echo "with every NaN mapped to one NaN the runs agree: the difference is only in NaN sign or payload bits."
    fi
    return 1
}
