#!/usr/bin/env bash
# Converting a document again into the deck made from it: key points and tags the person added
# stay, ids stay, new questions are added, removed ones are listed; --force overwrites; a file
# that is not a deck is left alone.
#   convert_update.sh GENAI_QUIZ_BINARY FIXTURE.md
set -euo pipefail
gq=$1
doc=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8
fail() { echo "convert_update: $*"; exit 1; }
expect() {  # TEXT OUTPUT
  grep -qF -- "$1" <<<"$2" || { echo "$2"; fail "expected '$1'"; }
}
cp "$doc" "$work/notes.md"
cd "$work"
"$gq" convert notes.md -o deck.yaml 2>/dev/null
# The person renames the first card's id, changes its tag and adds key points.
sed -i '0,/^      - id: \(.*\)$/s//      - id: my-own-id/' deck.yaml
sed -i "0,/^        tags: \[easy\]$/s//        tags: [mine]\\n        key_points: [chain rule]/" deck.yaml
"$gq" validate deck.yaml >/dev/null || fail "the edited deck does not validate"
# The document loses its last question and gains one.
last=$(grep -n '^\*\*' notes.md | tail -1 | cut -d: -f1)
head -n $((last - 1)) notes.md > n2.md
printf '\n**What is a brand new question?**\n\nA brand new answer.\n' >> n2.md
mv n2.md notes.md
out=$("$gq" convert notes.md -o deck.yaml 2>&1)
expect "Updated deck.yaml: " "$out"
expect "1 added, 1 removed" "$out"
expect "  removed  " "$out"
deck=$(cat deck.yaml)
expect "- id: my-own-id" "$deck"
expect "key_points:" "$deck"
expect "- chain rule" "$deck"
expect "tags: [mine]" "$deck"
expect "What is a brand new question?" "$deck"
"$gq" validate deck.yaml >/dev/null || fail "the updated deck does not validate"
# --force starts again from the document alone.
out=$("$gq" convert notes.md -o deck.yaml --force 2>&1)
grep -qF "Updated" <<<"$out" && fail "--force still updated"
grep -qF "my-own-id" deck.yaml && fail "--force kept the old id"
# A file that is not a deck is neither read as one nor overwritten.
echo "just some notes" > notes.txt
if "$gq" convert notes.md -o notes.txt 2>err.txt; then fail "converted over a file that is not a deck"; fi
expect "notes.txt is there but is not a valid deck, so it cannot be updated; fix it, or use --force to overwrite it" "$(cat err.txt)"
[ "$(cat notes.txt)" = "just some notes" ] || fail "notes.txt was changed"
echo "convert_update: ok"
