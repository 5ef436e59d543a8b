#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what is missing, builds, runs every test in the
# optimised build, checks the installation and the .deb in staging roots, then every test again (widgets offscreen
# included) under AddressSanitizer + UBSan, then the engine tests (core, bandit, runner, store, survival, RLHF) under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== Release build (the tests, what they run, and the window; scripts/bench.sh builds the benchmarks)" >&2
scripts/build.sh release tb_tests trialbench trialbench-cli
echo "== Tests (release)" >&2
ctest --preset release -j 2
echo "== Installation and the Debian package (staging roots, validators)" >&2
scripts/check-package.sh

echo "== AddressSanitizer + UBSan build" >&2
scripts/build.sh asan
echo "== Tests (ASan + UBSan)" >&2
TB_SANITIZE=1 ctest --preset asan -j 2

echo "== ThreadSanitizer build (engine: core, bandit, runner, store, survival, RLHF)" >&2
scripts/build.sh tsan
echo "== Tests (ThreadSanitizer)" >&2
ctest --preset tsan -j 2
