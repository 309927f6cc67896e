#!/usr/bin/env bash
# A multiple-choice deck on the interactive study screen in a real terminal (tmux), at 40 and at
# 100 columns: the options lettered, a wrong pick crossed and the right one ticked, Enter taking
# the suggested Again, a right pick suggesting Good, and the picks in the review log.
#   study_choices_tmux.sh GENAI_QUIZ_BINARY DECK
set -euo pipefail
gq=$1
deck=$2
command -v tmux >/dev/null || { echo "study_choices_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket="gq-choices-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export GENAI_QUIZ_NOW=2025-03-01T09:00:00Z LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR COLUMNS

test_name=study_choices_tmux pane=study
source "$(dirname "$0")/tmux_pane.sh"

for columns in 40 100; do
  export GENAI_QUIZ_HOME="$work/$columns/data" XDG_CONFIG_HOME="$work/$columns/config" GENAI_QUIZ_CACHE_DIR="$work/$columns/cache"
  tmux -L "$socket" -f /dev/null new-session -d -s study -x "$columns" -y 30 \
    "env TERM=xterm-256color $gq --deck $deck study; echo \"exit status \$?\"; sleep 30"
  tmux -L "$socket" set-option -t study remain-on-exit on >/dev/null

  wait_for "a) To make the softmax"
  wait_for "c) To speed up"
  wait_for "a-c pick"
  screen | grep -qF "Dot products of random" && fail "the explanation showed before a pick"
  screen | grep -qF "✓" && fail "an option was marked before a pick"
  [[ $(screen | wc -L) -le $columns ]] || fail "a line is wider than $columns columns"

  keys c  # wrong
  wait_for "✗ c) To speed up"
  wait_for "✓ b) To keep the dot"
  wait_for "You picked c: wrong;"
  wait_for "answer is b."
  wait_for "Dot products of random"
  # At 40 columns the key bar has no room for the suggestion's name.
  if ((columns >= 100)); then wait_for "Enter: Again (suggested)"; else wait_for "Enter:"; fi
  [[ $(screen | wc -L) -le $columns ]] || fail "a line is wider than $columns columns"
  keys Enter
  wait_for "Saved: Again, next in 1m"

  wait_for "a) Several representation"
  keys A  # right, capital letters too
  wait_for "You picked a: right."
  if ((columns >= 100)); then wait_for "Enter: Good (suggested)"; fi
  keys 2  # overrides the suggestion
  wait_for "Saved: Hard, next in 6m"
  keys q
  wait_for "exit status 0"
  tmux -L "$socket" kill-server

  # Both picks are in the review log, with whether they were right.
  "$gq" --deck "$deck" export --reviews -o "$work/$columns/log.json" >/dev/null
  grep -qF '"choice": "c"' "$work/$columns/log.json" || fail "the wrong pick is not in the log"
  grep -qF '"choice": "a"' "$work/$columns/log.json" || fail "the right pick is not in the log"
  grep -qF '"choice_correct": false' "$work/$columns/log.json" || fail "the wrong pick is not marked wrong"
done
echo "study_choices_tmux: ok"
