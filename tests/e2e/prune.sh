#!/usr/bin/env bash
# list shows marks, list --flagged, list --orphans and prune, through the real binary with the
# data directory and the decks folder in a temporary HOME, time pinned:
# a deck answered, then removed from the library, leaves orphans that prune removes after asking
# (on a terminal) or with --yes.
#   prune.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
work=$(mktemp -d)
trap 'for s in n y; do tmux -L "gq-prune-$$-$s" kill-server 2>/dev/null || true; done; rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=100
unset GENAI_QUIZ_NOW
now=(--now 2026-12-03T10:00:00Z)
failed=0
fail() { echo "prune: $*"; failed=1; }

cat >"$work/mine.yaml" <<'YAML'
id: mine
title: My deck
sections:
  - id: basics
    title: Basics
    cards:
      - id: softmax
        question: What does softmax do?
        answer: It turns scores into probabilities.
      - id: relu
        question: What is ReLU?
        answer: max(0, x).
YAML

# Nothing stored yet: no orphans, nothing flagged, and prune makes no database.
[[ $("$gq" list --orphans) == *"nothing to prune"* ]] || fail "list --orphans without progress: $("$gq" list --orphans)"
[[ $("$gq" list --flagged) == "No card is flagged."* ]] || fail "list --flagged without flags: $("$gq" list --flagged)"
out=$("$gq" prune </dev/null) || fail "prune without progress failed: $out"
[[ ! -e $work/data/progress.db ]] || fail "prune created the database"

"$gq" deck add "$work/mine.yaml" >/dev/null
# Answer both cards of my deck Good, flag one in study, suspend the other.
printf 'f\n\n3\n\n3\n' | "$gq" "${now[@]}" study -s mine/basics >"$work/study" 2>&1 || true
grep -qF "Flagged (genai-quiz list --flagged)" "$work/study" || { fail "f in study did not flag:"; cat "$work/study"; }
"$gq" "${now[@]}" suspend mine/relu >/dev/null
"$gq" "${now[@]}" suspend backpropagation >/dev/null

# list shows the marks and counts them; --flagged lists the flagged card only.
out=$("$gq" "${now[@]}" list)
grep -Eq '^ +softmax +\[flagged\] What does softmax do' <<<"$out" || fail "list does not mark softmax flagged: $out"
grep -Eq '^ +relu +\[suspended\] What is ReLU' <<<"$out" || fail "list does not mark relu suspended: $out"
grep -Eq '^ +backpropagation +\[suspended\]' <<<"$out" || fail "list does not mark backpropagation suspended: $out"
grep -q '2 cards (0 new, 1 due, 1 suspended), 1 flagged' <<<"$out" || fail "list counts of my deck: $out"
out=$("$gq" "${now[@]}" list --flagged)
grep -q 'softmax' <<<"$out" || fail "list --flagged misses softmax: $out"
if grep -Eq 'relu|backpropagation|transformer' <<<"$out"; then fail "list --flagged shows unflagged cards: $out"; fi
out=$("$gq" "${now[@]}" list --flagged --json)
[[ $(wc -l <<<"$out") == 1 ]] && grep -qF '"listed":[{"id":"softmax","marks":["flagged"]}]}]}' <<<"$out" \
  || fail "list --flagged --json: $out"

# Every card is in a deck: nothing is an orphan.
[[ $("$gq" list --orphans) == *"nothing to prune"* ]] || fail "orphans while every card is in a deck: $("$gq" list --orphans)"

# Removing the deck keeps its progress, which becomes two orphans.
"$gq" deck remove mine >/dev/null
out=$("$gq" "${now[@]}" list --orphans)
grep -Eq '^  mine/relu +1 answer, last 2026-12-03$' <<<"$out" || fail "list --orphans, relu: $out"
grep -Eq '^  mine/softmax +1 answer, last 2026-12-03$' <<<"$out" || fail "list --orphans, softmax: $out"
if grep -q backpropagation <<<"$out"; then fail "a card of a deck in the library is listed as an orphan: $out"; fi
[[ $("$gq" list --orphans --json | wc -l) == 2 ]] || fail "list --orphans --json: $("$gq" list --orphans --json)"
# With --deck naming another deck, the library's progress is not judged: nothing to prune.
printf 'id: other\ntitle: Other\nsections:\n  - id: s\n    title: S\n    cards:\n      - id: c\n        question: Q?\n        answer: A.\n' \
  >"$work/other.yaml"
[[ $("$gq" --deck "$work/other.yaml" list --orphans) == *"nothing to prune"* ]] \
  || fail "with --deck, cards of decks not named are orphans: $("$gq" --deck "$work/other.yaml" list --orphans)"

# prune without a terminal and without --yes refuses and removes nothing.
if out=$("$gq" prune </dev/null 2>&1); then fail "prune without a terminal or --yes succeeded"; fi
grep -q "not a terminal" <<<"$out" || fail "prune's refusal says: $out"
[[ $("$gq" list --orphans --json | wc -l) == 2 ]] || fail "a refused prune removed something"

# On a terminal (tmux), answering n keeps everything, y removes the two orphans.
if command -v tmux >/dev/null; then
  for answer in n y; do
    socket="gq-prune-$$-$answer"  # a server of its own for each run: reusing a socket whose
    # server is still shutting down fails with "server exited unexpectedly"
    tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 20 \
      "env GENAI_QUIZ_HOME='$work/data' XDG_CONFIG_HOME='$work/config' GENAI_QUIZ_CACHE_DIR='$work/cache' \
       TZ=UTC NO_COLOR=1 '$gq' prune >'$work/pane.$answer' 2>&1; echo done >>'$work/pane.$answer'; sleep 30"
    for _ in $(seq 50); do grep -q '\[y/N\]' "$work/pane.$answer" 2>/dev/null && break; sleep 0.1; done
    tmux -L "$socket" send-keys "$answer" Enter
    for _ in $(seq 50); do grep -q '^done' "$work/pane.$answer" 2>/dev/null && break; sleep 0.1; done
    tmux -L "$socket" kill-server 2>/dev/null || true
  done
  grep -q 'Remove the progress of 2 cards (2 answers)? \[y/N\]' "$work/pane.n" || fail "prune's question: $(cat "$work/pane.n")"
  grep -q 'Nothing was removed' "$work/pane.n" || fail "n at prune's question: $(cat "$work/pane.n")"
  grep -q 'Removed the progress of 2 cards (2 answers)' "$work/pane.y" || fail "y at prune's question: $(cat "$work/pane.y")"
else
  "$gq" prune --yes >/dev/null
fi
[[ $("$gq" list --orphans) == *"nothing to prune"* ]] || fail "orphans left after prune: $("$gq" list --orphans)"
# The library's own progress is untouched, and adding the deck again finds it new.
[[ $("$gq" "${now[@]}" list) == *'backpropagation '*'[suspended]'* ]] || fail "prune touched the bundled deck's marks"
"$gq" deck add "$work/mine.yaml" >/dev/null
grep -q '2 cards (2 new, 0 due)' <<<"$("$gq" "${now[@]}" list)" || fail "a pruned card still has progress: $("$gq" list)"
out=$("$gq" prune --yes)
[[ $out == *"nothing to prune"* ]] || fail "a second prune: $out"

# Orphans again, beside a second deck with progress: prune --yes (no terminal, no question)
# removes the orphans of the removed deck, and only them.
"$gq" deck add "$work/other.yaml" >/dev/null
printf '\n3\n\n3\n' | "$gq" "${now[@]}" study -s mine/basics >"$work/study" 2>&1 || true
mine_answers=$(grep -c '^Saved:' "$work/study" || true)
printf '\n3\n' | "$gq" "${now[@]}" study -s other/s >"$work/study" 2>&1 || true
grep -q '^Saved:' "$work/study" || { fail "the other deck's card was not answered:"; cat "$work/study"; }
"$gq" "${now[@]}" suspend mine/relu >/dev/null
"$gq" deck remove mine >/dev/null
orphans=$("$gq" list --orphans --json)
[[ $(wc -l <<<"$orphans") == 2 ]] && grep -q '"card":"softmax"' <<<"$orphans" && grep -q '"card":"relu"' <<<"$orphans" \
  || fail "the orphans before prune --yes: $orphans"
out=$("$gq" prune --yes </dev/null) || fail "prune --yes failed: $out"
grep -q '^  mine/relu ' <<<"$out" && grep -q '^  mine/softmax ' <<<"$out" || fail "prune --yes does not list what it removes: $out"
[[ $(tail -1 <<<"$out") == "Removed the progress of 2 cards ($mine_answers answers)." ]] || fail "prune --yes said: $out"
[[ $("$gq" list --orphans) == *"nothing to prune"* ]] || fail "orphans left after prune --yes: $("$gq" list --orphans)"
out=$("$gq" "${now[@]}" list)
grep -q '1 card (0 new, ' <<<"$out" || fail "prune --yes touched the other deck's progress: $out"
[[ $out == *'backpropagation '*'[suspended]'* ]] || fail "prune --yes touched the bundled deck's marks: $out"
"$gq" deck add "$work/mine.yaml" >/dev/null
grep -q '2 cards (2 new, 0 due)' <<<"$("$gq" "${now[@]}" list -s mine/basics)" \
  || fail "a card pruned by --yes still has progress or marks: $("$gq" "${now[@]}" list -s mine/basics)"

exit $failed
