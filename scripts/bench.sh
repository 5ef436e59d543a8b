#!/usr/bin/env bash
# Builds and runs every benchmark (they print numbers; none is part of the test suite):
#   bench_bandit        pulls/s per policy on classic-10-arm, close-5-arm and low-mean-12-arm, 1 thread and all
#                       threads, with final regret
#   store_bench         recording overhead of the store on classic-10-arm, `list` latency on 10 000 experiments
#   gui_responsiveness  longest GUI event-loop stall and plot refresh rate during a full-speed 1 000-replicate run,
#                       then on survival-capable with 10^6 failure counts pooled per subject (live analysis)
#   stop_latency        time from Stop (or a signal to trialbench-cli) to the end of a run at horizon 10^10
#   form_validation     GUI-thread time of one form edit on adversarial ucb1-trap at horizons 10^4..10^8
#   browser_bench       run browser on 10 000 experiments: listing, filters, columns, CSV export
#   bench_survival      survival subjects: Beta–geometric trials/s per core, every subject through the Runner
#   bench_rlhf          RLHF: a full curve set (K = 10^4, 10 prompts, 5 members) and training steps/s, one core
#   bench_tail          power-law fit on 10^6 draws and a 1 000-refit bootstrap p-value against the plfit command
#   bench_sweep         a 100-cell sweep of classic-10-arm x 100 replicates against single runs of it: pulls/s ratio
#   bench_mpi           (when built with MPI) one long bandit run on 1 vs 2 MPI ranks of one thread: the speed-up
#   live_tuning         live tuning in the window: slider move -> preview drawn, -> complete result drawn, longest
#                       stall during a drag; classic-10-arm 50x10^4, survival-capable 10^5 tasks, every RLHF preset
# Pass --json to get machine-readable output from bench_bandit, store_bench and stop_latency.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release bench_bandit store_bench gui_responsiveness stop_latency form_validation browser_bench bench_tail bench_survival bench_rlhf live_tuning bench_sweep >&2
b=build/release/tests/benchmarks
echo "== bench_bandit"; "$b/bench_bandit" "$@"
echo "== store_bench"; "$b/store_bench" "$@"
echo "== gui_responsiveness"; QT_QPA_PLATFORM=offscreen "$b/gui_responsiveness"
echo "== gui_responsiveness (survival: 10^6 failure counts pooled per subject, live analysis)"
QT_QPA_PLATFORM=offscreen "$b/gui_responsiveness" --no-typing --preset survival-capable --replicates 50
echo "== stop_latency"; "$b/stop_latency" "$@"
echo "== form_validation"; QT_QPA_PLATFORM=offscreen "$b/form_validation"
echo "== browser_bench"; QT_QPA_PLATFORM=offscreen "$b/browser_bench"
echo "== bench_survival"; "$b/bench_survival"
echo "== bench_tail"; "$b/bench_tail"
echo "== bench_rlhf"; "$b/bench_rlhf"
echo "== gui_responsiveness (RLHF: goodhart-kl-rl, one world of 10 prompts x 10^4 candidates, one engine thread, live training view)"
QT_QPA_PLATFORM=offscreen "$b/gui_responsiveness" --no-typing --preset goodhart-kl-rl --replicates 1 --threads 1
echo "== bench_sweep (100 cells x 100 replicates of classic-10-arm against single runs, pulls/s)"; "$b/bench_sweep"
echo "== live_tuning (preview, then the full result; --no-preview for the behaviour without the first pass)"
QT_QPA_PLATFORM=offscreen "$b/live_tuning"
# Cluster runs exist only when CMake found MPI (openmpi-bin, libopenmpi-dev): docs/cluster.md.
if scripts/build.sh release bench_mpi >/dev/null 2>&1 && [ -x "$b/bench_mpi" ]; then
  echo "== bench_mpi (1 vs 2 MPI ranks, one thread each)"; "$b/bench_mpi"
fi
