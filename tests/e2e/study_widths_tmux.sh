#!/usr/bin/env bash
# What a new user meets on the study screen, in a real terminal (tmux) at 40 and 100 columns:
# the header and key bar keep every count and rating, the typed-answer editor moves, edits
# (Backspace over any character, Ctrl-W, Ctrl-U, Delete, Home) and takes a paste, Enter twice
# ends an answer wherever the cursor is, an empty answer asks for a rating, the key points come
# before the model answer, the last answer leaves the screen without waiting for a key, and a
# second session says that the first is running.
#   study_widths_tmux.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$1
command -v tmux >/dev/null || { echo "study_widths_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket="gq-widths-$$-0" runs=0
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" GENAI_QUIZ_NOW=2025-03-01T09:00:00Z
export LANG=C.UTF-8 LC_ALL=C.UTF-8

test_name=study_widths_tmux pane=gq wait_tries=300
source "$(dirname "$0")/tmux_pane.sh"
start() {  # COLUMNS DATA_DIR ARGS...: a study session in a fresh tmux server
  local columns=$1 data=$2
  shift 2
  tmux -L "$socket" kill-server 2>/dev/null || true
  runs=$((runs + 1))
  socket="gq-widths-$$-$runs"  # a server of its own for each run
  tmux -L "$socket" -f /dev/null new-session -d -s gq -x "$columns" -y 30 \
    "env TERM=xterm-256color GENAI_QUIZ_HOME=$data $gq study --no-fuzz $*; echo \"exit status \$?\"; sleep 60"
  tmux -L "$socket" set-option -t gq remain-on-exit on >/dev/null
}
fits() {  # every line at most $1 columns
  local widest
  widest=$(screen | wc -L)
  [[ $widest -le $1 ]] || fail "a line is $widest columns wide at $1 columns"
}

# 40 columns: the counts and every rating stay, with shorter labels.
start 40 "$work/narrow" --new 3
wait_for "3 left · n3 l0 r0"
wait_for "Space answer · u · s · ! · f · q · ?"
fits 40
# The key list wraps each description beside its keys: nothing cut.
keys '?'
wait_for "any key returns to the card"
wait_for "saved as you go)"
fits 40
screen | grep -qF "…" && fail "the key list at 40 columns cuts a description"
keys x
wait_for "Space answer · u · s · ! · f · q · ?"
keys Space
wait_for "1 A 1m · 2 H 6m · 3 G 10m · 4 E 8d"
fits 40
keys 3
wait_for "3 left · n2 l1 r0"
keys q
wait_for "exit status 0"

# 100 columns: the labels in full.
start 100 "$work/wide" --new 3
wait_for "genai-interview · Technical Foundation · 3 left · new 3 · learning 0 · review 0"
wait_for "Space show answer · u undo · s skip · ! suspend · f flag · q quit · ? keys"
keys Space
wait_for "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d"
fits 100
keys q
wait_for "exit status 0"

# study --type at 40 and 100 columns: the editor moves, a paste keeps its lines, the key points
# come first.
for columns in 40 100; do
  start "$columns" "$work/typed-$columns" --type --new 3
  wait_for "Describe the backpropagation"
  keys -l "the chan rule"
  keys Left Left Left Left Left Left
  keys -l "i"   # chan → chain
  wait_for "> the chai▏n rule"
  keys End
  keys -l " gives"
  keys C-a
  keys -l "so "
  keys C-e BSpace BSpace BSpace BSpace BSpace BSpace
  wait_for "> so the chain rule▏"
  # Backspace takes a whole character, ñ or 👍🏽 (two code points); Ctrl-W the word before the
  # cursor, Delete the character under it, Ctrl-U the line up to it; Home goes to its start.
  keys -l " señor 👍🏽"
  wait_for "> so the chain rule señor 👍🏽▏"
  keys BSpace
  wait_for "> so the chain rule señor ▏"
  keys Left Left Left BSpace
  wait_for "> so the chain rule se▏or"
  keys C-w
  wait_for "> so the chain rule ▏or"
  keys DC DC DC
  wait_for "> so the chain rule ▏"
  keys C-u
  wait_for "> ▏"
  keys -l "o the chain rule"
  keys Home
  wait_for "> ▏o the chain rule"
  keys -l "s"
  keys End
  wait_for "> so the chain rule▏"
  tmux -L "$socket" set-buffer -b answer $'gradient of the loss\n\nforward pass'
  keys Enter
  tmux -L "$socket" paste-buffer -p -b answer -t gq  # bracketed: the blank line does not end it
  wait_for "> forward pass▏"
  fits "$columns"
  # Enter twice ends the answer wherever the cursor is, and the line stays whole.
  keys Left Left Left Left
  wait_for "> forward ▏pass"
  keys Enter Enter
  wait_for "Key points: 3 of 5 covered (60%)"
  out=$(screen)
  points=$(grep -nF "Key points:" <<<"$out" | head -1 | cut -d: -f1)
  typed=$(grep -nF "Your answer:" <<<"$out" | head -1 | cut -d: -f1)
  model=$(grep -nF "Model answer:" <<<"$out" | head -1 | cut -d: -f1)
  [[ -n $points && -n $typed && -n $model && $points -lt $typed && $typed -lt $model ]] ||
    fail "at $columns columns the key points ($points), the typed answer ($typed) and the model answer ($model) are out of order"
  grep -qF "so the chain rule" <<<"$out" || fail "the edited answer is not shown"
  grep -qF "forward pass" <<<"$out" || fail "Enter twice mid-line did not end the answer with the line whole"
  fits "$columns"
  keys 3
  # An empty answer (answered aloud): no suggestion, and Enter asks for a rating.
  wait_for "Explain the Architecture of"
  keys Enter
  wait_for "Answered aloud"
  screen | grep -qF "(suggested)" && fail "an empty answer got a suggested rating"
  screen | grep -qF "Enter: " && fail "an empty answer got a suggested rating"
  keys Enter
  wait_for "Rate the card: 1 Again"
  keys q
  wait_for "exit status 0"
done

# The last answer leaves the screen at once: the summary is on the shell's screen and the next
# key is not swallowed.
start 100 "$work/last" --new 1
wait_for "Describe the backpropagation"
keys Space
wait_for "4 Easy"
keys 4
wait_for "exit status 0"
wait_for "Answered 1 card"

# Two sessions: the second says the first is running, with its process id.
start 100 "$work/two" --new 3
wait_for "Describe the backpropagation"
pid=$(ls "$work/two/sessions")
[[ $pid =~ ^[0-9]+$ ]] || fail "no session file in $work/two/sessions (found '$pid')"
err=$(printf 'q\n' | GENAI_QUIZ_HOME="$work/two" "$gq" study --no-fuzz --new 3 2>&1 >/dev/null)
grep -qF "genai-quiz: another session is running (study, process $pid)" <<<"$err" || {
  echo "$err"; fail "the second session did not say that the first is running"; }
keys q
wait_for "exit status 0"
[[ -z $(ls "$work/two/sessions") ]] || fail "the session file was left behind: $(ls "$work/two/sessions")"
# A file left by a process that is gone is stale: ignored and removed.
echo study >"$work/two/sessions/999999999"
err=$(printf 'q\n' | GENAI_QUIZ_HOME="$work/two" "$gq" study --no-fuzz --new 3 2>&1 >/dev/null)
[[ -z $err ]] || { echo "$err"; fail "a stale session file was taken for a running session"; }
[[ ! -e "$work/two/sessions/999999999" ]] || fail "the stale session file was not removed"
echo "study_widths_tmux: ok"
