#!/usr/bin/env bash
# Every report at 40 and 100 columns, with a library of three decks: no line wider than the
# width and no word broken (fits_width.sh), and the decks grouped in list and stats.
#   tests/e2e/widths.sh BINARY DECKS_DIR
set -euo pipefail
gq=$(realpath "$1")
decks=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d "${TMPDIR:-/tmp}/gq-widths.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config GENAI_QUIZ_HOME=$work/data XDG_CACHE_HOME=$work/cache \
  NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC TERM=dumb
unset GENAI_QUIZ_NOW GENAI_QUIZ_CACHE_DIR XDG_DATA_HOME
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A library: the bundled deck, and two more with long section and card ids.
mkdir -p "$GENAI_QUIZ_HOME/decks"
cp "$decks/export.yaml" "$GENAI_QUIZ_HOME/decks/"
cat >"$GENAI_QUIZ_HOME/decks/long-names.yaml" <<'YAML'
id: a-deck-with-a-rather-long-identifier
title: A deck whose title is long enough to be cut or wrapped on a narrow terminal
sections:
  - id: neural-networks-for-computer-vision
    title: Neural networks for computer vision and other long section titles
    cards:
      - id: why-do-convolutional-layers-share-their-weights
        question: Why do convolutional layers share their weights across the positions of an image, and what does that buy?
        answer: Fewer parameters, and translation equivariance.
      - id: pooling
        question: What does pooling do?
        answer: It summarises a neighbourhood.
YAML
for day in 2025-03-01 2025-03-02 2025-03-05 2025-03-09; do
  printf '\n3\n\n1\n\n3\n\n4\n\n2\n\n3\nq\n' | "$gq" --now "${day}T10:00:00Z" study >/dev/null
done
now=(--now 2025-03-10T10:00:00Z)
# A suspended card and a flagged one, for stats' table of marks.
"$gq" "${now[@]}" suspend a-deck-with-a-rather-long-identifier/pooling >/dev/null
printf 'f\nq\n' | "$gq" "${now[@]}" study >/dev/null

# check NAME [WORD...] -- COMMAND...: the command at 40, 100 and 1000 columns.
check() {
  local name=$1; shift
  local words=()
  while [[ $1 != -- ]]; do words+=("$1"); shift; done
  shift
  COLUMNS=1000 "$gq" "$@" >"$work/wide" 2>&1 || true
  for width in 40 100; do
    COLUMNS=$width "$gq" "$@" >"$work/narrow" 2>&1 || true
    bash "$here/fits_width.sh" "$width" "$work/narrow" "$work/wide" ${words[@]+"${words[@]}"} ||
      fail "$name at $width columns"
  done
}
check stats learn relearn tmrw 7d stability susp flag each column is days -- "${now[@]}" stats
check "stats -s" susp flag each column is days -- "${now[@]}" stats -s export/basics
check list -- "${now[@]}" list
check "deck list" -- "${now[@]}" deck list
check plan mean of every days -- "${now[@]}" plan --by 2025-03-31 --runs 2
check config -- config
mkdir -p "$work/shared"
"$gq" "${now[@]}" sync "$work/shared" >/dev/null
check "sync --status" -- "${now[@]}" sync --status
check "sync --status DIR" -- "${now[@]}" sync --status "$work/shared"
(cd "$work" && check convert layout -- convert "$here/../data/convert/numbered_mixed.md" -o converted.yaml --force)

# The decks are grouped: in stats each deck's sections under its id, in list under its title.
out=$(COLUMNS=100 "$gq" "${now[@]}" stats)
[[ $out == *$'\nSuspended, flagged and leech cards\n'* ]] || fail "stats shows no table of marks: $out"
[[ $out == *$'\nexport\n  basics '*$'\n  retrieval '* ]] || fail "stats groups the export deck's sections: $out"
[[ $out == *$'\na-deck-with-a-rather-long-identifier\n  neural-networks-for-computer-vision '* ]] ||
  fail "stats groups the long deck's section: $out"
out=$(COLUMNS=100 "$gq" "${now[@]}" list)
[[ $out == *$'\nexport: '*$'\n\n  basics  '* ]] || fail "list indents a deck's sections under it: $out"
# export --format md puts each deck's sections under a heading of its own.
headings=$("$gq" "${now[@]}" export --format md | grep -E '^#' | tr '\n' '|')
[[ $headings == *'## Deck `genai-interview`|### Technical Foundation|'*'## Deck `export`|### Basics|### Retrieval|'* ]] ||
  fail "export md groups the decks: $headings"
# The weakest cards' questions use the width there is.
out=$(COLUMNS=100 "$gq" "${now[@]}" stats -s a-deck-with-a-rather-long-identifier/)
[[ $out == *"Why do convolutional layers share their weights across the positions of an image, and what"* ]] ||
  fail "a weakest card's question uses 100 columns: $out"

((failures == 0)) || exit 1
echo "widths: ok"
