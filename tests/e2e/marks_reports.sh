#!/usr/bin/env bash
# Card marks in the reports and the commands that pick cards, through the real binary with the
# data directory in a temporary folder and time pinned: stats counts suspended, flagged and leech
# cards and leaves suspended ones out of what is new and due (as list does); search --flagged
# finds the flagged cards and search shows every card's marks; interview and plan leave
# suspended cards out.
#   marks_reports.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100
unset GENAI_QUIZ_NOW
now=(--now 2026-12-03T10:00:00Z)
failed=0
fail() { echo "marks_reports: $*"; failed=1; }
# total NAME: the first "NAME": number in the "total" object of stats --json
total() { "$gq" "${now[@]}" stats --json | sed -n '/^  "total"/,$p' | grep -m1 "\"$1\": " | grep -o '[0-9][0-9]*'; }
# listed NAME: the sum of NAME over the sections of list --json
listed() { "$gq" "${now[@]}" list --json | grep -o "\"$1\":[0-9]*" | cut -d: -f2 | awk '{ s += $1 } END { print s + 0 }'; }

# Nothing stored yet: search --flagged finds nothing, exits 1, and makes no database.
if out=$("$gq" search --flagged 2>&1); then fail "search --flagged without progress succeeded: $out"; fi
[[ $out == "genai-quiz: no card is flagged"* ]] || fail "search --flagged without progress said: $out"
[[ ! -e $work/data/progress.db ]] || fail "search --flagged created the database"
# Neither TEXT nor --flagged: a usage error naming both.
set +e; out=$("$gq" search 2>&1); status=$?; set -e
[[ $status == 2 && $out == *"TEXT is missing: "*"or --flagged for the flagged cards"* ]] || fail "search alone ($status): $out"

# Answer the bundled deck's three cards Good, suspend two of them and flag the third in study.
printf '\n3\n\n3\n\n3\n' | "$gq" "${now[@]}" study >"$work/study" 2>&1 || true
[[ $(grep -c '^Saved:' "$work/study") == 3 ]] || { fail "the three cards were not answered:"; cat "$work/study"; }
[[ $(total learning) == 3 && $(total suspended) == 0 ]] || fail "stats before the marks: $("$gq" "${now[@]}" stats --json)"
"$gq" "${now[@]}" suspend backpropagation transformer-architecture >/dev/null
printf 'f\nq\n' | "$gq" "${now[@]}" study >"$work/study" 2>&1 || true
grep -qF 'Flagged' "$work/study" || { fail "f in study did not flag:"; cat "$work/study"; }

# stats counts the marks, and agrees with list on what is new, due, suspended and flagged.
[[ $(total cards) == 3 ]] || fail "stats counts $(total cards) cards, not 3"
[[ $(total suspended) == 2 ]] || fail "stats counts $(total suspended) suspended cards, not 2"
[[ $(total flagged) == 1 ]] || fail "stats counts $(total flagged) flagged cards, not 1"
[[ $(total leech) == 0 ]] || fail "stats counts $(total leech) leeches, not 0"
[[ $(total learning) == 1 ]] || fail "stats counts $(total learning) learning cards: suspended ones are in it"
[[ $(total new) == $(listed new) ]] || fail "stats says $(total new) new, list $(listed new)"
[[ $(total today) == $(listed due) ]] || fail "stats says $(total today) due today, list $(listed due)"
[[ $(total suspended) == $(listed suspended) ]] || fail "stats and list disagree on suspended cards"
[[ $(total flagged) == $(listed flagged) ]] || fail "stats and list disagree on flagged cards"
json=$("$gq" "${now[@]}" stats --json)
forecast=$(sed -n '/^  "total"/,$p' <<<"$json" | grep -A3 '"forecast"' | tr -d ' \n')
[[ $forecast == *'"due":[1,'* ]] || fail "the forecast counts suspended cards due today: $forecast"
weakest=$(sed -n '/^  "total"/,$p' <<<"$json" | sed -n '/"weakest"/,/\]/p' | grep '"id"')
[[ $weakest == *self-attention* && $weakest != *backpropagation* && $weakest != *transformer* ]] \
  || fail "the weakest cards include suspended ones: $weakest"
out=$("$gq" "${now[@]}" stats)
grep -q '^Suspended, flagged and leech cards$' <<<"$out" || fail "stats shows no table of marks: $out"
grep -Eq '^foundations +2 +1 +0$' <<<"$out" || fail "stats' table of marks for foundations: $out"
grep -q "unsuspend CARD" <<<"$out" || fail "stats does not say how to bring a suspended card back: $out"

# search shows each card's marks, and --flagged keeps the flagged cards only.
out=$("$gq" "${now[@]}" search backpropagation)
grep -Eq '^  foundations · \[suspended\] learning, due ' <<<"$out" || fail "search does not show the suspension: $out"
out=$("$gq" "${now[@]}" search --flagged)
grep -q '^genai-interview/self-attention$' <<<"$out" && grep -q '\[flagged\] learning' <<<"$out" \
  || fail "search --flagged: $out"
grep -q '^1 card matches\.$' <<<"$out" || fail "search --flagged counts: $out"
out=$("$gq" "${now[@]}" search --flagged attention --json)
[[ $(wc -l <<<"$out") == 1 && $out == *'"id":"self-attention"'* && $out == *'"marks":["flagged"]}' ]] \
  || fail "search --flagged TEXT --json: $out"
if out=$("$gq" "${now[@]}" search --flagged backpropagation 2>&1); then fail "a flagged search of an unflagged card succeeded"; fi
[[ $out == "genai-quiz: no flagged card matches 'backpropagation'" ]] || fail "search --flagged with no match said: $out"
out=$("$gq" "${now[@]}" search --json transformer | grep '"id":"transformer-architecture"')
[[ $out == *'"marks":["suspended"]}' ]] || fail "search --json does not carry the suspension: $out"

# interview asks only the card that is not suspended.
out=$(printf '' | "$gq" "${now[@]}" interview -n 5 --dry-run 2>&1)
grep -q 'These sections have 1 card not suspended, so the round has 1 question, not 5\.' <<<"$out" \
  || fail "interview with two suspended cards: $out"
grep -q 'Question 1 of 1' <<<"$out" || fail "interview asks more than the card not suspended: $out"
grep -q 'Explain the Architecture\|backpropagation algorithm' <<<"$out" && fail "interview asks a suspended card: $out"

# plan simulates the card that is not suspended, and says how many it left out.
out=$("$gq" "${now[@]}" plan --by 2026-12-20 --runs 2 --json)
grep -q '"cards": 1,' <<<"$out" && grep -q '"suspended": 2,' <<<"$out" || fail "plan --json with two suspended cards: $out"
out=$("$gq" "${now[@]}" plan --by 2026-12-20 --runs 2)
grep -q '1 card, 0 never studied (2 suspended left out)' <<<"$out" || fail "plan with two suspended cards: $out"

# Every card suspended: interview has nothing to ask, plan nothing to simulate, stats nothing new.
"$gq" "${now[@]}" suspend self-attention >/dev/null
out=$(printf '' | "$gq" "${now[@]}" interview 2>&1) || fail "interview with every card suspended failed: $out"
[[ $out == *"Every card of these sections is suspended: nothing to ask."* ]] || fail "interview, all suspended: $out"
[[ $("$gq" "${now[@]}" plan --by 2026-12-20 --runs 2 --json | grep -c '"cards": 0,') == 1 ]] \
  || fail "plan simulates suspended cards"
[[ $(total suspended) == 3 && $(total today) == 0 && $(total new) == 0 ]] || fail "stats with every card suspended"

exit $failed
