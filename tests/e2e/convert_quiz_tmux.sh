#!/usr/bin/env bash
# A quiz document converted by `genai-quiz convert`, then studied on the interactive screen in a
# real terminal (tmux) at 40 and at 100 columns: the converted options lettered, a wrong pick
# crossed and the right one ticked, a right pick of a task-list question, and the picks saved.
#   convert_quiz_tmux.sh GENAI_QUIZ_BINARY QUIZ.md
set -euo pipefail
gq=$1
doc=$2
command -v tmux >/dev/null || { echo "convert_quiz_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket=""
cleanup() {
  for c in 40 100; do tmux -L "gq-convert-quiz-$$-$c" kill-server 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export GENAI_QUIZ_NOW=2025-03-01T09:00:00Z LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$work/home"
unset NO_COLOR COLUMNS

test_name=convert_quiz_tmux pane=study
source "$(dirname "$0")/tmux_pane.sh"

cp "$doc" "$work/quiz.md"
"$gq" convert "$work/quiz.md" -o "$work/quiz.yaml" 2>/dev/null || fail "convert failed"
deck=$work/quiz.yaml

for columns in 40 100; do
  socket="gq-convert-quiz-$$-$columns"  # a server of its own for each run: reusing a socket whose
  # server is still shutting down fails with "server exited unexpectedly"
  export GENAI_QUIZ_HOME="$work/$columns/data" XDG_CONFIG_HOME="$work/$columns/config" GENAI_QUIZ_CACHE_DIR="$work/$columns/cache"
  tmux -L "$socket" -f /dev/null new-session -d -s study -x "$columns" -y 30 \
    "env TERM=xterm-256color $gq --deck $deck study; echo \"exit status \$?\"; sleep 30"
  tmux -L "$socket" set-option -t study remain-on-exit on >/dev/null

  wait_for "a) To make the softmax"
  wait_for "c) To speed up"
  wait_for "a-c pick"
  screen | grep -qF "Dot products of random" && fail "the explanation showed before a pick"
  screen | grep -qF "Answer: B" && fail "the answer line is on the screen"
  screen | grep -qF "✓" && fail "an option was marked before a pick"
  [[ $(screen | wc -L) -le $columns ]] || fail "a line is wider than $columns columns"

  keys c  # wrong
  wait_for "✗ c) To speed up"
  wait_for "✓ b) To keep the dot"
  wait_for "You picked c: wrong;"
  wait_for "answer is b."
  wait_for "Dot products of random"
  screen | grep -qF "Answer: B" && fail "the answer line is in the explanation"
  [[ $(screen | wc -L) -le $columns ]] || fail "a line is wider than $columns columns"
  keys Enter
  wait_for "Saved: Again, next in 1m"

  wait_for "a) Self-attention"
  wait_for "c) A feed-forward"
  keys C  # right, one of the two ticked options
  wait_for "You picked c: right."
  wait_for "✓ a) Self-attention"
  wait_for "✓ c) A feed-forward"
  wait_for "Transformers do without"
  keys 2  # overrides the suggested Good
  wait_for "Saved: Hard, next in 6m"
  keys q
  wait_for "exit status 0"
  tmux -L "$socket" kill-server

  # Both picks are in the review log, with whether they were right.
  "$gq" --deck "$deck" export --reviews -o "$work/$columns/log.json" >/dev/null
  grep -qF '"choice": "c"' "$work/$columns/log.json" || fail "the picks are not in the log"
  [[ $(grep -c '"choice": "c"' "$work/$columns/log.json") -eq 2 ]] || fail "expected two picks of c in the log"
  grep -qF '"choice_correct": false' "$work/$columns/log.json" || fail "the wrong pick is not marked wrong"
  grep -qF '"choice_correct": true' "$work/$columns/log.json" || fail "the right pick is not marked right"
done
echo "convert_quiz_tmux: ok"
