#!/usr/bin/env bash
# The one entry point for working on genai-quiz: installs what is missing, builds, and runs.
#   tools/dev.sh study [ARGS...]   build (Release) and start a study session on the bundled deck
#   tools/dev.sh test              build and run the whole test suite through ctest
#   tools/dev.sh sanitize          build with clang, AddressSanitizer + UBSan and the fuzz targets,
#                                  and run the test suite but the packaging test (each fuzz
#                                  target's corpus included)
#   tools/dev.sh fuzz [SECONDS]    run each fuzz target for SECONDS (default 60), one a core at a time
#   tools/dev.sh build             build only (Release), into build/
#   tools/dev.sh bench             build and run the benchmarks
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

# The sanitizer build: clang, so that the fuzz targets are built in the same tree (one build).
sanitize_build() {
  if [[ -f build-sanitize/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-sanitize/CMakeCache.txt; then
    rm -rf build-sanitize  # made with another compiler
  fi
  CC=clang CXX=clang++ configure_and_build build-sanitize Debug -DGENAI_QUIZ_FUZZ=ON
}

configure_and_build() {  # DIR BUILD_TYPE [CMAKE ARGS...]
  local dir=$1 type=$2; shift 2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

cmd=${1:-help}; shift || true
case "$cmd" in
  build)    tools/install-deps.sh; configure_and_build build Release ;;
  study)    tools/install-deps.sh; configure_and_build build Release >/dev/null
            exec build/genai-quiz study "$@" ;;
  test)     tools/install-deps.sh; configure_and_build build Release
            cd build && ctest --output-on-failure -j "$jobs" ;;
  sanitize) tools/install-deps.sh --fuzz
            sanitize_build
            cd build-sanitize
            ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
              ctest --output-on-failure -j "$jobs" -LE package ;;  # packaging is checked in Release
  fuzz)     tools/install-deps.sh --fuzz; sanitize_build >/dev/null
            FUZZ_JOBS=$jobs exec tools/fuzz.sh build-sanitize "${1:-60}" ;;
  bench)    tools/install-deps.sh; configure_and_build build Release -DGENAI_QUIZ_BENCH=ON
            for b in build/bench/bench_*; do [[ -x $b ]] && "$b"; done ;;
  *)        sed -n '2,/^set /{/^#/p}' "$0"; [[ $cmd == help ]] ;;
esac
