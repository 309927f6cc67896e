#!/usr/bin/env bash
# `study --shuffle` without --seed, with the time pinned: the run repeats exactly, through --now
# or GENAI_QUIZ_NOW alike, because the seed is the pinned time in milliseconds since 1970; the
# order is a shuffled one (it differs from the unshuffled run).
#   study_shuffle.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW COLUMNS CI

fail() { echo "study_shuffle: $*"; exit 1; }
# A deck of 12 cards, so that another seed is all but sure to give another order.
{
  printf 'id: shuffle\ntitle: Shuffle\nsections:\n  - id: all\n    title: All\n    cards:\n'
  for i in $(seq 1 12); do printf '      - id: c%s\n        question: Question %s?\n        answer: Answer %s.\n' "$i" "$i" "$i"; done
} >"$work/shuffle.yaml"
now=2025-03-01T09:00:00Z
now_ms=1740819600000  # $now in milliseconds since 1970
run() {  # NAME ARGS...: studies 6 of the 12 new cards with a fresh data directory
  local name=$1
  shift
  printf '\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n' |
    GENAI_QUIZ_HOME="$work/$name" "$@" >"$work/$name.out" 2>"$work/$name.err" || fail "$name: exit code $?"
  [[ ! -s $work/$name.err ]] || { cat "$work/$name.err"; fail "$name: unexpected stderr"; }
  grep -q 'Saved: Good' "$work/$name.out" || fail "$name: no answer was saved"
}
run first "$gq" --deck "$work/shuffle.yaml" --now "$now" study --shuffle --limit 6
run again "$gq" --deck "$work/shuffle.yaml" --now "$now" study --shuffle --limit 6
run env env GENAI_QUIZ_NOW="$now" "$gq" --deck "$work/shuffle.yaml" study --shuffle --limit 6
run seeded "$gq" --deck "$work/shuffle.yaml" --now "$now" study --shuffle --seed "$now_ms" --limit 6
run unshuffled "$gq" --deck "$work/shuffle.yaml" --now "$now" study --limit 6
grep -q '^Question 1?$' "$work/unshuffled.out" || fail "the unshuffled run did not start with the first card"
diff -u "$work/first.out" "$work/again.out" || fail "two pinned runs differ"
diff -u "$work/first.out" "$work/env.out" || fail "GENAI_QUIZ_NOW gives another order than --now"
diff -u "$work/first.out" "$work/seeded.out" || fail "the seed is not the pinned time"
if cmp -s "$work/first.out" "$work/unshuffled.out"; then fail "--shuffle kept the deck order"; fi
echo "study_shuffle: pinned shuffled runs repeat"
