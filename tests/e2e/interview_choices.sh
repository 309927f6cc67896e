#!/usr/bin/env bash
# A scripted mock interview over a multiple-choice deck through the line protocol, clock pinned:
# its output and transcript must equal the golden files, and the picks must be in the review log
# (stats counts them).
#   interview_choices.sh GENAI_QUIZ_BINARY E2E_DIR
# After a deliberate change of the output, regenerate the golden files with
#   GENAI_QUIZ_UPDATE_GOLDEN=1 tests/e2e/interview_choices.sh build/genai-quiz tests/e2e
# (refused where CI is set: a CI run compares and never rewrites).
set -euo pipefail
gq=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW COLUMNS

fail() { echo "interview_choices: $*"; exit 1; }
if [[ -n ${GENAI_QUIZ_UPDATE_GOLDEN:-} && -n ${CI:-} ]]; then
  fail "GENAI_QUIZ_UPDATE_GOLDEN is refused where CI is set: a CI run compares with the golden files and never rewrites them"
fi
compare() {  # EXPECTED ACTUAL
  if [[ -n ${GENAI_QUIZ_UPDATE_GOLDEN:-} ]]; then cp "$2" "$1"; return; fi
  diff -u "$1" "$2" || fail "$2 differs from $1"
}

deck="$dir/../data/decks/quiz.yaml"
# A letter that is no option is refused; then a right pick (Enter takes Good), a wrong one
# (suggests Again, graded Hard).
"$gq" --now 2025-03-01T09:00:00Z --deck "$deck" interview -n 2 --seed 3 --transcript "$work/round.md" \
  <"$dir/input/interview-choices.txt" >"$work/stdout" 2>"$work/stderr" || fail "exit code $?"
[[ ! -s $work/stderr ]] || { cat "$work/stderr"; fail "unexpected stderr"; }
sed "s|$work|@WORK@|g" "$work/stdout" >"$work/stdout.txt"
compare "$dir/expected/interview-choices.txt" "$work/stdout.txt"
compare "$dir/expected/interview-choices.md" "$work/round.md"

# Both grades and both picks are in the review log.
out=$("$gq" --now 2025-03-01T10:00:00Z --deck "$deck" list --json)
grep -qF '"new":0' <<<"$out" || { echo "$out"; fail "the grades did not reach the review log"; }
# stats counts the picks beside the calibration, and an export carries them.
stats=$("$gq" --now 2025-03-01T10:00:00Z --deck "$deck" stats)
grep -qF "1 of 2 picks (50%) on multiple-choice cards was right." <<<"$stats" || { echo "$stats"; fail "stats does not count the picks"; }
"$gq" --now 2025-03-01T10:00:00Z --deck "$deck" export --reviews -o "$work/backup.json" >/dev/null
grep -qF '"choice": "a"' "$work/backup.json" && grep -qF '"choice": "c"' "$work/backup.json" \
  || { cat "$work/backup.json"; fail "the export lacks the picks"; }
echo "interview_choices: ok"
