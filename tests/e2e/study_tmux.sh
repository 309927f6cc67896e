#!/usr/bin/env bash
# The interactive study screen, driven through a real terminal (tmux): reveal, rate, undo,
# resize, help and quit, then the answers checked through the line protocol.
#   study_tmux.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
command -v tmux >/dev/null || { echo "study_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket="gq-test-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" GENAI_QUIZ_NOW=2025-03-01T09:00:00Z
export LANG=C.UTF-8 LC_ALL=C.UTF-8

test_name=study_tmux pane=study
source "$(dirname "$0")/tmux_pane.sh"

tmux -L "$socket" -f /dev/null new-session -d -s study -x 80 -y 24 \
  "env TERM=xterm-256color $gq study --new 3 --no-fuzz; echo \"exit status \$?\"; sleep 30"
tmux -L "$socket" set-option -t study remain-on-exit on >/dev/null

wait_for "genai-interview · Technical Foundation · 3 left · new 3 · learning 0 · review 0"
wait_for "Describe the backpropagation algorithm."
wait_for "Space show answer"
screen | grep -qF "Backpropagation is an algorithm" && fail "the answer showed before it was asked for"

keys Space
wait_for "Backpropagation is an algorithm used for training neural networks."
wait_for "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d"

keys 3
wait_for "Saved: Good, next in 10m"
wait_for "3 left · new 2 · learning 1 · review 0"
wait_for "Explain the Architecture of Transformers."

keys u
wait_for "Undid the last answer."
wait_for "3 left · new 3 · learning 0 · review 0"
wait_for "Describe the backpropagation algorithm."

keys '?'
wait_for "rate: Again, Hard, Good, Easy"
keys x
wait_for "Describe the backpropagation algorithm."

# After a resize the screen is drawn again for the new size: no line wider than 50 columns, and
# the key bar still on the last line.
tmux -L "$socket" resize-window -t study -x 50 -y 20
widest() { screen | wc -L; }
for _ in $(seq 1 200); do [[ $(widest) -le 50 ]] && break; sleep 0.05; done
[[ $(widest) -le 50 ]] || fail "a line is $(widest) columns wide after resizing to 50"
screen | sed -n 20p | grep -qF "Space answer" || fail "the key bar is not on the last line after resizing"
wait_for "Describe the backpropagation algorithm."

keys Enter
wait_for "Backpropagation is an algorithm"
keys 4
wait_for "Saved: Easy, next in 8d"
keys q
wait_for "exit status 0"
wait_for "Answered 1 card"

# The answer is in the database: only the two other new cards are left today.
out=$(printf 'q\n' | "$gq" study --new 3 --no-fuzz)
grep -qF "2 left · new 2 · learning 0 · review 0" <<<"$out" || { echo "$out"; fail "the Easy answer was not saved"; }
echo "study_tmux: ok"
