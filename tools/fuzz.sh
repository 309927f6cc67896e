#!/usr/bin/env bash
# Runs every fuzz target of a GENAI_QUIZ_FUZZ build for SECONDS each, FUZZ_JOBS at a time
# (default 1: one after another):
#   [FUZZ_JOBS=N] tools/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]   (tools/dev.sh fuzz builds, then calls this)
# Each starts from its committed seeds (tests/fuzz/corpus/<target>/), plus the matching files of
# ../shared/data/fuzz-findings/ when that folder exists, with its dictionary; what it finds new
# is kept in BUILD_DIR/fuzz/corpus/<target>/ for the next run. A crash, a leak, an input slower
# than 2 s or a process over 2 GB fails the target: its input is saved under
# BUILD_DIR/fuzz/artifacts/, its log is BUILD_DIR/fuzz/<target>.log, and this exits 1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: tools/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for f in "$root"/tests/fuzz/fuzz_*.cpp; do n=${f##*/fuzz_}; targets+=("${n%.cpp}"); done
fi
shared=$root/../shared/data/fuzz-findings

dictionary() {  # TARGET
  case $1 in
    deck_loader|config) echo yaml ;;
    import|sync_log)    echo json ;;
    convert)            echo markdown ;;
    anki_csv)           echo csv ;;
    study_lines|interview_lines) echo lines ;;
    *)                  echo "" ;;
  esac
}
options() {  # TARGET: libFuzzer options of this target beyond the common ones
  case $1 in
    # Each input runs a whole session and reaches some 15,000 features: libFuzzer's entropic
    # scheduling spent more time counting them than the session took (1.5 times the executions
    # per CPU second without it, at the same coverage; docs/reliability.md).
    study_lines|interview_lines) echo -entropic=0 ;;
  esac
}
shared_files() {  # TARGET: the shared findings that are inputs of this target
  case $1 in
    import)      echo "$shared"/import-*.yaml ;;
    deck_loader) echo "$shared"/terminal-injection-*.yaml ;;
  esac
}

out=$build/fuzz
mkdir -p "$out/artifacts"
jobs=${FUZZ_JOBS:-1}
for t in "${targets[@]}"; do
  bin=$out/fuzz_$t
  [[ -x $bin ]] || { echo "fuzz: $bin is missing (configure with -DGENAI_QUIZ_FUZZ=ON)" >&2; exit 1; }
done

run_target() {  # TARGET: runs it, writes its summary line to $out/$t.result, returns its status
  local t=$1 bin=$out/fuzz_$1
  dirs=("$out/corpus/$t" "$root/tests/fuzz/corpus/$t")
  mkdir -p "$out/corpus/$t"
  extra=()
  for f in $(shared_files "$t"); do [[ -f $f ]] && extra+=("$f"); done
  if [[ ${#extra[@]} -gt 0 ]]; then
    rm -rf "$out/shared/$t" && mkdir -p "$out/shared/$t" && cp "${extra[@]}" "$out/shared/$t/"
    dirs+=("$out/shared/$t")
  fi
  local args=(-max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$out/artifacts/$t-")
  local dict; dict=$(dictionary "$t")
  [[ -n $dict ]] && args+=(-dict="$root/tests/fuzz/$dict.dict")
  local extra_options; read -ra extra_options <<<"$(options "$t")"
  args+=("${extra_options[@]}")
  local status=0
  "$bin" "${args[@]}" "${dirs[@]}" >"$out/$t.log" 2>&1 || status=$?
  local runs cov
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log" | tail -1) || true
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$out/$t.log" | tail -1) || true
  if [[ $status -eq 0 ]]; then
    printf 'fuzz: %-16s ok    %9s runs in %ss, %s (shared findings: %d)\n' "$t" "${runs:-?}" "$seconds" "${cov:-?}" "${#extra[@]}" >"$out/$t.result"
  else
    { printf 'fuzz: %-16s FAIL  exit %d; see %s\n' "$t" "$status" "$out/$t.log"
      grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|ALARM|==[0-9]+== ERROR: libFuzzer)' "$out/$t.log" | head -5 | sed 's/^/      /' || true
    } >"$out/$t.result"
  fi
  return "$status"
}

# Up to $jobs targets at once; each one's result is printed as it ends, and its status kept.
declare -A pid_target=()
failed=()
reap() {  # waits for one running target
  local pid status=0
  wait -n -p pid "${!pid_target[@]}" || status=$?
  cat "$out/${pid_target[$pid]}.result"
  [[ $status -eq 0 ]] || failed+=("${pid_target[$pid]}")
  unset "pid_target[$pid]"
}
for t in "${targets[@]}"; do
  while [[ ${#pid_target[@]} -ge $jobs ]]; do reap; done
  run_target "$t" &
  pid_target[$!]=$t
done
while [[ ${#pid_target[@]} -gt 0 ]]; do reap; done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failed: ${failed[*]} (inputs under $out/artifacts/)" >&2
  exit 1
fi
