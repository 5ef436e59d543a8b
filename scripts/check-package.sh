#!/usr/bin/env bash
# Checks what `cmake --install` and CPack make of the release build (scripts/build.sh release must have built
# trialbench and trialbench-cli), in staging roots under build/release/package-check/, never on this system:
#  1. `cmake --install` into a staging root: every file in place, the .desktop file passes desktop-file-validate,
#     the AppStream metainfo passes appstreamcli validate (no errors, no warnings) and has a <release> of this
#     version, the MIME package compiles with update-mime-database and maps *.trialbench.json to our type;
#  2. CPack's .deb: the same files, dependencies that apt can resolve on this Debian (apt-get --simulate), and the
#     programs from the unpacked package run (CLI version and a short run, the window's --version offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
work=$build/package-check
rm -rf "$work"
mkdir -p "$work"
fail() { echo "check-package: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' $build/CMakeCache.txt)
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

expected=(
  usr/bin/trialbench
  usr/bin/trialbench-cli
  usr/share/applications/org.trialbench.TrialBench.desktop
  usr/share/mime/packages/org.trialbench.TrialBench.xml
  usr/share/metainfo/org.trialbench.TrialBench.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/org.trialbench.TrialBench.svg
  usr/share/icons/hicolor/scalable/mimetypes/application-x-trialbench-config+json.svg
)
for ts in translations/trialbench_*.ts; do
  expected+=("usr/share/trialbench/translations/$(basename "${ts%.ts}").qm")
done
for lesson in resources/lessons/*.json; do
  [ -e "$lesson" ] && expected+=("usr/share/trialbench/lessons/$(basename "$lesson")")
done

check_root() { # ROOT WHAT
  local root=$1 what=$2
  for f in "${expected[@]}"; do [ -s "$root/$f" ] || fail "$what: $f is missing or empty"; done
  [ -x "$root/usr/bin/trialbench" ] && [ -x "$root/usr/bin/trialbench-cli" ] || fail "$what: programs not executable"
  local out
  out=$(desktop-file-validate "$root/usr/share/applications/org.trialbench.TrialBench.desktop" 2>&1) ||
    fail "$what: desktop-file-validate: $out"
  [ -z "$out" ] || fail "$what: desktop-file-validate is not clean: $out"
  out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/org.trialbench.TrialBench.metainfo.xml" 2>&1) ||
    fail "$what: appstreamcli validate failed: $out"
  ! grep -qE '^[EW]:' <<<"$out" || fail "$what: appstreamcli validate: $out"
  grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$root/usr/share/metainfo/org.trialbench.TrialBench.metainfo.xml" ||
    fail "$what: the metainfo has no <release> for version $version"
  grep -q '^MimeType=application/x-trialbench-config+json;' "$root/usr/share/applications/org.trialbench.TrialBench.desktop" ||
    fail "$what: the .desktop file does not claim the config MIME type"
  XDG_DATA_DIRS="$root/usr/share" update-mime-database "$root/usr/share/mime" >"$work/mime.log" 2>&1 ||
    fail "$what: update-mime-database rejected the MIME package: $(cat "$work/mime.log")"
  grep -q 'application/x-trialbench-config+json:\*\.trialbench\.json' "$root/usr/share/mime/globs2" ||
    fail "$what: *.trialbench.json is not mapped to application/x-trialbench-config+json"
  rm -rf "$root/usr/share/mime/"[!p]* # the compiled database belongs to the system's trigger, not the package
}

echo "== cmake --install into a staging root" >&2
DESTDIR="$PWD/$work/install" cmake --install $build --prefix /usr >/dev/null
check_root "$work/install" "cmake --install"

echo "== cpack: the Debian package" >&2
(cd $build && cpack -G DEB -B "$PWD/package-check/cpack" >/dev/null)
deb=$(ls "$work"/cpack/trialbench_"$version"_*.deb)
[ -f "$deb" ] || fail "cpack made no trialbench_${version}_*.deb"
dpkg-deb -x "$deb" "$work/deb"
check_root "$work/deb" "the .deb"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || fail "the .deb does not depend on Qt (dpkg-shlibdeps)"
# Every dependency resolvable on this Debian: what `apt install ./trialbench_*.deb` would do, simulated.
apt-get install --simulate --no-install-recommends "$PWD/$deb" >"$work/apt.log" 2>&1 ||
  fail "apt cannot install the package: $(tail -5 "$work/apt.log")"
grep -q "^Inst trialbench \|trialbench is already the newest" "$work/apt.log" ||
  fail "apt would not install trialbench: $(tail -5 "$work/apt.log")"

echo "== the packaged programs run" >&2
"$work/deb/usr/bin/trialbench-cli" version | grep -q "$version" || fail "trialbench-cli version is not $version"
"$work/deb/usr/bin/trialbench-cli" run preset:close-5-arm --replicates 2 --no-store >/dev/null ||
  fail "the packaged trialbench-cli could not run a preset"
mkdir -m 700 "$work/runtime"
XDG_RUNTIME_DIR="$PWD/$work/runtime" QT_QPA_PLATFORM=offscreen "$work/deb/usr/bin/trialbench" --version | grep -q "$version" ||
  fail "the packaged trialbench --version is not $version"
echo "check-package: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)" >&2
