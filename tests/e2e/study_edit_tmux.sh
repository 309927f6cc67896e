#!/usr/bin/env bash
# The e key of the study screen in a real terminal (tmux), at 40 and 100 columns: EDITOR is a
# script that edits the deck file; the screen comes back with the card's new text and the
# session goes on. A deck left invalid shows its problems and offers to edit again; declining
# keeps the old deck for the session. Progress is kept by card id.
#   study_edit_tmux.sh GENAI_QUIZ_BINARY
set -euo pipefail
gq=$(realpath "$1")
command -v tmux >/dev/null || { echo "study_edit_tmux: tmux is not installed (tools/install-deps.sh installs it)"; exit 1; }

work=$(mktemp -d)
socket="gq-edit-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=$work
unset VISUAL

test_name=study_edit_tmux pane=study
source "$(dirname "$0")/tmux_pane.sh"

mkdir -p "$GENAI_QUIZ_HOME/decks" "$XDG_CONFIG_HOME/genai-quiz"
printf 'decks:\n  - bundled: false\n' >"$XDG_CONFIG_HOME/genai-quiz/config.yaml"
deck=$GENAI_QUIZ_HOME/decks/mine.yaml
cat >"$work/fix.sh" <<'SH'
#!/bin/sh
# EDITOR: +LINE FILE. Records the line, then rewrites the first question.
echo "$1" >>"$HOME/lines"
sed -i 's/What is softmax?/What does softmax compute?/' "$2"
SH
cat >"$work/break.sh" <<'SH'
#!/bin/sh
printf '      - id: broken\n        question: [unclosed\n' >>"$2"
SH
chmod +x "$work/fix.sh" "$work/break.sh"

for width in 40 100; do
  cat >"$deck" <<'YAML'
id: mine
sections:
  - id: basics
    cards:
      - id: softmax
        question: What is softmax?
        answer: A probability distribution.
      - id: relu
        question: What is ReLU?
        answer: max(0, x).
YAML
  rm -rf "$GENAI_QUIZ_HOME/progress.db" "$work/lines"
  tmux -L "$socket" -f /dev/null new-session -d -s study -x "$width" -y 24 \
    "env TERM=xterm-256color EDITOR=$work/fix.sh $gq --now 2025-03-01T09:00:00Z study; echo \"exit status \$?\"; sleep 30"
  tmux -L "$socket" set-option -t study remain-on-exit on >/dev/null

  wait_for "What is softmax?"
  keys e
  wait_for "What does softmax compute?"
  [[ $(cat "$work/lines") == "+5" ]] || fail "the editor was not started at the card's line: $(cat "$work/lines")"
  grep -q "What does softmax compute?" "$deck" || fail "the deck file was not edited"
  keys Space
  wait_for "A probability distribution."
  keys 4
  wait_for "What is ReLU?"

  # A deck left invalid: its problems, an offer to edit again; no keeps the old deck.
  cp "$deck" "$work/good.yaml"
  # The session's EDITOR is fixed at its start: swap the script it runs instead.
  cp "$work/break.sh" "$work/fix.sh"
  keys e
  wait_for "Edit it again?"
  screen | grep -qF "error: invalid YAML" || fail "the deck's problems were not shown"
  keys n Enter
  wait_for "Press Enter to go back"
  keys Enter
  wait_for "What is ReLU?"
  (( $(screen | wc -L) <= width )) || fail "a line wider than $width columns"
  keys q
  wait_for "exit status 0"
  tmux -L "$socket" kill-server 2>/dev/null || true
  cp "$work/good.yaml" "$deck"
  out=$(env -u GENAI_QUIZ_NOW "$gq" --now 2025-03-01T09:10:00Z search softmax)
  [[ $out == *"mine/softmax"*"review, due in"* ]] || fail "the answer after the edit was not saved by id: $out"
  # Restore the fixing editor for the next width.
  cat >"$work/fix.sh" <<'SH'
#!/bin/sh
echo "$1" >>"$HOME/lines"
sed -i 's/What is softmax?/What does softmax compute?/' "$2"
SH
done
echo "study_edit_tmux: passed at 40 and 100 columns"
