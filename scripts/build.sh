#!/usr/bin/env bash
# Configures (once) and builds one CMake preset incrementally: scripts/build.sh release|asan [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"; shift || true
# One build at a time per checkout: two Ninja processes in one build folder corrupt its logs, and on a small
# machine they only slow each other down.
mkdir -p build
exec 9>build/.lock
flock 9
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
jobs=$(nproc)
# The ASan build is memory-hungry but the machine has plenty; keep all cores busy.
cmake --build --preset "$preset" -j "$jobs" ${1:+--target "$@"}
