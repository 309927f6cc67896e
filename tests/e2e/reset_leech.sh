#!/usr/bin/env bash
# Leeches and reset through the real binary and the line protocol, with time pinned: a card
# failed study.leech_threshold times is tagged leech and suspended, and the session says so;
# reset CARD makes a reviewed card new again while its answers stay in the export; an unknown
# card changes nothing.
#   reset_leech.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100
unset GENAI_QUIZ_NOW
failed=0
fail() { echo "reset_leech: $*"; failed=1; }
# answer TIME RATING: shows backpropagation at TIME, reveals it and rates it; prints the session
answer() { printf ' \n%s\n' "$2" | "$gq" --now "$1" study --card backpropagation 2>&1 || true; }
# field NAME: the value of NAME in backpropagation's card record of a JSON export
field() {
  "$gq" --now 2026-12-30T10:00:00Z export --reviews |
    awk -v name="\"$1\"" '/"id": "backpropagation"/ {on = 1} on && $1 == name":" {gsub(/[",]/, "", $2); print $2; exit}'
}
queued() { printf '' | "$gq" --now "$1" study --dry-run | sed -n 's/.* \([0-9][0-9]*\) left .*/\1/p' | head -1; }

"$gq" config study.leech_threshold 2 >/dev/null

# Easy makes it a review card; Again is its first lapse; Good takes it back to review.
answer 2026-12-01T10:00:00Z 4 >"$work/out"
grep -q "Saved: Easy" "$work/out" || { fail "the first answer was not saved:"; cat "$work/out"; }
answer 2026-12-10T10:00:00Z 1 >"$work/out"
if grep -qi "leech" "$work/out"; then fail "one lapse already made a leech"; fi
answer 2026-12-10T10:30:00Z 3 >/dev/null
# The second lapse reaches the threshold: a leech, suspended, and the session says so.
answer 2026-12-20T10:00:00Z 1 >"$work/out"
grep -qF "Leech: 2 lapses, so the card is tagged leech and suspended" "$work/out" \
  || { fail "the second lapse did not make a leech:"; cat "$work/out"; }
[[ $(queued 2026-12-20T10:00:00Z) == 2 ]] || fail "the leech is still queued ($(queued 2026-12-20T10:00:00Z) cards)"
[[ $(field lapses) == 2 ]] || fail "the export says $(field lapses) lapses, not 2"

# An unknown card: exit 1, the nearest id suggested, nothing changed.
if out=$("$gq" --now 2026-12-21T10:00:00Z reset backpropagatoin 2>&1); then fail "an unknown card did not fail"; fi
grep -qF "unknown card 'backpropagatoin'; did you mean 'backpropagation'?" <<<"$out" || fail "reset of an unknown card said: $out"
[[ $(field state) == relearning ]] || fail "a failed reset changed the card (state $(field state))"

# reset: new again, the leech tag off (still suspended), every answer still in the export.
out=$("$gq" --now 2026-12-21T10:00:00Z reset backpropagation)
[[ $out == "Reset genai-interview/backpropagation to new (its 4 answers kept in the history); it is still suspended" ]] \
  || fail "reset said: $out"
[[ $(field state) == new && $(field reps) == 0 && $(field lapses) == 0 ]] \
  || fail "after reset the card is $(field state) with $(field reps) reps and $(field lapses) lapses"
[[ $(field review_count) == 4 ]] || fail "the export holds $(field review_count) answers after reset, not 4"
out=$("$gq" --now 2026-12-21T10:00:00Z reset backpropagation)
[[ $out == "genai-interview/backpropagation is already new" ]] || fail "resetting twice said: $out"

# Unsuspended, it is studied as a new card: its schedule starts afresh (one rep, learning).
"$gq" --now 2026-12-21T10:00:00Z unsuspend backpropagation >/dev/null
answer 2026-12-21T10:05:00Z 3 >"$work/out"
grep -q "Saved: Good, next in 10m" "$work/out" || { fail "after reset Good did not schedule a new card:"; cat "$work/out"; }
[[ $(field state) == learning && $(field reps) == 1 ]] || fail "after reset and one answer: $(field state), $(field reps) reps"
[[ $(field review_count) == 5 ]] || fail "the export holds $(field review_count) answers, not 5"

exit $failed
