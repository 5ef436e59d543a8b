#!/usr/bin/env bash
# Sets up (installs what is missing, builds incrementally) and starts TrialBench.
# Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release >&2
if [ -x build/release/app/gui/trialbench ]; then
  exec build/release/app/gui/trialbench "$@"
fi
exec build/release/app/trialbench-cli run preset:classic-10-arm "$@"
