#!/usr/bin/env bash
# genai-quiz plan run as a user would: a deck of 60 cards, some answered, the clock pinned. The
# same seed gives the same report, another seed another one; --json carries every plan; --apply
# saves the recommendation in config.yaml; bad dates and targets are usage errors.
#   plan.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
unset GENAI_QUIZ_NOW

fail() { echo "plan: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}

deck="$work/deck.yaml"
{
  echo "id: planning"
  echo "title: Planning"
  echo "sections:"
  echo "  - id: all"
  echo "    title: All"
  echo "    cards:"
  for i in $(seq 1 60); do
    echo "      - id: card-$i"
    echo "        question: Question $i?"
    echo "        answer: Answer $i."
  done
} >"$deck"
cd "$work"

# Ten cards answered a week before (Good twice: they graduate), so that some are due later.
printf '\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n' |
  "$gq" --deck "$deck" --now 2025-02-22T09:00:00Z study --new 10 --limit 10 >/dev/null
printf '\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n\n3\n' |
  "$gq" --deck "$deck" --now 2025-02-22T09:15:00Z study --new 0 >/dev/null

now=2025-03-01T09:00:00Z
out=$(COLUMNS=40 "$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 10)
expect "Plan for the interview on 2025-03-15" "$out"
expect "14 days to study, 60 cards, 50 never" "$out"
expect "Cheapest plan that reaches 90%" "$out"
expect "Answers a day" "$out"
while IFS= read -r line; do
  [[ ${#line} -le 40 ]] || fail "a line is wider than 40 columns: '$line'"
done <<<"$out"
wide=$(COLUMNS=100 "$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 10)
while IFS= read -r line; do
  [[ ${#line} -le 100 ]] || fail "a line is wider than 100 columns: '$line'"
done <<<"$wide"

# The same seed, the same figures; another seed, other figures.
a=$("$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 10 --json)
b=$("$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 10 --json)
c=$("$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 10 --json --seed 2)
[[ "$a" == "$b" ]] || fail "two runs with the same seed differ"
[[ "$a" != "$c" ]] || fail "another seed gave the same figures"
expect '"interview_date": "2025-03-15"' "$a"
expect '"days": 14' "$a"
expect '"cards": 60' "$a"
expect '"new_cards": 50' "$a"
plans=$(grep -c '"desired_retention"' <<<"$a")
[[ $plans -eq 24 ]] || fail "expected 24 plans (4 retentions x 2 new x 3 minutes), got $plans"
one=$("$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 5 --json --new 5 --minutes 0)
plans=$(grep -c '"desired_retention"' <<<"$one")
[[ $plans -eq 4 ]] || fail "--new 5 --minutes 0 should give 4 plans, got $plans"
expect '"minutes_limit": null' "$one"

# --apply saves the recommended desired retention and the interview date.
out=$("$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --runs 5 --target 0.5 --apply)
expect "Saved desired_retention 0.80, interview_date 2025-03-15 and" "$out"
expect "$work/config/genai-quiz/config.yaml" "$out"
new_saved=$(printf '%s' "$out" | tr '\n' ' ' | sed -n 's/.*study.new_per_day \([0-9]*\) in.*/\1/p')
[[ -n $new_saved ]] || fail "--apply did not say which new cards a day it saved"
expect "new_per_day: $new_saved" "$(cat "$work/config/genai-quiz/config.yaml")"
expect "desired_retention: 0.80" "$(cat "$work/config/genai-quiz/config.yaml")"
expect "interview_date: 2025-03-15" "$(cat "$work/config/genai-quiz/config.yaml")"
# Now the date comes from config.yaml.
out=$("$gq" --deck "$deck" --now "$now" plan --runs 3 --new 5 --minutes 10)
expect "Plan for the interview on 2025-03-15" "$out"
# An unreachable target saves nothing and fails.
if "$gq" --deck "$deck" --now "$now" plan --by 2025-03-20 --runs 3 --target 0.999 --apply >/dev/null 2>"$work/err"; then
  fail "an unreachable target with --apply succeeded"
fi
expect "no plan reaches the target, so nothing was saved" "$(cat "$work/err")"
expect "interview_date: 2025-03-15" "$(cat "$work/config/genai-quiz/config.yaml")"

# Usage errors.
set +e
"$gq" --deck "$deck" --now "$now" plan --by 2025-02-01 >/dev/null 2>"$work/err"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "a past date should exit 2, not $rc"
expect "--by: 2025-02-01 is in the past" "$(cat "$work/err")"
set +e
"$gq" --deck "$deck" --now "$now" plan --by 2025-03-15 --target 1.5 >/dev/null 2>"$work/err"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "--target 1.5 should exit 2, not $rc"
rm "$work/config/genai-quiz/config.yaml"
set +e
"$gq" --deck "$deck" --now "$now" plan >/dev/null 2>"$work/err"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "no interview date should exit 2, not $rc"
expect "plan needs the interview date" "$(cat "$work/err")"
echo "plan: ok"
