#!/usr/bin/env bash
# Studying over several days through the line protocol: cards graduate, "nothing due" says when
# to come back, list counts what is due, reviews return in their time, an edited card is marked,
# and a card that leaves the deck and comes back keeps its progress.
#   study_days.sh GENAI_QUIZ_BINARY DECK
set -euo pipefail
gq=$1
deck=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
cp "$deck" "$work/deck.yaml"

fail() { echo "study_days: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
study() {  # NOW INPUT [ARGS...]
  local now=$1 input=$2; shift 2
  printf "$input" | "$gq" --deck "$work/deck.yaml" --now "$now" study --no-fuzz "$@"
}
# Answers Good to everything until the session ends.
all_good=$(for _ in $(seq 1 20); do printf '\\n3\\n'; done)

# Day 1: three new cards, each Good until it graduates (2 days for Good after the last step).
out=$(study 2025-03-01T09:00:00Z "$all_good")
expect "Answered 6 cards" "$out"
expect "Next card due in 2d (2025-03-03 09:00)." "$out"

# Later that day: nothing is due; the message says when to come back and how to study anyway.
out=$(study 2025-03-01T15:00:00Z "")
expect "Nothing is due: the next card is due in 2d (2025-03-03 09:00)." "$out"
expect "To go over cards anyway: genai-quiz study --cram" "$out"
out=$("$gq" --deck "$work/deck.yaml" --now 2025-03-01T15:00:00Z list)
expect "2 cards (0 new, 0 due)" "$out"

# On their day, from 04:00, the reviews are due, whatever their hour; not a minute before.
out=$("$gq" --deck "$work/deck.yaml" --now 2025-03-03T03:59:00Z list --json)
expect '{"id":"math","title":"Math","cards":2,"stubs":0,"new":0,"due":0,' "$out"
out=$("$gq" --deck "$work/deck.yaml" --now 2025-03-03T04:00:00Z list --json)
expect '{"id":"math","title":"Math","cards":2,"stubs":0,"new":0,"due":2,' "$out"
out=$(study 2025-03-03T05:00:00Z "q\n")
expect "3 left · new 0 · learning 0 · review 3" "$out"

# An edited answer is marked, keeps its progress, and the mark goes once it is reviewed.
sed -i 's/To keep their variance near \*\*one\*\*./To keep their variance near **1**./' "$work/deck.yaml"
out=$(study 2025-03-03T05:00:00Z "$all_good" -s math)
expect "Why divide the scores by √dₖ?" "$out"
grep -A2 "edited since your last review" <<<"$out" | grep -qF "Why divide" || fail "the edited card is not marked"
[[ $(grep -c "edited since your last review" <<<"$out") == 1 ]] || fail "only the edited card is marked"
out=$(study 2025-03-10T09:00:00Z "$all_good" -s math --cram)
grep -q "edited since your last review" <<<"$out" && fail "the mark stayed after the review"

# A card that leaves the deck keeps its history and comes back with its progress.
grep -v -e "id: root" -e "divide the scores" -e "their variance" "$work/deck.yaml" >"$work/smaller.yaml"
out=$("$gq" --deck "$work/smaller.yaml" --now 2025-04-01T09:00:00Z study -s math --no-fuzz <<<"q")
expect "1 left · new 0 · learning 0 · review 1" "$out"
out=$(study 2025-04-01T09:00:00Z "q\n" -s math)
expect "2 left · new 0 · learning 0 · review 2" "$out"
echo "study_days: ok"
