#!/usr/bin/env bash
# Packs NumericKernels and the nk-search tool, then proves a project that knows nothing of this source tree builds and
# runs kernels of every family from the package alone: scripts/package-consumer is copied into a temporary folder,
# referenced to a folder feed by PackageReference only, built with warnings as errors and run on net10.0 and on net8.0
# (self-contained: the machine has only the .NET 10 runtime). Before that, nk-search is installed from its tool package
# into a tool path, runs two short commands, and fits a catalog entry of the consumer's own (e^x on [1, 2] within 4 ULP)
# that the consumer adds as Entries.cs; the consumer's generated XML doc must name that entry. Every package gets a version of its own (0.1.0-check.<time>), so NuGet's
# global cache can never hand back a package from an earlier run; the script removes those versions again at the end.
# Usage: scripts/check-package.sh   (NK_KEEP_PACKAGE_CHECK=1 keeps the temporary folder and prints its path)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/nk-package-check.XXXXXX)"
version="0.1.0-check.$(date +%s)"
feed="$work/feed"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
start=$SECONDS

cleanup() {
    local status=$?
    rm -rf "$packages/numerickernels/$version" "$packages/numerickernels.search/$version"
    # A failed check keeps its logs and build output for reading.
    if [ "${NK_KEEP_PACKAGE_CHECK:-0}" = 1 ] || [ $status -ne 0 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# quiet LOG CMD...: runs CMD with its output in LOG, shown only when it fails.
quiet() {
    local log="$1"
    shift
    "$@" >"$log" 2>&1 || { tail -n 60 "$log"; fail "$* (log: $log)"; }
}

echo "== pack NumericKernels and NumericKernels.Search $version -> $feed"
quiet "$work/pack.log" dotnet pack "$repo/src/Package/NumericKernels.Package.csproj" -c Release -o "$feed" -p:Version="$version" -nologo
quiet "$work/pack-tool.log" dotnet pack "$repo/src/Search/NumericKernels.Search.csproj" -c Release -o "$feed" -p:Version="$version" -nologo

package="$feed/NumericKernels.$version.nupkg"
[ -f "$package" ] || fail "no $package"
listing="$(unzip -Z1 "$package")"
for entry in analyzers/dotnet/cs/NumericKernels.Generators.dll analyzers/dotnet/cs/NumericKernels.Attributes.dll \
    lib/netstandard2.0/NumericKernels.Attributes.dll lib/netstandard2.0/NumericKernels.Attributes.xml \
    lib/net8.0/NumericKernels.Attributes.dll lib/net8.0/NumericKernels.Runtime.dll lib/net8.0/NumericKernels.Runtime.xml \
    README.md LICENSE; do
    grep -qx "$entry" <<<"$listing" || fail "$entry is missing from the package"
done
if grep -q '^lib/.*Generators' <<<"$listing"; then fail "the generator is under lib/"; fi
nuspec="$(unzip -p "$package" NumericKernels.nuspec)"
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "no license expression in the nuspec"
if grep -q '<dependency ' <<<"$nuspec"; then fail "the package depends on another package"; fi
echo "   package layout and metadata as DESIGN.md lays them out ($(du -k "$package" | cut -f1) KiB)"

consumer="$work/consumer"
cp -r "$repo/scripts/package-consumer" "$consumer"
cat >"$consumer/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="numerickernels-check" value="$feed" />
  </packageSources>
</configuration>
CONFIG
# MSBuild looks for Directory.Build.props/.targets in every folder above a project: empty ones here stop that search, so
# nothing on this machine above /tmp can reach the consumer.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

echo "== nk-search from its tool package"
quiet "$work/tool-install.log" dotnet tool install NumericKernels.Search --version "$version" --add-source "$feed" --tool-path "$work/tools"
[ -x "$work/tools/nk-search" ] || fail "dotnet tool install left no nk-search command"
quiet "$work/tool-quadrature.log" "$work/tools/nk-search" quadrature-verify --points 1-16 --checkpoint "$work/nk-quadrature.json"
tail -n 2 "$work/tool-quadrature.log" || true
(cd "$work" && quiet "$work/tool-verify.log" "$work/tools/nk-search" verify --entry exp2.f32.evolved.0-1.u1 --samples 65536)
grep -iE "exp2.f32.evolved" "$work/tool-verify.log" | tail -n 2 || true

echo "== a catalog entry of the consumer's own: nk-search fit writes it, the consumer adds it"
(cd "$work" && quiet "$work/tool-fit.log" "$work/tools/nk-search" fit exp --format float32 --max-ulp 4 --domain=1,2 --id my.exp.1-2 \
    --output "$consumer/Entries.cs" --checkpoint "$work/nk-fit.json")
grep -q 'CatalogEntry(' "$consumer/Entries.cs" || fail "nk-search fit --output wrote no entry"
(cd "$work" && quiet "$work/tool-verify-file.log" "$work/tools/nk-search" verify --file "$consumer/Entries.cs" --exhaustive)
echo "   $(grep -c 'C[0-9]* = ' "$consumer/Entries.cs") constants; nk-search verify --file passed"


echo "== consumer on net10.0"
quiet "$work/build-net10.log" dotnet build "$consumer/Consumer.csproj" -c Release -p:NumericKernelsVersion="$version" -o "$work/out-net10" -nologo
dotnet "$work/out-net10/Consumer.dll" || fail "the net10.0 consumer's checks"
grep -q 'User catalog entry, from \[assembly: CatalogEntry\] in Entries.cs, my.exp.1-2' "$work/out-net10/Consumer.xml" \
    || fail "the consumer's ExpOneTwo did not take its own catalog entry (see $work/out-net10/Consumer.xml)"
echo "   ExpOneTwo took the consumer's own entry my.exp.1-2 (its XML doc says so)"

echo "== consumer on net8.0 (self-contained linux-x64)"
quiet "$work/build-net8.log" dotnet publish "$consumer/Consumer.csproj" -c Release -p:NumericKernelsVersion="$version" \
    -p:ConsumerTargetFramework=net8.0 -p:RuntimeIdentifier=linux-x64 -p:SelfContained=true -o "$work/out-net8" -nologo
"$work/out-net8/Consumer" || fail "the net8.0 consumer's checks"

echo "package check passed ($((SECONDS - start)) s)"
