#!/usr/bin/env bash
# A scripted mock interview through the line protocol with the clock pinned: its output and its
# transcript must equal the golden files, its grades must be in the review log, and a round
# without --transcript writes one into the data directory.
#   interview_round.sh GENAI_QUIZ_BINARY E2E_DIR
# After a deliberate change of the output, regenerate the golden files with
#   GENAI_QUIZ_UPDATE_GOLDEN=1 tests/e2e/interview_round.sh build/genai-quiz tests/e2e
# (refused where CI is set: a CI run compares and never rewrites).
set -euo pipefail
gq=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW COLUMNS

fail() { echo "interview_round: $*"; exit 1; }
if [[ -n ${GENAI_QUIZ_UPDATE_GOLDEN:-} && -n ${CI:-} ]]; then
  fail "GENAI_QUIZ_UPDATE_GOLDEN is refused where CI is set: a CI run compares with the golden files and never rewrites them"
fi
compare() {  # EXPECTED ACTUAL
  if [[ -n ${GENAI_QUIZ_UPDATE_GOLDEN:-} ]]; then cp "$2" "$1"; return; fi
  diff -u "$1" "$2" || fail "$2 differs from $1"
}

"$gq" --now 2025-03-01T09:00:00Z interview -n 3 --seed 7 --transcript "$work/round.md" \
  <"$dir/input/interview-round.txt" >"$work/stdout" 2>"$work/stderr" || fail "exit code $?"
[[ ! -s $work/stderr ]] || { cat "$work/stderr"; fail "unexpected stderr"; }
sed "s|$work|@WORK@|g" "$work/stdout" >"$work/stdout.txt"
compare "$dir/expected/interview-round.txt" "$work/stdout.txt"
compare "$dir/expected/interview-round.md" "$work/round.md"

# The three grades are in the log: no card is new any more, and the two learning cards (Hard 6m,
# Good 10m) are due an hour later, the Easy one (10 days) is not.
out=$("$gq" --now 2025-03-01T10:00:00Z list --json)
grep -qF '"id":"foundations","title":"Technical Foundation","cards":3,"stubs":1,"new":0,"due":2' <<<"$out" \
  || { echo "$out"; fail "the grades did not reach the review log"; }

# Without --transcript the transcript goes to the data directory, named after the local time.
printf 'chain rule\n\n1\n' | "$gq" --now 2025-03-02T18:30:00Z interview -n 1 --seed 1 >"$work/second" \
  || fail "second round: exit code $?"
[[ -f $work/data/interviews/interview-2025-03-02-1830.md ]] || { ls -R "$work/data"; fail "no transcript in the data directory"; }
grep -qF "Transcript: $work/data/interviews/interview-2025-03-02-1830.md" "$work/second" || fail "transcript path not printed"
printf 'chain rule\n\n1\n' | "$gq" --now 2025-03-02T18:30:00Z interview -n 1 --seed 1 >/dev/null
[[ -f $work/data/interviews/interview-2025-03-02-1830-2.md ]] || fail "a second round in the same minute overwrote the first"
echo "interview_round: ok"
