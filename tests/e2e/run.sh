#!/usr/bin/env bash
# End-to-end harness: runs the real genai-quiz binary in a throwaway home and checks its exit
# code, stdout and stderr. ctest calls it through gq_e2e() in tests/CMakeLists.txt:
#
#   gq_e2e(list-json EXIT 0 STDOUT expected/list.json ARGS list --json)
#
# or by hand:
#
#   tests/e2e/run.sh [OPTIONS] -- BINARY [ARGS...]
#     --exit N          expected exit code (default 0)
#     --stdout FILE     stdout must equal FILE byte for byte
#     --stdout-re RE    stdout must contain a match of the extended regex RE ('.' matches
#                       newlines; anchor with ^ and $ for the whole output)
#     --stderr FILE     the same for stderr
#     --stderr-re RE
#     --stdin FILE      feed FILE to the program (default: /dev/null)
#     --cd DIR          run in DIR (relative file names in diagnostics stay short)
#     --home DIR        use DIR as the home (created if missing, kept afterwards) instead of a
#                       fresh temporary one; lets several tests share progress in order
#     --env NAME=VALUE  set a variable (repeatable)
#
# The program runs with GENAI_QUIZ_HOME, HOME and XDG_{DATA,CONFIG,STATE,CACHE}_HOME inside the
# home, GENAI_QUIZ_NOW and GENAI_QUIZ_CACHE_DIR unset, NO_COLOR=1, TERM=dumb, TZ=UTC and
# LC_ALL=C.UTF-8. In expected files and regexes, @HOME@ stands for the home's path. On a mismatch
# it prints a unified diff (or the output and the regex) and exits 1. With GENAI_QUIZ_UPDATE_GOLDEN
# set (and CI not set) an expected FILE is first rewritten from the run.
set -euo pipefail

expect_exit=0 stdout_file="" stdout_re="" stderr_file="" stderr_re="" stdin=/dev/null
cd_dir="" home="" envs=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --exit) expect_exit=$2; shift 2 ;;
    --stdout) stdout_file=$2; shift 2 ;;
    --stdout-re) stdout_re=$2; shift 2 ;;
    --stderr) stderr_file=$2; shift 2 ;;
    --stderr-re) stderr_re=$2; shift 2 ;;
    --stdin) stdin=$2; shift 2 ;;
    --cd) cd_dir=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    --env) envs+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
[[ $# -ge 1 ]] || { echo "run.sh: no program given after --" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gq-e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [[ -z $home ]]; then home=$work/home; fi
mkdir -p "$home"
home=$(cd "$home" && pwd)

status=0
(
  [[ -z $cd_dir ]] || cd "$cd_dir"
  unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR
  export GENAI_QUIZ_HOME=$home/genai-quiz HOME=$home XDG_DATA_HOME=$home/.local/share \
    XDG_CONFIG_HOME=$home/.config XDG_STATE_HOME=$home/.local/state XDG_CACHE_HOME=$home/.cache \
    NO_COLOR=1 TERM=dumb TZ=UTC LC_ALL=C.UTF-8
  for e in ${envs[@]+"${envs[@]}"}; do export "${e?}"; done
  exec "$@" <"$stdin" >"$work/stdout" 2>"$work/stderr"
) || status=$?

failed=0
if [[ $status -ne $expect_exit ]]; then
  echo "exit code $status, expected $expect_exit"
  failed=1
fi

check() {  # NAME ACTUAL_FILE EXPECTED_FILE REGEX
  local name=$1 actual=$2 expected=$3 re=$4
  if [[ -n $expected && $expected != /dev/null && -n ${GENAI_QUIZ_UPDATE_GOLDEN:-} ]]; then
    if [[ -n ${CI:-} ]]; then
      echo "GENAI_QUIZ_UPDATE_GOLDEN is refused where CI is set: a CI run compares with the golden files and never rewrites them"
      exit 1
    fi
    sed "s|$home|@HOME@|g" "$actual" >"$expected"  # rewrite the golden file from this run
  fi
  if [[ -n $expected ]]; then
    if ! diff -u --label "expected $name" --label "actual $name" \
        <(sed "s|@HOME@|$home|g" "$expected") "$actual"; then
      failed=1
    fi
  fi
  if [[ -n $re ]]; then
    local text
    text=$(cat "$actual"; echo x)  # keep trailing newlines
    text=${text%x}
    if ! [[ $text =~ ${re//@HOME@/$home} ]]; then
      printf '%s does not match /%s/:\n%s\n' "$name" "$re" "$text"
      failed=1
    fi
  fi
}
check stdout "$work/stdout" "$stdout_file" "$stdout_re"
check stderr "$work/stderr" "$stderr_file" "$stderr_re"

if [[ $failed -ne 0 ]]; then
  echo "--- command: $*"
  echo "--- stdout:"; cat "$work/stdout"
  echo "--- stderr:"; cat "$work/stderr"
  exit 1
fi
