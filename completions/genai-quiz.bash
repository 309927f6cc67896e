# bash completion for genai-quiz.
#
# The program says what fits: `genai-quiz __complete WORD...` gets the words typed so far (the
# last one under the cursor) and prints "words", "files" or "directories", then one candidate a
# line as "word<TAB>description". Commands, options, choices, the sections of the decks named
# with --deck and the settings of config.yaml all come from it, so this script lists none.

# Removes the quoting a person typed: 'a b', "a b", a\ b.
_genai_quiz_dequote() {
  local s=$1 out="" i c
  case $s in
    \'*) s=${s#\'}; s=${s%\'}; printf '%s' "$s"; return ;;
    \"*) s=${s#\"}; s=${s%\"} ;;
  esac
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    if [[ $c == \\ ]]; then
      ((i++))
      c=${s:i:1}
    fi
    out+=$c
  done
  printf '%s' "$out"
}

_genai_quiz() {
  local -a words=()
  local i word glue=0
  # bash splits "--deck=file" at '=' (COMP_WORDBREAKS); put such words back together.
  for ((i = 1; i <= COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == "=" && ${#words[@]} -gt 0 && ${words[${#words[@]} - 1]} == --* ]]; then
      words[${#words[@]} - 1]+="="
      glue=1
    elif ((glue)); then
      words[${#words[@]} - 1]+=$(_genai_quiz_dequote "$word")
      glue=0
    else
      words+=("$(_genai_quiz_dequote "$word")")
    fi
  done
  ((${#words[@]} > 0)) || words=("")

  # What readline replaces: the text after '=' when the word is "--option=value".
  local cur=${words[${#words[@]} - 1]}
  [[ $cur == --*=* ]] && cur=${cur#*=}

  local program=${COMP_WORDS[0]}
  [[ $program == "~/"* ]] && program=$HOME/${program#"~/"}
  local answer
  answer=$("$program" __complete "${words[@]}" 2>/dev/null) || return 0

  local kind line
  local -a lines=()
  mapfile -t lines <<<"$answer"
  kind=${lines[0]}
  COMPREPLY=()
  case $kind in
    files)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      ;;
    directories)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      ;;
    words)
      local raw=${COMP_WORDS[COMP_CWORD]}
      for line in "${lines[@]:1}"; do
        [[ -n $line ]] || continue
        line=${line%%$'\t'*}
        # Quote spaces and the like unless the person opened a quote already.
        if [[ $raw == [\"\']* ]]; then
          COMPREPLY+=("$line")
        else
          COMPREPLY+=("$(printf '%q' "$line")")
        fi
      done
      ;;
  esac
  return 0
}

complete -F _genai_quiz genai-quiz
