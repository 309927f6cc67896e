#!/usr/bin/env bash
# A deck made to attack the terminal (tests/data/hostile/hostile-deck.yaml) goes through list,
# validate, export (Markdown and CSV to a terminal), stats and study in line mode: none of them
# may write a raw control character to the terminal. Standard output and standard error are
# read through a pseudo-terminal (script), and the raw control bytes in them are counted: ESC,
# C0 controls other than a line break, DEL, C1 controls, bidirectional controls, zero-width
# characters and the BOM. Colour is off, so the program itself writes none. An export written
# to a file keeps the deck's text exactly.
#   hostile_text.sh GENAI_QUIZ_BINARY DECK
set -euo pipefail
gq=$1
deck=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GENAI_QUIZ_HOME="$work/data" XDG_CONFIG_HOME="$work/config" GENAI_QUIZ_CACHE_DIR="$work/cache" \
  TZ=UTC NO_COLOR=1 TERM=dumb LC_ALL=C.UTF-8 COLUMNS=60
unset GENAI_QUIZ_NOW
cp "$deck" "$work/deck.yaml"
command -v script >/dev/null || { echo "hostile_text: 'script' (bsdutils) is needed"; exit 1; }

failed=0
# raw_controls FILE: the number of raw control characters in FILE (a pty's CR LF counts as a
# line break).
raw_controls() {
  perl -0777 -ne 's/\r\n/\n/g; my $n = () = /[\x00-\x09\x0B-\x1F\x7F]|\xC2[\x80-\x9F]|\xE2\x80[\x8B-\x8F\xAA-\xAE]|\xE2\x81[\xA0\xA6-\xA9]|\xD8\x9C|\xEF\xBB\xBF/g; print $n' "$1"
}
# check NAME MUST_CONTAIN COMMAND...: runs COMMAND on a pseudo-terminal (stdin from /dev/null
# unless INPUT is set) and checks that its output holds no raw control and shows MUST_CONTAIN.
check() {
  local name=$1 want=$2; shift 2
  local cmd
  cmd=$(printf '%q ' "$@")
  if [[ -n ${INPUT-} ]]; then
    printf "$INPUT" >"$work/input"
    cmd="$cmd <$work/input"
  fi
  # `script` runs the line with $SHELL; the quoting of printf %q is bash's.
  SHELL=$BASH script -qec "stty cols 60 rows 30; $cmd" /dev/null </dev/null >"$work/out" 2>&1 || true
  local n
  n=$(raw_controls "$work/out")
  if [[ $n -ne 0 ]]; then
    echo "hostile_text: $name wrote $n raw control characters:"; cat -v "$work/out"; failed=1
  elif ! grep -qF -- "$want" "$work/out"; then
    echo "hostile_text: $name does not show '$want':"; cat -v "$work/out"; failed=1
  fi
}

visible='^[]0;owned^G^[]52;c;aGk=^G^A^H^?<U+009B>2J<U+202E>evil<U+200B><U+200D><U+2060><U+FEFF>'
g=("$gq" --color never --deck "$work/deck.yaml" --now 2025-03-01T09:00:00Z)
check list "$visible" "${g[@]}" list
check "list --json" "Hostile deck" "${g[@]}" list --json
check validate "unknown key 'unknown^[[1;31m$visible'" "$gq" --color never validate "$work/deck.yaml"
check "validate --deck" "hostile^[[1;31m" "${g[@]}" validate
# At 60 columns the long section id wraps, between two made-visible controls, never inside one.
check stats "sec^[[1;31m^[]0;owned^G^[]52;c;aGk=^G^A^H^?<U+009B>2J" "${g[@]}" stats
check "stats (the id's second line)" "  <U+202E>evil<U+200B><U+200D><U+2060><U+FEFF>" "${g[@]}" stats
INPUT='\n3\n\n3\n\n3\n\n3\n' check "study (line mode)" "<U+009B>2J" "${g[@]}" study --no-fuzz
check "export --format md" "Section" "${g[@]}" export --format md
check "export --format csv" "card" "${g[@]}" export --format csv
check "export --format json" "card" "${g[@]}" export --format json
check "an unknown section" "sec^[[1;31m" "${g[@]}" list -s "sec$(printf '\033')]0;x"

# A file keeps the text byte for byte, and so does a pipe.
"${g[@]}" export --format md -o "$work/report.md" >/dev/null
[[ $(raw_controls "$work/report.md") -gt 0 ]] || { echo "hostile_text: the Markdown file lost the deck's text"; failed=1; }
"${g[@]}" export --format csv >"$work/piped.csv"
[[ $(raw_controls "$work/piped.csv") -gt 0 ]] || { echo "hostile_text: the piped CSV lost the deck's text"; failed=1; }
exit $failed
