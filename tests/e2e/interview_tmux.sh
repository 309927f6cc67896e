#!/usr/bin/env bash
# The interactive interview and `study --type` screens in a real terminal (tmux): a live
# countdown that ends an answer when it runs out, typed answers, key points, grading with the
# suggestion, the summary and transcript after the screen is given back.
#   interview_tmux.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
command -v tmux >/dev/null || { echo "interview_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket="gq-interview-$$-0"
runs=0
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# The clock is not pinned: the countdown must move.
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache"
unset GENAI_QUIZ_NOW
export LANG=C.UTF-8 LC_ALL=C.UTF-8

test_name=interview_tmux pane=gq wait_tries=400
source "$(dirname "$0")/tmux_pane.sh"
start() {  # each program in a tmux server of its own, $columns wide (default 90)
  tmux -L "$socket" kill-server 2>/dev/null || true
  runs=$((runs + 1))
  socket="gq-interview-$$-$runs"
  tmux -L "$socket" -f /dev/null new-session -d -s gq -x "${columns:-90}" -y 26 "env TERM=xterm-256color $*; echo \"exit status \$?\"; sleep 60"
  tmux -L "$socket" set-option -t gq remain-on-exit on >/dev/null
}

# A round of two questions with 6 seconds each.
start "$gq" interview -n 2 --minutes 0.1 --seed 3 --transcript "$work/round.md"
wait_for "Question 1 of 2 · Technical Foundation · 0:0"
wait_for "Explain how the self-attention layer works in Transformer models."
first=$(screen | head -1)
sleep 1.2
[[ $(screen | head -1) != "$first" ]] || fail "the countdown did not move"
keys "Queries, keys and values; a softmax" Enter "of the dot products" Enter Enter
wait_for "Question 2 of 2"
# Nothing typed: the countdown runs out and ends the answer.
wait_for "Answer 1 of 2" 240
wait_for "Key points: 3 of 5 covered (60%)"
wait_for "Enter: Hard (suggested)"
keys Enter
wait_for "Saved: Hard, next in 6m"
wait_for "Your answer: (answered aloud, 0:06, when the time ran out)"
keys 3
wait_for "exit status 0"
wait_for "2 questions answered in"
wait_for "Transcript: $work/round.md"
grep -qF "cut off when the 0:06 ran out" "$work/round.md" || fail "the transcript does not say the answer was cut off"
grep -qF -- "- [x] softmax: “softmax”" "$work/round.md" || fail "the transcript lacks the covered points"

# study --type, in a data directory of its own: type, see the points, take the suggestion.
start env GENAI_QUIZ_HOME="$work/study" "$gq" study --type --new 3 --no-fuzz
wait_for "Describe the backpropagation algorithm."
wait_for "Enter twice or Ctrl-D show the answer"
keys "the chain rule gives the gradient of the loss" Enter Enter
wait_for "Key points: 2 of 5 covered (40%)"
wait_for "✓ chain rule: “chain rule”"
wait_for "Enter: Again (suggested)"
keys Enter
wait_for "Saved: Again, next in 1m"
keys C-c
wait_for "exit status 0"
# The cursor of the interview's answer is drawn where it is: moved left, text goes in there.
for columns in 40 100; do
  start env GENAI_QUIZ_HOME="$work/cursor-$columns" "$gq" interview -n 1 --minutes 5 --seed 3
  wait_for "Explain how the self-attention layer"
  keys "chain rule"
  wait_for "> chain rule▏"
  keys Left Left Left Left
  wait_for "> chain ▏rule"
  keys "the "
  wait_for "> chain the ▏rule"
  keys Home
  wait_for "> ▏chain the rule"
  keys End
  wait_for "> chain the rule▏"
  [[ $(screen | grep -c "▏") -eq 1 ]] || fail "one cursor on the screen at $columns columns"
  keys C-c
  wait_for "exit status"
done
unset columns

# Every width from 40 columns: the header keeps the time and says dry run, the note that the
# round is smaller than asked is on the screen, the keys, the message and the grade prompt keep
# every key, and a long model answer says how much is below and where it ends. Nothing is wider
# than the terminal and no word is broken (fits_width.sh, against the same screen at 100).
{
  printf 'id: widths\ntitle: Widths\nsections:\n  - id: found\n    title: Technical Foundation\n    cards:\n'
  printf '      - id: attention\n        question: Explain how the self-attention layer works in Transformer models.\n'
  printf '        key_points: [softmax, queries and keys]\n        answer: |\n'
  for i in $(seq 1 40); do printf '          Paragraph %s of the model answer, about queries, keys and values.\n\n' "$i"; done
  printf '      - id: residual\n        question: Why do Transformers use residual connections?\n'
  printf '        answer: They let the gradient flow through deep stacks.\n'
} >"$work/widths.yaml"
fits_width=$(dirname "$0")/fits_width.sh
for columns in 40 100; do
  start env GENAI_QUIZ_HOME="$work/widths-$columns" "$gq" --deck "$work/widths.yaml" interview --dry-run -n 10 --minutes 5 --seed 1
  wait_for "not 10."
  wait_for "Ctrl-C"
  screen >"$work/asking-$columns.txt"
  header=$(head -1 "$work/asking-$columns.txt")
  [[ $header == dry* ]] || fail "the header at $columns columns does not say dry run: $header"
  [[ $header =~ [0-9]:[0-9][0-9] ]] || fail "the header at $columns columns lost the countdown: $header"
  grep -qF "aloud" "$work/asking-$columns.txt" || fail "the keys at $columns columns lost the answered-aloud key"
  keys "softmax" Enter Enter
  wait_for "Why do Transformers use"
  keys Enter
  wait_for "Every question is asked"
  wait_for "more lines"
  screen >"$work/grading-$columns.txt"
  grep -qF "Explain how the self-attention" "$work/grading-$columns.txt" || fail "the grading screen does not start at the question"
  for key in "1 A" "2 H" "3 G" "4 E" "q stop"; do
    grep -qF "$key" "$work/grading-$columns.txt" || fail "the grade prompt at $columns columns lost '$key'"
  done
  # The hint counts the lines below, down to "end of the answer" at the last paragraph.
  below=$(grep -oE "→ [0-9]+ more lines" "$work/grading-$columns.txt" | grep -oE "[0-9]+")
  keys j
  wait_for "→ $((below - 1)) more lines"
  keys End
  wait_for "end of the answer"
  wait_for "Paragraph 40 of the model answer"
  screen | grep -qF "Paragraph 1 of" && fail "the end of the answer still shows its first paragraph"
  keys k
  wait_for "→ 1 more lines"
  screen >"$work/end-$columns.txt"
  keys 3
  wait_for "Rated (not saved): Good"
  screen >"$work/rated-$columns.txt"
  keys q
  wait_for "exit status 0"
  wait_for "Dry run: nothing was saved."
  screen >"$work/summary-$columns.txt"
done
for part in asking grading end rated summary; do
  bash "$fits_width" 40 "$work/$part-40.txt" "$work/$part-100.txt" Q A H G E none ||
    fail "the $part screen does not fit 40 columns"
done

echo "interview_tmux: ok"
