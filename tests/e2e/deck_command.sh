#!/usr/bin/env bash
# End-to-end run of `deck list`, `deck add`, `deck remove` and `convert --add`, with the decks
# folder in a temp data directory: adding checks the deck and copies it whole, removing keeps
# the progress, and bad input (a broken deck, a taken id, an unknown id, a folder that cannot be
# written) gets a clear message and changes nothing.
#   tests/e2e/deck_command.sh BINARY DECKS_DIR CONVERT_DIR
set -euo pipefail
gq=$(realpath "$1")
decks=$(realpath "$2")
notes=$(realpath "$3")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-deck.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Wide enough for deck list's table in one line per deck (narrower layouts: tests/e2e/widths.sh).
export HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC TERM=dumb COLUMNS=200
unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR XDG_DATA_HOME
folder=$GENAI_QUIZ_HOME/decks
now=(--now 2026-01-05T10:00:00Z)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {  # runs genai-quiz; sets out, err, status
  status=0
  out=$("$gq" "$@" 2>"$work/err") || status=$?
  err=$(cat "$work/err")
}
snapshot() { (cd "$GENAI_QUIZ_HOME" 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) || true; }

run deck list
expected="id               title                                                                 file       cards  stubs  new  due
genai-interview  Frequently asked Generative AI Interview Questions and their Answers  <bundled>      3      7    3    0"
[[ $status -eq 0 && $out == "$expected" ]] || { fail "deck list, bundled only"; diff <(echo "$expected") <(echo "$out") || true; }

# add: checked, then copied as <id>.yaml; every command now has it.
run deck add "$decks/good.yaml"
[[ $status -eq 0 && $out == "Added sample (4 cards, 2 stubs) as $folder/sample.yaml" ]] || fail "deck add: $status $out $err"
cmp -s "$decks/good.yaml" "$folder/sample.yaml" || fail "the file is copied byte for byte"
run list -s sample/basics
[[ $out == "sample: "* ]] || fail "an added deck is listed: $out"

# Bad input changes nothing.
before=$(snapshot)
run deck add "$decks/good.yaml"
[[ $status -eq 1 && $err == "genai-quiz: $folder/sample.yaml already exists; give --replace to replace it, or the deck another id" ]] ||
  fail "adding twice: $status $err"
cp "$decks/good.yaml" "$work/twin.yaml"
run deck add "$work/twin.yaml"
[[ $status -eq 1 && $err == *"already exists"* ]] || fail "same id, same name: $err"
sed 's/^id: sample/id: other/' "$decks/good.yaml" >"$work/sample.yaml"
mkdir -p "$XDG_CONFIG_HOME/genai-quiz" && printf 'decks: [~/sample.yaml]\n' >"$XDG_CONFIG_HOME/genai-quiz/config.yaml"
sed 's/^id: sample/id: other/; s/^title:.*/title: Twin/' "$decks/good.yaml" >"$work/twin.yaml"
run deck add "$work/twin.yaml"
[[ $status -eq 1 && $err == "genai-quiz: deck id 'other' is already used by $work/sample.yaml; give the deck its own 'id' to add it" ]] ||
  fail "an id taken by a deck of config.yaml names its file: $status $err"
rm "$XDG_CONFIG_HOME/genai-quiz/config.yaml"
run deck add "$decks/broken.yaml"
[[ $status -eq 1 && $err == *"broken.yaml:3:8: error: 'title' must be text, not a list"* &&
   $err == *"genai-quiz: $decks/broken.yaml has 9 errors; fix it and add it again (nothing was copied)" ]] ||
  fail "a broken deck is refused with its diagnostics: $status $err"
run deck add "$work/no-such.yaml"
[[ $status -eq 1 && $err == *"cannot read deck file '$work/no-such.yaml'"* ]] || fail "a missing file: $status $err"
run deck remove nope
[[ $status -eq 2 && $err == "genai-quiz: no deck 'nope' in the decks folder $folder (a deck named in config.yaml is removed there)" ]] ||
  fail "removing an unknown id: $status $err"
run deck remove genai-interview
[[ $status -eq 2 && $err == *"the bundled deck cannot be removed"* ]] || fail "removing the bundled deck: $status $err"
[[ $(snapshot) == "$before" ]] || fail "bad input changed the data directory"

# Progress survives remove and add.
run "${now[@]}" study -s sample/basics --limit 1 <<<$'\n3\nq'
[[ $status -eq 0 ]] || fail "study the added deck: $status $err"
run deck list "${now[@]}"
[[ $out == *$'\nsample           Sample deck — for tests                                               '"$folder/sample.yaml      4      2    3    1"* ]] ||
  fail "deck list counts new cards from progress: $out"
run deck remove sample
[[ $status -eq 0 && $out == "Removed sample from the library ($folder/sample.yaml); its progress is kept, and adding the deck again brings it back" ]] ||
  fail "deck remove: $status $out $err"
[[ ! -e $folder/sample.yaml ]] || fail "the file is removed"
run deck add "$decks/good.yaml"
run deck list "${now[@]}"
[[ $out == *"$folder/sample.yaml      4      2    3    1"* ]] || fail "progress is back after adding again: $out"

# convert --add writes into the library; a second time needs --replace.
run convert "$notes/headings_levels.md" --add
[[ $status -eq 0 && $err == *"Wrote $folder/headings-levels.yaml"* ]] || fail "convert --add: $status $err"
run validate "$folder/headings-levels.yaml"
[[ $status -eq 0 ]] || fail "the converted deck is valid: $out"
run convert "$notes/headings_levels.md" --add
[[ $status -eq 1 && $err == *"already exists; give --replace"* ]] || fail "convert --add twice: $status $err"
run convert "$notes/headings_levels.md" --add --replace
[[ $status -eq 0 ]] || fail "convert --add --replace: $status $err"
run convert "$notes/headings_levels.md" --add -o x.yaml
[[ $status -eq 2 ]] || fail "--add with -o is a usage error: $status"

# A decks folder that cannot be created: a clear message, nothing written.
mkdir -p "$work/blocked" && touch "$work/blocked/decks"
run --data-dir "$work/blocked" deck add "$decks/good.yaml"
[[ $status -eq 1 && $err == "genai-quiz: cannot create the decks folder $work/blocked/decks: Not a directory" ]] ||
  fail "an unwritable folder: $status $err"
if [[ $(id -u) -ne 0 ]]; then
  chmod a-w "$folder"
  before=$(snapshot)
  run deck add "$work/sample.yaml"
  [[ $status -eq 1 && $err == *"$folder/other.yaml"* ]] || fail "a read-only folder: $status $err"
  [[ $(snapshot) == "$before" ]] || fail "a read-only folder changed"
  chmod u+w "$folder"
else
  echo "SKIP: a read-only decks folder (root can write to it)"
fi

# Completion offers deck ids.
run __complete deck remove s
[[ $out == $'words\nsample\tSample deck — for tests' ]] || fail "completion of deck ids: $out"

[[ $failures -eq 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "deck command: all checks passed"
