#!/usr/bin/env bash
# Runs every fuzz target of a GENAI_QUIZ_FUZZ build, one after another, for SECONDS each:
#   tools/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]      (tools/dev.sh fuzz builds, then calls this)
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
    import)             echo json ;;
    convert)            echo markdown ;;
    anki_csv)           echo csv ;;
    study_lines|interview_lines) echo lines ;;
    *)                  echo "" ;;
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
failed=()
for t in "${targets[@]}"; do
  bin=$out/fuzz_$t
  [[ -x $bin ]] || { echo "fuzz: $bin is missing (configure with -DGENAI_QUIZ_FUZZ=ON)" >&2; exit 1; }
  dirs=("$out/corpus/$t" "$root/tests/fuzz/corpus/$t")
  mkdir -p "$out/corpus/$t"
  extra=()
  for f in $(shared_files "$t"); do [[ -f $f ]] && extra+=("$f"); done
  if [[ ${#extra[@]} -gt 0 ]]; then
    rm -rf "$out/shared/$t" && mkdir -p "$out/shared/$t" && cp "${extra[@]}" "$out/shared/$t/"
    dirs+=("$out/shared/$t")
  fi
  args=(-max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$out/artifacts/$t-")
  dict=$(dictionary "$t")
  [[ -n $dict ]] && args+=(-dict="$root/tests/fuzz/$dict.dict")
  status=0
  "$bin" "${args[@]}" "${dirs[@]}" >"$out/$t.log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$out/$t.log" | tail -1)
  if [[ $status -eq 0 ]]; then
    printf 'fuzz: %-16s ok    %9s runs in %ss, %s (shared findings: %d)\n' "$t" "${runs:-?}" "$seconds" "${cov:-?}" "${#extra[@]}"
  else
    printf 'fuzz: %-16s FAIL  exit %d; see %s\n' "$t" "$status" "$out/$t.log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|ALARM|==[0-9]+== ERROR: libFuzzer)' "$out/$t.log" | head -5 | sed 's/^/      /'
    failed+=("$t")
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failed: ${failed[*]} (inputs under $out/artifacts/)" >&2
  exit 1
fi
