#!/usr/bin/env bash
# Prints what bash's programmable completion offers for partial command lines: the completion
# script is sourced, `complete -p` must name its function, and the function is called with
# COMP_WORDS split as readline splits them (at spaces, and at '=' which is in COMP_WORDBREAKS).
# For each line: "== LINE", then one candidate a line.
#   bash bash_candidates.sh COMPLETION_FILE 'genai-quiz li' 'genai-quiz --color ' ...
set -uo pipefail
source "$1" || exit 2
shift
spec=$(complete -p genai-quiz) || { echo "no completion registered for genai-quiz" >&2; exit 2; }
function=$(sed -nE 's/.* -F ([^ ]+) .*/\1/p' <<<"$spec")
[[ -n $function ]] || { echo "unexpected completion spec: $spec" >&2; exit 2; }
for line in "$@"; do
  echo "== $line"
  COMP_LINE=$line
  COMP_POINT=${#line}
  read -ra COMP_WORDS <<<"${line//=/ = }"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  "$function" genai-quiz "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
  ((${#COMPREPLY[@]} == 0)) || printf '%s\n' "${COMPREPLY[@]}"
done
