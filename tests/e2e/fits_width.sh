#!/usr/bin/env bash
# Checks that a command's output fits a terminal width without breaking a word:
#   fits_width.sh WIDTH NARROW WIDE [WORD...]
# NARROW is the output at WIDTH columns, WIDE the same output at a width where nothing needs to
# wrap. Fails (listing the culprits) when a line of NARROW is wider than WIDTH columns (as wc -L
# counts them), or when NARROW holds a word that WIDE does not: a piece of a broken word. Allowed
# besides WIDE's words: a word shortened with an ellipsis (… or ...), the parts of a word around
# a hyphen or a slash (a line may break there), punctuation around a word, words without
# letters (figures, rules, bars), and each WORD given (the short forms of headers).
set -euo pipefail
export LC_ALL=C.UTF-8
width=$1 narrow=$2 wide=$3
shift 3
failures=0

if (($(wc -L <"$narrow") > width)); then
  while IFS= read -r line; do
    n=$(printf '%s' "$line" | wc -L)
    ((n <= width)) || { echo "fits_width: a line of $n columns (> $width): $line"; failures=$((failures + 1)); }
  done <"$narrow"
fi

bare() {  # WORD without the punctuation around it: sets $word
  word=$1
  while [[ $word == *[.,:\;\)] ]]; do word=${word%?}; done
  while [[ $word == [\(]* ]]; do word=${word#?}; done
}
declare -A known=()
for w in "$@"; do known[$w]=1; done
while read -r -a words; do
  for w in ${words[@]+"${words[@]}"}; do
    bare "$w"
    # Every run of the word between two places a line may break: its start or end, or just
    # after a hyphen or a slash.
    starts=(0) ends=(${#word})
    for ((i = 0; i < ${#word}; i++)); do
      [[ ${word:i:1} == [-/] ]] && starts+=($((i + 1))) ends+=($((i + 1)))
    done
    for a in "${starts[@]}"; do
      for b in "${ends[@]}"; do
        ((b > a)) && known[${word:a:b-a}]=1
      done
    done
  done
done <"$wide"

declare -A reported=()
while read -r -a words; do
  for w in ${words[@]+"${words[@]}"}; do
    bare "$w"
    [[ -z $word || -n ${known[$word]:-} ]] && continue
    [[ $word == *… || $word == *... ]] && continue  # shortened
    [[ $word =~ [[:alpha:]] ]] || continue          # figures, rules, bars: no letters
    [[ -n ${reported[$word]:-} ]] && continue
    reported[$word]=1
    echo "fits_width: '$word' is not a word of the wide output (a word broken at $width columns?)"
    failures=$((failures + 1))
  done
done <"$narrow"

if ((failures > 0)); then
  echo "--- output at $width columns ---"
  cat "$narrow"
  exit 1
fi
