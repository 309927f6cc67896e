#!/usr/bin/env bash
# Scheduling throughput: genai-quiz's Scheduler::review against ts-fsrs `next` on the same
# 1,000,000 reviews, one after the other. Needs node and npm (ts-fsrs is installed from
# tools/fsrs-oracle/package-lock.json). Figures go to docs/performance.md, "Scheduling".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGENAI_QUIZ_BENCH=ON >/dev/null
cmake --build build -j2 --target bench_fsrs >/dev/null
(cd tools/fsrs-oracle && npm ci --silent --no-audit --no-fund >/dev/null)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
build/bench/bench_fsrs
(cd tools/fsrs-oracle && TZ=UTC node bench-ts-fsrs.mjs 2>/dev/null)
