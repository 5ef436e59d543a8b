#!/usr/bin/env bash
# Configures (once) and builds one CMake preset incrementally: scripts/build.sh release|asan [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"; shift || true
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
jobs=$(nproc)
# The ASan build is memory-hungry but the machine has plenty; keep all cores busy.
cmake --build --preset "$preset" -j "$jobs" ${1:+--target "$@"}
