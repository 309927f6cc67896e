#!/usr/bin/env bash
# Two study sessions at once through the line protocol: the second answers a card the first has
# queued, and the first leaves it out with a note after its next answer and a line in its summary.
#   two_sessions.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
first_pid=
cleanup() {
  [[ -n $first_pid ]] && kill "$first_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache"
export GENAI_QUIZ_NOW=2025-03-01T09:00:00Z TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8

fail() { echo "two_sessions: $*"; echo "--- first session ---"; cat "$work/first.out" || true; exit 1; }
wait_for() {  # COUNT TEXT: until the first session has printed TEXT COUNT times
  for _ in $(seq 1 200); do
    (($(grep -cF -- "$2" "$work/first.out" || true) >= $1)) && return 0
    sleep 0.05
  done
  fail "the first session never printed '$2' $1 time(s)"
}

# The first session reads its lines from a pipe kept open, so that it waits between answers.
mkfifo "$work/first.in"
"$gq" study --no-fuzz --new 3 <"$work/first.in" >"$work/first.out" 2>"$work/first.err" &
first_pid=$!
exec 3>"$work/first.in"
wait_for 1 "Question:"
first_card=$(grep -m1 -A1 -F "Question:" "$work/first.out" | tail -1)

# Meanwhile the second session answers the first two cards Easy, and stops.
second=$(printf '\n4\n\n4\nq\n' | "$gq" study --no-fuzz --new 3 2>&1)
grep -qF "another session is running (study, process $first_pid)" <<<"$second" ||
  { echo "$second"; fail "the second session did not say that the first is running"; }
(($(grep -c "^Saved: Easy, next in [0-9]*d$" <<<"$second") == 2)) ||
  { echo "$second"; fail "the second session did not save two answers"; }
second_card=$(grep -A1 -F "Question:" <<<"$second" | sed -n 5p)
[[ -n $second_card && $second_card != "$first_card" ]] || fail "the second session's second card is '$second_card'"

# The first session answers its card: the next card, answered in the second, is left out.
printf '\n' >&3
wait_for 1 "Rate:"
printf '4\n' >&3
wait_for 1 "Left out"
grep -qE "^Saved: Easy, next in [0-9]+d\. Left out 1 card answered in another session\.$" "$work/first.out" ||
  fail "the note on the card left out is not one sentence after the saved answer"
# The card shown next is neither of the two answered.
wait_for 2 "Question:"
third_card=$(grep -A1 -F "Question:" "$work/first.out" | sed -n 5p)
[[ -n $third_card && $third_card != "$first_card" && $third_card != "$second_card" ]] ||
  fail "after the note the first session shows '$third_card'"
printf 'q\n' >&3
exec 3>&-
wait "$first_pid" || fail "the first session failed: $(cat "$work/first.err")"
first_pid=
grep -qF "1 card was answered in another session meanwhile and left out of this one." "$work/first.out" ||
  fail "the first session's summary does not count the card left out"
grep -qF "Answered 1 card in" "$work/first.out" || fail "the first session's summary counts the wrong answers"
echo "two_sessions: ok"
