#!/usr/bin/env bash
# End-to-end run of finding and fixing cards: search over the whole library (decks folder and
# config.yaml decks), study --card, and edit with EDITOR set to a script that edits the file,
# including the copy of the bundled deck that takes its place, and the bad input that must
# change nothing (an unknown card, a vanished deck file, a decks folder that cannot be written).
#   tests/e2e/find_edit.sh BINARY
set -euo pipefail
gq=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-find.XXXXXX")
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC TERM=dumb COLUMNS=100
unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR XDG_DATA_HOME VISUAL EDITOR
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {  # runs genai-quiz; sets out, err, status
  status=0
  out=$("$gq" "$@" 2>"$work/err") || status=$?
  err=$(cat "$work/err")
}
mkdir -p "$GENAI_QUIZ_HOME/decks" "$work/notes" "$XDG_CONFIG_HOME/genai-quiz"
cat >"$GENAI_QUIZ_HOME/decks/theory.yaml" <<'YAML'
id: theory
sections:
  - id: basics
    cards:
      - id: softmax
        question: Qu'est-ce que la fonction **Softmax** ?
        answer: Elle donne une distribution de probabilité.
        tags: [activation]
      - id: relu
        question: What does ReLU compute?
        answer: max(0, x).
YAML
cat >"$work/notes/notes.yaml" <<'YAML'
id: notes
sections:
  - id: misc
    cards:
      - id: softmax
        question: Why is softmax numerically unstable?
        answer: Large exponents overflow; subtract the maximum.
YAML
printf 'decks:\n  - ~/notes/notes.yaml\n' >"$XDG_CONFIG_HOME/genai-quiz/config.yaml"

# search: every deck of the library, case and accents ignored, every word must match.
run search SOFTMAX
[[ $status -eq 0 && $out == *"theory/softmax"*"notes/softmax"* ]] || fail "search across the library: $status $out $err"
[[ $out == *$'\n\n'"4 cards match." ]] || fail "search counts: $out"
run search probabilite distribution
[[ $status -eq 0 && $out == *"theory/softmax"$'\n'"  basics · new"* && $out != *notes/* ]] || fail "accents: $out $err"
run search activation relu
[[ $status -eq 1 && -z $out && $err == "genai-quiz: no card matches 'activation relu'" ]] || fail "all words: $status $out $err"
run search attention -s foundations
[[ $status -eq 0 && $out == *"genai-interview/self-attention"* ]] || fail "search -s: $out $err"
run search softmax --json -s notes/misc
[[ $out == '{"deck":"notes","section":"misc","id":"softmax",'*'"state":"new","due":null,"marks":[]}' ]] || fail "search --json: $out"
run search '?!'
[[ $status -eq 2 && $err == *"has no words to look for"* ]] || fail "a search without words: $status $err"
[[ ! -e $GENAI_QUIZ_HOME/progress.db ]] || fail "searching created the database"

# study --card: that one card, due or not; an unknown or shared name is refused, nothing saved.
run study --card softmx
[[ $status -eq 1 && $err == *"unknown card 'softmx'; did you mean 'softmax'?"* ]] || fail "unknown card: $status $err"
run study --card softmax
[[ $status -eq 1 && $err == *"'theory/softmax' 'notes/softmax'"* ]] || fail "a shared id: $status $err"
[[ ! -e $GENAI_QUIZ_HOME/progress.db ]] || fail "a refused study created the database"
run --now 2026-01-05T10:00:00Z study --card theory/softmax <<<$'\n4'
[[ $status -eq 0 && $out == *"Fonction"* || $out == *"Softmax"* ]] || fail "study --card: $status $out $err"
[[ $out == *"Answered 1 card"* ]] || fail "one card studied: $out"
run --now 2026-01-05T10:05:00Z study --card theory/softmax <<<$'\n3'
[[ $status -eq 0 && $out == *"Answered 1 card"* ]] || fail "study --card when it is not due: $out $err"
run --now 2026-01-05T10:06:00Z search softmax -s theory
[[ $out == *"basics · review, due in "* ]] || fail "search shows the state and due: $out"

# edit: the editor gets +LINE and the file; it is split into words, no shell.
cat >"$work/editor.sh" <<'SH'
#!/bin/sh
# EDITOR=editor.sh [FLAG] +LINE FILE: records its arguments, then rewrites the ReLU question.
printf '%s\n' "$@" >"$HOME/editor-args"
for last; do :; done
sed -i 's/What does ReLU compute?/What does the ReLU activation compute?/' "$last"
SH
chmod +x "$work/editor.sh"
cp "$work/editor.sh" "$work/my editor.sh"
EDITOR="'$work/my editor.sh' --wait" run edit relu
[[ $status -eq 0 && $out == *"theory.yaml: 2 cards, no errors"* ]] || fail "edit: $status $out $err"
[[ $(cat "$work/editor-args") == "--wait"$'\n'"+9"$'\n'"$GENAI_QUIZ_HOME/decks/theory.yaml" ]] ||
  fail "the editor's arguments: $(cat "$work/editor-args")"
run search relu activation
[[ $status -eq 0 && $out == *"theory/relu"* ]] || fail "the edit is seen by search: $out"
VISUAL="$work/editor.sh -v" EDITOR=false run edit relu
[[ $status -eq 0 && $(head -1 "$work/editor-args") == "-v" ]] || fail "VISUAL comes before EDITOR: $status $err"

# A deck left with errors: its problems, an offer to edit again; declining exits 1.
cat >"$work/break.sh" <<'SH'
#!/bin/sh
for last; do :; done
printf '      - id: broken\n        question: [unclosed\n' >>"$last"
SH
chmod +x "$work/break.sh"
cp "$GENAI_QUIZ_HOME/decks/theory.yaml" "$work/theory.good"
EDITOR=$work/break.sh run edit relu <<<'n'
[[ $status -eq 1 && $out == *"theory.yaml:"*"error:"*"Edit it again? [Y/n]"* ]] || fail "an invalid deck: $status $out"
[[ $err == *"theory.yaml still has errors"* ]] || fail "an invalid deck's message: $err"
cp "$work/theory.good" "$GENAI_QUIZ_HOME/decks/theory.yaml"

# Bad input changes nothing: an unknown card, a failing editor, a deck file that vanished.
run edit nope
[[ $status -eq 1 && $err == *"unknown card 'nope'"* ]] || fail "edit an unknown card: $status $err"
EDITOR=false run edit relu
[[ $status -eq 1 && $err == *"the editor 'false' exited with status 1"* ]] || fail "a failing editor: $status $err"
EDITOR=$work/no-such-editor run edit relu
[[ $status -eq 1 && $err == *"cannot run '$work/no-such-editor'"* ]] || fail "a missing editor: $status $err"
mv "$work/notes/notes.yaml" "$work/notes.moved"
EDITOR=$work/editor.sh run edit notes/softmax
[[ $status -eq 1 && $err == *"notes.yaml"* && $err == *"unknown card 'notes/softmax'"* ]] ||
  fail "a vanished deck file: $status $err"
mv "$work/notes.moved" "$work/notes/notes.yaml"
cmp -s "$work/theory.good" "$GENAI_QUIZ_HOME/decks/theory.yaml" || fail "bad input changed theory.yaml"

# The bundled deck is read-only: declining the copy changes nothing; a folder that cannot be
# written is an error that changes nothing; accepting edits a copy that takes its place.
EDITOR=$work/editor.sh run edit self-attention <<<''
[[ $status -eq 1 && $out == *"is read-only"*"Copy it? [y/N]"* && $err == *"nothing was edited"* ]] ||
  fail "declining the copy: $status $out $err"
[[ ! -e $GENAI_QUIZ_HOME/decks/genai-interview.yaml ]] || fail "declining made a copy"
mv "$GENAI_QUIZ_HOME/decks" "$work/decks.saved"
printf 'not a folder\n' >"$GENAI_QUIZ_HOME/decks"
EDITOR=$work/editor.sh run edit --yes self-attention
[[ $status -eq 1 && $err == *"decks"* ]] || fail "a decks folder that is a file: $status $err"
rm "$GENAI_QUIZ_HOME/decks"
mv "$work/decks.saved" "$GENAI_QUIZ_HOME/decks"
if [[ $(id -u) -ne 0 ]]; then
  chmod a-w "$GENAI_QUIZ_HOME/decks"
  EDITOR=$work/editor.sh run edit --yes self-attention
  [[ $status -eq 1 && ! -e $GENAI_QUIZ_HOME/decks/genai-interview.yaml ]] || fail "a read-only decks folder: $status $err"
  chmod u+w "$GENAI_QUIZ_HOME/decks"
else
  echo "SKIP: the read-only decks folder (root writes to it anyway)"
fi
cat >"$work/bundled.sh" <<'SH'
#!/bin/sh
for last; do :; done
sed -i 's/Explain how the self-attention layer works/EDITED how self-attention works/' "$last"
SH
chmod +x "$work/bundled.sh"
EDITOR=$work/bundled.sh run edit self-attention <<<'y'
[[ $status -eq 0 && $out == *"Copied the bundled deck to $GENAI_QUIZ_HOME/decks/genai-interview.yaml"* ]] ||
  fail "copying the bundled deck: $status $out $err"
run deck list
[[ $status -eq 0 && $(grep -c '^genai-interview ' <<<"$out") -eq 1 && $out != *"<bundled>"* ]] ||
  fail "the copy takes the bundled deck's place: $status $out $err"
run search edited self attention
[[ $status -eq 0 && $out == *"genai-interview/self-attention"* ]] || fail "the copy is used: $out $err"
run validate
[[ $status -eq 0 && $out != *"already used"* ]] || fail "validate takes the copy for the bundled deck: $out"

[[ $failures -eq 0 ]] || exit 1
echo "find and edit: all checks passed"
