#!/usr/bin/env bash
# suspend CARD... / unsuspend CARD... and the study key ! (line protocol), with time pinned:
# a suspended card is not queued, comes back when unsuspended, an unknown card changes nothing.
#   suspend.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100
unset GENAI_QUIZ_NOW
now=(--now 2026-12-03T10:00:00Z)
failed=0
fail() { echo "suspend: $*"; failed=1; }
# queued: the number of cards the first header of a study session says are left
queued() { printf '' | "$gq" "${now[@]}" study --dry-run | sed -n 's/.* \([0-9][0-9]*\) left .*/\1/p' | head -1; }

# An unknown card: exit 1, a message naming it, no database made.
if out=$("$gq" "${now[@]}" suspend backpropagation softmx 2>&1); then fail "an unknown card did not fail"; fi
grep -qF "unknown card 'softmx'" <<<"$out" || fail "no message naming the unknown card: $out"
[[ ! -e $work/data/progress.db ]] || fail "an unknown card created the database"

[[ $(queued) == 3 ]] || fail "the bundled deck should queue 3 new cards, not $(queued)"
out=$("$gq" "${now[@]}" suspend backpropagation)
[[ $out == "Suspended genai-interview/backpropagation" ]] || fail "suspend said: $out"
[[ $(queued) == 2 ]] || fail "a suspended card is still queued ($(queued) cards)"
out=$("$gq" "${now[@]}" suspend genai-interview/backpropagation)
[[ $out == *"already suspended"* ]] || fail "suspending twice said: $out"
[[ $(printf '' | "$gq" "${now[@]}" study --cram --dry-run | sed -n 's/.* \([0-9][0-9]*\) left .*/\1/p' | head -1) == 2 ]] \
  || fail "--cram shows a suspended card"
out=$("$gq" "${now[@]}" unsuspend backpropagation)
[[ $out == "Unsuspended genai-interview/backpropagation" ]] || fail "unsuspend said: $out"
[[ $(queued) == 3 ]] || fail "an unsuspended card is not queued again"
out=$("$gq" "${now[@]}" unsuspend backpropagation)
[[ $out == *"not suspended"* ]] || fail "unsuspending a card that is not suspended said: $out"

# The ! key in the line protocol suspends the card shown, for good (a later session skips it).
printf '!\n' | "$gq" "${now[@]}" study >"$work/out" 2>&1 || true
grep -qi "suspend" "$work/out" || { fail "! in study said nothing about suspending:"; cat "$work/out"; }
[[ $(queued) == 2 ]] || fail "! did not suspend the card ($(queued) cards queued)"
# ... and u undoes it.
printf '!\nu\n' | "$gq" "${now[@]}" study >"$work/out" 2>&1 || true
[[ $(queued) == 2 ]] || fail "! then u changed the count ($(queued) cards queued, 2 expected)"

exit $failed
