#!/usr/bin/env bash
# The interval shown for Easy holds still with fuzz on (the default): the same card revealed at
# two times a minute apart, and hours apart on the same day, shows the same label, and saving
# Easy saves that interval. Once for a new card and once for the review it becomes.
#   easy_label.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache"
export TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW
printf 'id: one\ntitle: One card\nsections:\n  - id: s\n    title: S\n    cards:\n      - id: c\n        question: Why?\n        answer: Because.\n' >"$work/deck.yaml"

fail() { echo "easy_label: $*"; exit 1; }
easy_label() {  # NOW: the label for Easy when the card is revealed at NOW (nothing is saved)
  local out
  out=$(printf '\nq\n' | "$gq" --deck "$work/deck.yaml" --now "$1" study)
  grep -oE "4 Easy [0-9.]+(m|h|d|mo|y)" <<<"$out" | cut -d' ' -f3 || { echo "$out"; fail "no Easy label at $1"; }
}
save_easy() {  # NOW: the interval saved for Easy at NOW
  local out
  out=$(printf '\n4\nq\n' | "$gq" --deck "$work/deck.yaml" --now "$1" study)
  grep -oE "^Saved: Easy, next in [0-9.]+(m|h|d|mo|y)" <<<"$out" | cut -d' ' -f5 || { echo "$out"; fail "nothing saved at $1"; }
}
same_day() {  # T1 T2 T3 (one study day, T2 a minute after T1): reveals agree, Easy at T3 saves that
  local first minute later saved
  first=$(easy_label "$1")
  minute=$(easy_label "$2")
  later=$(easy_label "$3")
  [[ $first == "$minute" ]] || fail "the Easy label moved from $first at $1 to $minute at $2"
  [[ $first == "$later" ]] || fail "the Easy label moved from $first at $1 to $later at $3"
  saved=$(save_easy "$3")
  [[ $saved == "$first" ]] || fail "the label at $3 said $first but Easy saved $saved"
  echo "$saved"
}

# A new card: the first Easy interval.
interval=$(same_day 2025-03-01T09:00:00Z 2025-03-01T09:01:00Z 2025-03-01T15:00:00Z)
[[ $interval =~ ^[0-9]+d$ ]] || fail "Easy on a new card saved '$interval'"
# The review it becomes, on the day it is due: a longer interval, where fuzz has room to move.
# 03:00 the next morning is still the same study day (days start at 04:00).
due=$(date -u -d "2025-03-01 + ${interval%d} days" +%F)
after=$(date -u -d "$due + 1 day" +%F)
interval=$(same_day "${due}T23:00:00Z" "${due}T23:01:00Z" "${after}T03:00:00Z")
[[ $interval =~ ^[0-9.]+(d|mo|y)$ ]] || fail "Easy on the review saved '$interval'"
echo "easy_label: ok"
