#!/usr/bin/env bash
# End-to-end run of the deck library: the decks folder beside progress.db (moved by --data-dir
# and GENAI_QUIZ_HOME), the decks: list of config.yaml (files, folders, globs, bundled: false),
# --deck meaning "these decks only", two decks with one id, a broken or vanished deck that does
# not stop the others.
#   tests/e2e/deck_library.sh BINARY DECKS_DIR
set -euo pipefail
gq=$(realpath "$1")
decks=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-library.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC TERM=dumb
unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR XDG_DATA_HOME
config=$XDG_CONFIG_HOME/genai-quiz/config.yaml
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {  # runs genai-quiz; sets out, err, status
  status=0
  out=$("$gq" "$@" 2>"$work/err") || status=$?
  err=$(cat "$work/err")
}
deck() {  # ID TITLE SECTION FILE: a deck of one card
  mkdir -p "$(dirname "$4")"
  printf 'id: %s\ntitle: %s\nsections:\n  - id: %s\n    title: %s title\n    cards:\n      - id: c1\n        question: What is %s?\n        answer: It is %s.\n' \
    "$1" "$2" "$3" "$3" "$1" "$1" >"$4"
}

# A converted deck dropped into the decks folder is used by every command with the bundled deck.
deck theory Theory basics "$GENAI_QUIZ_HOME/decks/theory.yaml"
run list
[[ $status -eq 0 && -z $err ]] || fail "list with a library deck: $status $err"
[[ $out == "genai-interview: "*$'\n'"theory: Theory"$'\n'* ]] || fail "list shows the bundled deck then theory: $out"
run stats
[[ $out == *$'\ntheory\n  basics '* && $out == *$'\ngenai-interview\n  foundations '* ]] || fail "stats groups the library by deck: $out"
run export --format csv
[[ $out == *"theory,basics,c1,"* || $out == *"theory"*"c1"* ]] || fail "export covers the library: $out"
run study --now 2026-01-05T10:00:00Z -s theory/basics --limit 1 <<<$'\n3\nq'
[[ $status -eq 0 ]] || fail "study a library deck: $status $err"
run list --json -s theory
[[ $out == *'"new":0'* ]] || fail "the answer was saved for the library deck: $out"
run validate
[[ $status -eq 0 && $out == *"genai-interview: "*"theory: 1 card"* ]] || fail "validate covers the library: $out"

# --data-dir moves the decks folder with progress.db.
deck elsewhere Elsewhere moved "$work/other/decks/elsewhere.yaml"
run --data-dir "$work/other" list
[[ $out == *"elsewhere: Elsewhere"* && $out != *"theory: Theory"* ]] || fail "--data-dir moves the folder: $out"

# --deck means these decks only.
run --deck "$decks/good.yaml" list
[[ $out == "sample: "* && $out != *"theory"* && $out != *"genai-interview"* ]] || fail "--deck only: $out"

# config.yaml: files, folders, globs, a relative path from the config file's folder, no bundled deck.
deck notes Notes notes "$work/notes/notes.yaml"
deck gathered Gathered g1 "$work/folder/gathered.yaml"
deck globbed Globbed g2 "$work/glob/x/deck.yaml"
mkdir -p "$(dirname "$config")"
cat >"$config" <<YAML
decks:
  - bundled: false
  - ~/notes/notes.yaml
  - ../../folder
  - $work/glob/*/deck.yaml
YAML
run list
[[ $status -eq 0 && -z $err ]] || fail "list with config decks: $status $err"
ids=$(grep -E '^[a-z-]+: ' <<<"$out" | cut -d: -f1 | tr '\n' ' ')
[[ $ids == "theory notes gathered globbed " ]] || fail "decks in order, no bundled deck: '$ids'"
run config
[[ $out == *"decks        the bundled deck: left out (config file)"* ]] || fail "config shows no bundled deck: $out"
[[ $out == *"$GENAI_QUIZ_HOME/decks/ (decks folder, 1 deck)"* ]] || fail "config shows the folder: $out"
[[ $out == *"~/notes/notes.yaml (config file, line 3)"* ]] || fail "config shows an entry: $out"
printf 'decks: [bundled, ~/notes/notes.yaml]\n' >"$config"
run list
ids=$(grep -E '^[a-z-]+: ' <<<"$out" | cut -d: -f1 | tr '\n' ' ')
[[ $ids == "genai-interview theory notes " ]] || fail "bundled named in config: '$ids'"

# A listed file that vanished: the config line is named, the others go on, exit 1.
printf 'decks:\n  - ~/notes/notes.yaml\n  - ~/gone.yaml\n' >"$config"
run list
[[ $status -eq 1 ]] || fail "a vanished deck exits 1: $status"
[[ $err == "$config:3:5: error: decks: no such deck file or folder: $work/gone.yaml" ]] || fail "vanished deck message: $err"
[[ $out == *"notes: Notes"* ]] || fail "the others are listed: $out"

# Two decks with one id: an error naming both files; the first is kept.
printf 'decks: [~/notes/notes.yaml, ~/twin.yaml]\n' >"$config"
deck notes Twin twin "$work/twin.yaml"
run list
[[ $status -eq 1 ]] || fail "two decks with one id exit 1: $status"
[[ $err == *"$work/twin.yaml:1:5: error: deck id 'notes' is already used by $work/notes/notes.yaml"* ]] ||
  fail "id clash names both files: $err"
[[ $out == *"notes: Notes"* && $out != *"Twin"* ]] || fail "the first deck with the id is kept: $out"

# A broken deck in the folder: its first diagnostics, the others go on, exit 1 at the end.
rm "$config"
cp "$decks/broken.yaml" "$GENAI_QUIZ_HOME/decks/broken.yaml"
run list
[[ $status -eq 1 ]] || fail "a broken deck exits 1: $status"
b=$GENAI_QUIZ_HOME/decks/broken.yaml
expected="$b:3:8: error: 'title' must be text, not a list
$b:11:9: error: key 'answer' is given twice in this mapping (first at 10:9)
$b:12:13: error: duplicate card id 'one' (first used at 8:13)
genai-quiz: $b left out: 9 errors (6 more: run 'genai-quiz validate $b'); going on with the other decks"
[[ $err == "$expected" ]] || { fail "broken deck diagnostics"; diff <(echo "$expected") <(echo "$err") || true; }
[[ $out == *"genai-interview: "* && $out == *"theory: Theory"* ]] || fail "the other decks are listed: $out"
run study --now 2026-01-05T10:00:00Z -s theory --cram --limit 1 --dry-run <<<$'q'
[[ $status -eq 1 && $out == *"What is theory?"* ]] || fail "study goes on past a broken deck, exits 1: $status $out"
run validate
[[ $status -eq 1 && $out == *"broken.yaml:28:5: error: "* ]] || fail "validate shows every problem: $out"
rm "$b"

# A config file that is invalid stops the command, naming the line.
printf 'decks: {a: b}\n' >"$config"
run list
[[ $status -eq 1 && $err == *"$config:1:8: error: decks: a mapping is not a list"* ]] || fail "invalid decks: $err"
rm "$config"

[[ $failures -eq 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "deck library: all checks passed"
